"""Reviews pruned from the file still count, unless they are newer than every listed one.

`reviews_held()` in `roadmap_lint/rules/reviews.py` adds to the file's `reviews:` the reviews
an earlier committed version listed and a later edit removed, as long as they are older than
every review listed now. Both halves matter: a learner who tidies old reviews away must not be
told a review is overdue, and a recent review that was corrected or withdrawn must not hide one
that is. Every roadmap here was first committed in January 2025, longer ago than any
cadence, so without the pruned review the clock would run from that first commit; the
messages show which date each rule counted from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.table import Case, findings_of
from tests.support.lint import MINIMAL

FIRST = ("2025-01-05", MINIMAL)  # 689 days before today: longer than every cadence


def reviews(*items: str) -> str:
    return MINIMAL + "reviews:\n" + "".join(f"  - {item}\n" for item in items)


def messages(tmp_path: Path, code: str, *versions: tuple[str, str]) -> list[str]:
    case = Case("pruned", [], versions=[FIRST, *versions])
    return [finding.message for finding in findings_of(tmp_path, code, case)]


def test_a_pruned_recent_quarterly_review_satisfies_rl101(tmp_path: Path) -> None:
    assert (
        messages(
            tmp_path,
            "RL101",
            ("2026-10-01", reviews("{date: 2026-10-01, kind: quarterly}")),
            ("2026-11-02", reviews("{date: 2026-11-02, kind: monthly}")),
        )
        == []
    )


def test_pruning_every_review_keeps_them_all(tmp_path: Path) -> None:
    assert (
        messages(
            tmp_path,
            "RL101",
            ("2026-10-01", reviews("{date: 2026-10-01, kind: quarterly}")),
            ("2026-11-02", MINIMAL),
        )
        == []
    )


def test_a_pruned_review_counts_with_its_own_date(tmp_path: Path) -> None:
    """Old enough to be overdue: the rule names the pruned review, not the first commit."""
    assert messages(
        tmp_path,
        "RL101",
        ("2026-07-01", reviews("{date: 2026-07-01, kind: quarterly}")),
        ("2026-11-02", reviews("{date: 2026-11-02, kind: monthly}")),
    ) == [
        "the latest quarterly or annual review was on 2026-07-01, 147 days ago"
        " (quarterly_days is 92)"
    ]


@pytest.mark.parametrize(
    ("code", "kind"),
    [("RL101", "annual"), ("RL102", "quarterly"), ("RL103", "annual")],
)
def test_every_cadence_rule_counts_pruned_reviews(tmp_path: Path, code: str, kind: str) -> None:
    pruned = reviews(f"{{date: 2026-11-01, kind: {kind}}}")
    assert messages(tmp_path, code, ("2026-11-01", pruned), ("2026-11-02", MINIMAL)) == []


def test_a_pruned_review_newer_than_the_listed_ones_does_not_count(tmp_path: Path) -> None:
    """A recent quarterly review that was withdrawn leaves the July one as the latest."""
    july = "{date: 2026-07-01, kind: quarterly}"
    assert messages(
        tmp_path,
        "RL101",
        ("2026-07-01", reviews(july)),
        ("2026-11-20", reviews(july, "{date: 2026-11-20, kind: quarterly}")),
        ("2026-11-21", reviews(july)),
    ) == [
        "the latest quarterly or annual review was on 2026-07-01, 147 days ago"
        " (quarterly_days is 92)"
    ]


def test_a_review_whose_kind_was_corrected_does_not_count_with_its_old_kind(
    tmp_path: Path,
) -> None:
    """Pruned reviews count only when older than every listed one, so not on the same day."""
    assert messages(
        tmp_path,
        "RL101",
        ("2026-10-01", reviews("{date: 2026-10-01, kind: quarterly}")),
        ("2026-10-02", reviews("{date: 2026-10-01, kind: monthly}")),
    ) == [
        "no quarterly or annual review since the roadmap appeared on 2025-01-05, 689 days ago"
        " (quarterly_days is 92)"
    ]
