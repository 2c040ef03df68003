"""Golden files of the rendered review for every example roadmap and cadence, and proof that
hostile roadmap text renders inert.

Regenerate the golden files after an intended change with
``UPDATE_GOLDEN=1 python -m pytest tests/review/test_bodies.py`` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.check import CheckOptions, run_check
from roadmap_lint.review.body import render_body
from roadmap_lint.review.cadence import period_of
from roadmap_lint.review.facts import review_context
from roadmap_lint.scanning.result import ScanResult, Signal
from tests.conftest import COHORT_EXAMPLE, EXAMPLES
from tests.review.conftest import PORTFOLIO

GOLDEN = Path(__file__).parent / "golden"
ROADMAPS = sorted(
    path
    for path in [*EXAMPLES.glob("*.yml"), *EXAMPLES.glob("*/roadmap.yml")]
    if path.is_file() and path != COHORT_EXAMPLE
)
CADENCES = ("monthly", "quarterly", "annual", "project")


def _name(roadmap: Path) -> str:
    return roadmap.parent.name if roadmap.name == "roadmap.yml" else roadmap.stem


@pytest.fixture
def dry_run(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)  # no template override from the current folder

    def run(roadmap: Path, *args: str) -> str:
        done = cli(
            "review", str(roadmap), "--dry-run", "--no-scan", "--no-history",
            "--today", "2026-11-25", *args,
        )  # fmt: skip
        assert done.code == 0, done.err
        return str(done.out)

    return run


@pytest.mark.parametrize("cadence", CADENCES)
@pytest.mark.parametrize("roadmap", ROADMAPS, ids=_name)
def test_golden_bodies(dry_run: Any, roadmap: Path, cadence: str) -> None:
    rendered = dry_run(roadmap, "--cadence", cadence)
    golden = GOLDEN / f"{_name(roadmap)}.{cadence}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert golden.is_file(), f"missing {golden.name}; run with UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8")


HOSTILE = """\
version: 1
profile: {name: "@octocat <script>alert(1)</script>", level: beginner, stage: 2}
areas:
  core_language:
    next: "{{ 7*7 }} then ``` and ~~~ fences"
    skills:
      - {name: "@octocat", status: comfortable, bucket: essential_now, projects: ["x@y"]}
      - {name: "<img src=x onerror=alert(1)>", status: fragile, bucket: optional_later}
  api_design: {next: "| a | b |", skills: []}
  databases: {next: "# heading\\n```\\nbreak out", skills: []}
  testing_security: {next: "[link](javascript:alert(1)) ![img](http://x) #1 @org/team", skills: []}
  "evil\\"]\\n```": {next: "{% raw %}{{ secret }}{% endraw %}", skills: []}
projects:
  - id: "x@y"
    title: "@octocat's <b>API</b> {{ 7*7 }}"
    repo: ../x
    status: done
    completed: 2026-01-02
    expects: [tests]
reviews:
  - {date: 2026-11-01, kind: monthly, next_focus: "@octocat ``` {{ 7*7 }} <script>"}
"""


@pytest.mark.parametrize("cadence", CADENCES)
def test_hostile_text_renders_inert(dry_run: Any, tmp_path: Path, cadence: str) -> None:
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(HOSTILE, encoding="utf-8")
    body = dry_run(roadmap, "--cadence", cadence)
    assert re.search(r"(?<![\w&;])@octocat", body) is None
    assert "@&#8203;octocat" in body
    assert "<script" not in body and "<img" not in body and "<b>" not in body
    assert "&lt;script&gt;" in body
    assert "{{ 7\\*7 }}" in body and "49" not in body.replace("2049", "")
    fences = [line for line in body.splitlines() if line.lstrip().startswith(("```", "~~~"))]
    assert fences == ["```mermaid", "```"]
    assert "[link](" not in body and "\\[link\\](javascript" in body and "![img]" not in body
    assert "\n# heading" not in body and "#1 " not in body
    assert body.count("<!-- roadmap-lint:review") == 1


def test_scanned_signals_become_a_check_table(tmp_path: Path) -> None:
    result = run_check(
        CheckOptions(roadmap=PORTFOLIO, today=dt.date(2026, 11, 25), scan=False, history=False)
    )
    result.scans = {
        "notes-api": ScanResult(
            "projects/notes-api",
            signals={"tests": Signal(True, ("tests/test_notes.py",)), "ci": Signal(False)},
        ),
        "task-manager": ScanResult("projects/task-manager", error="path <missing> @octocat"),
    }
    period = period_of("monthly", result.today)
    context = review_context(result, period)
    rows = {row["id"]: row for row in context["projects"]}
    columns = context["signal_columns"]
    assert rows["notes-api"]["cells"][columns.index("tests")] == "✓"
    assert rows["notes-api"]["cells"][columns.index("ci")] == "✗"
    assert set(rows["task-manager"]["cells"]) == {"?"}
    assert set(rows["shop-tutorial"]["cells"]) == {"?"}
    body = render_body("monthly", context, [tmp_path])
    assert "| Notes API | done | ✓ | ✗ |" in body
    assert "Unreadable: Task manager with roles (path &lt;missing&gt; @&#8203;octocat)" in body
