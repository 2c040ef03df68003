"""The cohort file's problems at their line:column, the flags, and the order of the rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.cohort.facts import Facts
from roadmap_lint.cohort.flags import FLAGS, flags_of
from roadmap_lint.cohort.portfolio import Row
from roadmap_lint.cohort.roster import Learner, read_cohort
from roadmap_lint.cohort.run import attention
from roadmap_lint.core.errors import UserError
from tests.conftest import EXAMPLES

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "version: 1\nlearners:\n  - name: Ada\n    repo: ada/portfolio\n    roadmapp: x\n",
            "cohort.yml:5:5: unknown key 'roadmapp' in '/learners/0'",
        ),
        ("version: 1\nlearners:\n  - name: Ada\n", "cohort.yml:3:5: '/learners/0' is missing"),
        ("version: 1\nlearners: [\n", "cohort.yml:3:1:"),
        (
            "version: 1\nlearners:\n  - {name: Ada, repo: a/b, roadmap: ../../etc/passwd}\n",
            "cohort.yml:3:37:",
        ),
        ("- just a list\n", "cohort.yml: the cohort file must be a mapping"),
        (
            "version: 1\nlearners:\n  - {name: Ada, repo: a/b}\n  - {name: Ada, repo: c/d}\n",
            "cohort.yml:4:12: the name 'Ada' is listed twice (first at line 3)",
        ),
        (
            "version: 1\nlearners:\n  - {name: Ada, repo: a/b}\n  - {name: Bo, repo: a/b/}\n",
            "cohort.yml:4:22: the portfolio 'a/b/' is listed twice (first at line 3)",
        ),
    ],
)
def test_a_broken_cohort_file_is_one_line_at_its_place(
    tmp_path: Path, cli: Any, text: str, expected: str
) -> None:
    path = tmp_path / "cohort.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as raised:
        read_cohort(path)
    assert str(raised.value).removeprefix(tmp_path.as_posix() + "/").startswith(expected)
    run = cli("cohort", str(path))
    assert run.code == 2 and run.err.count("\n") == 1 and run.out == ""


def test_two_roadmaps_of_one_portfolio_are_two_learners(tmp_path: Path) -> None:
    path = tmp_path / "cohort.yml"
    pair = (
        "  - {name: Ada, repo: a/b, roadmap: ada.yml}\n  - {name: Bo, repo: a/b, roadmap: bo.yml}\n"
    )
    path.write_text("version: 1\nlearners:\n" + pair, encoding="utf-8")
    assert [learner.name for learner in read_cohort(path).learners] == ["Ada", "Bo"]


def test_a_missing_cohort_file_says_what_to_give(tmp_path: Path, cli: Any) -> None:
    run = cli("cohort", str(tmp_path / "cohort.yml"))
    assert run.code == 2 and "no such file" in run.err and "cohort file" in run.err
    assert "init" not in run.err, "init writes a roadmap, not a cohort file"


def test_the_example_cohort_file_is_valid() -> None:
    cohort = read_cohort(EXAMPLES / "cohort.yml")
    assert cohort.name == "Backend mentoring, autumn 2026"
    assert [learner.roadmap for learner in cohort.learners] == [None, None, "roadmap.yml", None]
    assert (cohort.quiet_days, cohort.published_max_days) == (30, 7)


def _facts(**changes: Any) -> Facts:
    base: dict[str, Any] = {
        "level": "beginner",
        "stage": 2,
        "score": 50,
        "areas": {},
        "projects": 1,
        "started": 1,
        "done": 0,
        "signals": {},
        "last_commit": "2026-11-20T23:30:00-05:00",
        "last_review": None,
        "errors": 0,
        "warnings": 0,
        "rules": (),
    }
    return Facts(**{**base, **changes})


def test_quiet_is_judged_on_the_cohorts_day() -> None:
    facts = _facts()  # 2026-11-21 in UTC
    assert flags_of(facts, TODAY) == ()
    assert flags_of(facts, dt.date(2026, 12, 22)) == ("quiet",)
    assert flags_of(facts, dt.date(2026, 12, 22), quiet_days=60) == ()
    assert flags_of(_facts(last_commit=None), dt.date(2030, 1, 1)) == ()  # unknown is not quiet


@pytest.mark.parametrize(
    ("rule", "flag"),
    [
        ("monthly-checkin-overdue", "review-overdue"),
        ("annual-reset-overdue", "review-overdue"),
        ("roadmap-outgrows-learner", "outgrowing"),
        ("comfortable-without-evidence", "unbacked-claims"),
        ("claim-not-found", "unbacked-claims"),
        ("not-own-work", "not-own-work"),
    ],
)
def test_each_flag_comes_from_its_rules(rule: str, flag: str) -> None:
    assert flags_of(_facts(rules=(rule,)), TODAY) == (flag,)
    assert flag in {entry.name for entry in FLAGS}


def test_attention_first() -> None:
    def row(name: str, flags: tuple[str, ...] = (), **changes: Any) -> Row:
        return Row(Learner(name, "x/y"), "checked", TODAY, _facts(**changes), flags)

    rows = [
        row("calm", score=90),
        row("weak", score=10),
        Row(Learner("unread", "x/y"), "failed", reason="gone"),
        row("warned", warnings=3),
        row("flagged", ("quiet",)),
        row("erring", errors=1),
    ]
    ordered = [r.learner.name for r in sorted(rows, key=attention)]
    assert ordered == ["unread", "flagged", "erring", "warned", "weak", "calm"]
