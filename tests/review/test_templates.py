"""Cadence rules, template overrides (and their errors), and the body size limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.review.body import BODY_LIMIT, TRUNCATED_NOTE, fit
from roadmap_lint.review.cadence import marker_in, period_of, project_period, resolve
from tests.review.conftest import PORTFOLIO


@pytest.mark.parametrize(
    ("month", "cadence"),
    [(1, "annual"), (2, "monthly"), (4, "quarterly"), (7, "quarterly"), (10, "quarterly"),
     (11, "monthly"), (12, "monthly")],
)  # fmt: skip
def test_auto_cadence_follows_the_month(month: int, cadence: str) -> None:
    assert resolve("auto", dt.date(2026, month, 15)) == cadence


@pytest.mark.parametrize(
    ("cadence", "day", "title", "marker"),
    [
        ("quarterly", "2026-11-25", "Roadmap review: 2026-Q4 (quarterly)", "quarterly 2026-Q4"),
        ("monthly", "2026-11-25", "Roadmap review: 2026-11 (monthly)", "monthly 2026-11"),
        ("annual", "2026-11-25", "Roadmap review: 2026 (annual)", "annual 2026"),
    ],
)
def test_titles_and_markers(cadence: str, day: str, title: str, marker: str) -> None:
    period = period_of(cadence, dt.date.fromisoformat(day))
    assert period.title == title
    assert period.marker == f"<!-- roadmap-lint:review {marker} -->"
    assert marker_in(f"text\n{period.marker}\nmore") == period
    assert period.labels == ["roadmap-review", cadence]


def test_a_project_id_cannot_break_the_marker() -> None:
    period = project_period("notes --> <b> api")
    assert period.marker == "<!-- roadmap-lint:review project notes_--___b__api -->"
    assert period.title == "Roadmap review: project notes_--___b__api (retrospective)"
    assert marker_in(period.marker) == period


def _override(folder: Path, cadence: str, text: str) -> Path:
    path = folder / ".github" / "roadmap-review" / f"{cadence}.md.j2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _dry_run(cli: Any, cadence: str = "quarterly") -> Any:
    return cli(
        "review", str(PORTFOLIO), "--dry-run", "--no-scan", "--no-history",
        "--today", "2026-10-01", "--cadence", cadence,
    )  # fmt: skip


def test_a_repository_may_override_a_template(cli: Any, in_tmp: Path) -> None:
    _override(
        in_tmp,
        "quarterly",
        '{% import "review-macros.md.j2" as s with context %}\n'
        "# Our own quarterly for {{ learner.name }}\n{{ s.balance_section() }}",
    )
    done = _dry_run(cli)
    assert done.code == 0, done.err
    body = done.out.split("\n\n", 1)[1]
    assert body.startswith("<!-- roadmap-lint:review quarterly 2026-Q4 -->\n# Our own quarterly")
    assert "```mermaid" in body
    assert "Monthly check-in" in _dry_run(cli, "monthly").out  # other cadences keep ours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("line one\n{% if %}\n", "quarterly.md.j2:2: template syntax error"),
        ("ok\n\n{{ learner.nmae }}\n", "quarterly.md.j2:3: template error: "),
        ("{{ ''.__class__.__mro__ }}", "template error: access to attribute '__class__'"),
        ("{{ cycler.__init__.__globals__ }}", "template error"),
    ],
)
def test_a_broken_override_is_one_error_with_its_place(
    cli: Any, in_tmp: Path, text: str, expected: str
) -> None:
    _override(in_tmp, "quarterly", text)
    done = _dry_run(cli)
    assert done.code == 2 and done.out == ""
    assert expected in done.err and len(done.err.splitlines()) == 1
    assert "Traceback" not in done.err


def test_a_long_body_is_cut_with_a_note_and_closed_fences() -> None:
    marker = "<!-- roadmap-lint:review monthly 2026-11 -->"
    body = marker + "\n```mermaid\n" + "x\n" * BODY_LIMIT + "```\n"
    cut = fit(body)
    assert len(cut) <= BODY_LIMIT
    assert cut.startswith(marker) and cut.endswith(TRUNCATED_NOTE)
    assert cut.count("\n```") == 2
    assert fit("short\n") == "short\n"
