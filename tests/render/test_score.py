"""The roadmap score (the Action's `score` output and the badge): each property it promises.

It measures strength and honesty; it never drops because evidence could not be read; a few
findings cannot drive it to 0; and docs/action.md's worked examples are what the code computes.
"""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint import rules
from roadmap_lint.analysis.score import ScoreParts, badge, score_parts
from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.model import build_roadmap
from roadmap_lint.scanning.result import ScanResult, Signal
from tests.conftest import REPO_ROOT

AREAS = ("core_language", "api_design", "databases", "testing_security", "deployment_devops")


def _roadmap(comfortable_backed: bool = True, expects: tuple[str, ...] = ("tests",)) -> Any:
    skill = {"name": "SQL", "status": "comfortable"}
    if comfortable_backed:
        skill["projects"] = ["api"]  # type: ignore[assignment]
    return build_roadmap(
        {
            "areas": {
                name: {"skills": [skill if name == "databases" else {"name": name}]}
                for name in AREAS
            },
            "projects": [
                {"id": "api", "status": "done", "areas": ["api_design"], "expects": list(expects)},
                {"id": "idea", "status": "planned", "expects": ["ci"]},
            ],
        }
    )


def _scan(*shown: str, error: str | None = None) -> dict[str, ScanResult]:
    signals = {name: Signal(True, (f"{name}.txt",)) for name in shown}
    return {"api": ScanResult("api", signals={} if error else signals, error=error)}


def _finding(rule: str, severity: str = "warning", line: int = 1) -> Finding:
    return Finding(rule, "x", Severity(severity), "m", "", "r.yml", line, 1, "")


def _score(roadmap: Any, scans: Any = None, findings: list[Finding] | None = None) -> ScoreParts:
    return score_parts(roadmap, scans, findings or [], rules.UNSCORED)


def test_strength_is_the_mean_of_the_five_columns() -> None:
    parts = _score(_roadmap())
    # databases: comfortable (2) and backed (1) of 3 for its skill, 2 of 2 for coverage: 100;
    # api_design: a theoretical skill and the project's coverage, 2 of 5: 40; the others 0.
    assert parts.strength == (100 + 40) / 5
    assert (parts.supported, parts.checked) == (1, 1) and parts.value == 28


def test_an_unsupported_claim_lowers_it_and_a_supported_one_does_not() -> None:
    scans = _scan("tests", "ci")
    honest = _score(_roadmap(expects=("tests", "ci")), scans)
    claimed = _score(_roadmap(expects=("tests", "ci", "openapi")), scans)
    assert honest.strength == claimed.strength == (100 + 40 + 40 + 40) / 5
    assert honest.honesty == 1 and honest.value == 44
    assert (claimed.supported, claimed.checked) == (3, 4) and claimed.value == 39
    bare = _score(_roadmap(comfortable_backed=False))
    assert (bare.supported, bare.checked) == (0, 1), "a comfortable skill with no project"


@pytest.mark.parametrize("rule", sorted(rules.UNSCORED))
def test_evidence_that_could_not_be_read_never_lowers_it(rule: str) -> None:
    roadmap = _roadmap(expects=("tests", "ci"))
    unscanned = _score(roadmap)
    unreadable = _score(roadmap, _scan(error="no such folder"), [_finding(rule, "error")] * 3)
    assert unreadable == unscanned, "an unreadable repository counts as one not scanned"
    assert unreadable.value == unscanned.value == 28


def test_a_rule_counts_once_and_infos_cost_nothing() -> None:
    roadmap = _roadmap()
    one = _score(roadmap, None, [_finding("RL104")])
    five = _score(roadmap, None, [_finding("RL104", line=n) for n in range(5)])
    assert one.care == five.care == 0.02
    assert _score(roadmap, None, [_finding("RL102", "info")] * 9).care == 0
    mixed = [_finding("RL104", "warning"), _finding("RL104", "error")]
    assert _score(roadmap, None, mixed).care == 0.05, "a rule costs as its worst finding"


CODES = [rule.CODE for rule in rules.RULES]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(CODES), st.sampled_from(["error", "warning", "info"]))),
    st.floats(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
)
def test_findings_take_three_fifths_at_most(
    found: list[tuple[str, str]], strength: float, supported: int, extra: int
) -> None:
    findings = [_finding(code, level, n) for n, (code, level) in enumerate(found)]
    care = score_parts(_roadmap(), None, findings, rules.UNSCORED).care
    parts = ScoreParts(strength, supported, supported + extra, care)
    # The score rounds half up, so the bounds do too.
    assert parts.value >= math.floor(strength * 0.4 + 0.5) - 1
    assert parts.value <= math.floor(strength + 0.5)
    if strength >= 2:
        assert parts.value > 0, "only a roadmap with no strength at all scores 0"


def test_more_findings_never_raise_it() -> None:
    roadmap, findings = _roadmap(), []
    last = _score(roadmap).value
    for code in CODES:
        findings.append(_finding(code, "error"))
        now = _score(roadmap, None, findings).value
        assert now <= last
        last = now


def _doc_rows() -> list[tuple[str, ...]]:
    doc = (REPO_ROOT / "docs" / "action.md").read_text(encoding="utf-8")
    table = doc.split("<!-- score-examples -->", 2)[1]
    return re.findall(
        r"^\| [^|]+ \| ([\d.]+) \| (\d+) / (\d+) \| (\d+) / (\d+) \| (\d+) \|$", table, re.M
    )


def _parts(strength: str, supported: str, checked: str, errors: str, warnings: str) -> ScoreParts:
    care = min(20, 5 * int(errors) + 2 * int(warnings)) / 100
    return ScoreParts(float(strength), int(supported), int(checked), care)


def test_the_worked_examples_in_the_docs() -> None:
    rows = _doc_rows()
    assert len(rows) >= 3
    for *row, score in rows:
        assert _parts(*row).value == int(score), row


def test_the_docs_first_example_is_the_bundled_portfolio() -> None:
    import datetime as dt

    from roadmap_lint.check import CheckOptions, run_check
    from tests.conftest import EXAMPLES

    result = run_check(
        CheckOptions(roadmap=EXAMPLES / "portfolio" / "roadmap.yml", today=dt.date(2026, 11, 25))
    )
    *row, score = _doc_rows()[0]
    actual = score_parts(result.model, result.scans, result.findings, rules.UNSCORED)
    assert (actual, result.score()) == (_parts(*row), int(score)), (
        "update the first row of the score examples in docs/action.md"
    )


@pytest.mark.parametrize(
    ("score", "colour"),
    [(100, "brightgreen"), (80, "brightgreen"), (79, "green"), (40, "yellow"), (0, "red")],
)
def test_badge(score: int, colour: str) -> None:
    assert badge(score) == {
        "schemaVersion": 1,
        "label": "roadmap",
        "message": f"{score}/100",
        "color": colour,
    }
