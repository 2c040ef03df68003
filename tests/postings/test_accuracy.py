"""Precision and recall of the matcher over the hand-labelled postings in ``corpus/``.

A pair (posting, skill) is a hit when the matcher and the labels both say the posting names
the skill; precision and recall count those pairs. Whether a hit is required or nice to have
is measured too, as agreement over the hits.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roadmap_lint.postings import match_postings, read_postings
from tests.postings.support import VOCABULARY

HERE = Path(__file__).parent
MIN_PRECISION = 0.95
MIN_RECALL = 0.90
MIN_KIND_AGREEMENT = 0.90
MIN_POSTINGS = 30


def _labels() -> dict[tuple[str, str], str]:
    labels = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return {
        (posting, skill): kind
        for posting, kinds in labels.items()
        for kind in ("required", "nice")
        for skill in kinds[kind]
    }


def _predicted() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for demand in match_postings(read_postings(HERE / "corpus"), VOCABULARY):
        found.update({(name, demand.name): "required" for name in demand.required_in})
        found.update({(name, demand.name): "nice" for name in demand.nice_to_have_in})
    return found


def test_labels_cover_every_posting_and_name_known_skills() -> None:
    postings = {path.name for path in (HERE / "corpus").iterdir()}
    labels = _labels()
    assert len(postings) >= MIN_POSTINGS
    assert {posting for posting, _ in labels} <= postings
    known = {term.name for term in VOCABULARY.terms}
    assert {skill for _, skill in labels} <= known


def test_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    gold, found = _labels(), _predicted()
    hits = gold.keys() & found.keys()
    precision, recall = len(hits) / len(found), len(hits) / len(gold)
    agreement = sum(gold[pair] == found[pair] for pair in hits) / len(hits)
    wrong = sorted(found.keys() - gold.keys())
    missed = sorted(gold.keys() - found.keys())
    with capsys.disabled():
        print(
            f"\npostings matcher: precision {precision:.1%} ({len(hits)}/{len(found)}), "
            f"recall {recall:.1%} ({len(hits)}/{len(gold)}), "
            f"required/nice agreement {agreement:.1%}"
        )
        print(f"  false positives: {wrong}\n  missed: {missed}")
    assert precision >= MIN_PRECISION, wrong
    assert recall >= MIN_RECALL, missed
    assert agreement >= MIN_KIND_AGREEMENT
