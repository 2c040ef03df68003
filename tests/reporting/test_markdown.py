"""`--format markdown` (the job summary): findings table, signal matrix, balance chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.model import build_roadmap
from roadmap_lint.reporting import markdown
from roadmap_lint.scanning.result import ScanResult, Signal
from tests.conftest import EXAMPLES


def test_the_example_summary(cli: Any) -> None:
    run = cli(
        "check", str(EXAMPLES / "broken.yml"), "--format", "markdown", "--today", "2026-11-25"
    )
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0] == f"## roadmap-lint: {markdown.md_text('examples/broken.yml')}"
    assert lines[2].startswith("error: **")
    assert "| severity | rule | where | message |" in lines
    assert any(line.startswith("| ❌ error | RL002 `schema` |") for line in lines)
    assert "```mermaid" in lines and "xychart-beta" in lines


def test_a_clean_roadmap_says_so(cli: Any, tmp_path: Path) -> None:
    from tests.support.lint import MINIMAL

    (tmp_path / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
    run = cli("check", str(tmp_path / "roadmap.yml"), "--format", "markdown", "--select", "RL002")
    assert "✅ All checks passed." in run.out and "No findings." in run.out


def _finding(n: int) -> Finding:
    return Finding("RL002", "schema", Severity.ERROR, f"problem {n}", "", "r.yml", n, 1, "")


def test_long_tables_are_cut() -> None:
    table = markdown.findings_table([_finding(n) for n in range(markdown.MAX_ROWS + 5)])
    assert table.count("| ❌ error |") == markdown.MAX_ROWS
    assert "…and 5 more; run `roadmap-lint check` to see them all." in table
    long = Finding(
        "RL005", "duplicate-name", Severity.ERROR, "<" * 10**6, "<" * 10**6, "r", 1, 1, ""
    )
    table = markdown.findings_table([long] * markdown.MAX_ROWS)
    assert len(table.encode()) < 1024 * 1024, "GitHub's limit for a step summary"


def test_signal_matrix() -> None:
    roadmap = build_roadmap(
        {
            "projects": [
                {"id": "api", "expects": ["tests", "ci"]},
                {"id": "gone"},
                {"id": "later"},
            ]
        }
    )
    scans = {
        "api": ScanResult("api", signals={"tests": Signal(True, ("t.py",)), "ci": Signal(False)}),
        "gone": ScanResult("gone", error="path ../gone does not exist"),
    }
    matrix = markdown.signal_matrix(roadmap, scans)
    assert matrix.startswith(
        "| project | status | `tests` | `ci` |\n|---|---|:-:|:-:|\n"
        "| api | in progress | ✓ | ✗ |\n| gone | in progress | ? | ? |\n"
        "| later | in progress | ? | ? |\n"
    ), "only the signals some project claims or shows get a column"
    assert "- gone: path ../gone does not exist" in matrix
    assert markdown.signal_matrix(roadmap, None).startswith("_The projects were not scanned")
    assert "no project" in markdown.signal_matrix(build_roadmap({}), {})
    assert "No project claims" in markdown.signal_matrix(
        build_roadmap({"projects": [{"id": "x"}]}), {}
    )


@pytest.mark.parametrize(
    ("text", "inert"),
    [
        ("a | b", "a \\| b"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("[x](http://e.invalid)", "\\[x\\](http://e.invalid)"),
        ("two\nlines\r\n\tend", "two lines end"),
    ],
)
def test_md_text_keeps_a_table_cell_whole(text: str, inert: str) -> None:
    assert markdown.md_text(text) == inert
