"""check --sarif / --summary / --github-output: the reports CI takes beside the main one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

ROADMAP = str(EXAMPLES / "portfolio" / "roadmap.yml")
FLAGS = ("--today", "2026-11-25", "--no-scan", "--no-history")


def test_all_three_beside_the_main_report(cli: Any, tmp_path: Path) -> None:
    summary, outputs, sarif = (tmp_path / name for name in ("summary.md", "out", "r.sarif"))
    summary.write_text("earlier step\n", encoding="utf-8")
    args = ("--sarif", str(sarif), "--summary", str(summary), "--github-output", str(outputs))
    run = cli("check", ROADMAP, *FLAGS, "--format", "json", *args)
    report = json.loads(run.out)
    assert json.loads(sarif.read_text("utf-8"))["runs"][0]["results"]
    assert summary.read_text("utf-8").startswith("earlier step\n## roadmap-lint: ")
    lines = outputs.read_text("utf-8").splitlines()
    counts = report["summary"]
    assert lines[:3] == [
        f"errors={counts['error']}",
        f"warnings={counts['warning']}",
        f"infos={counts['info']}",
    ]
    assert lines[3].startswith("score=") and 0 <= int(lines[3][6:]) <= 100

    cli("check", ROADMAP, *FLAGS, "--summary", str(summary), "--github-output", str(outputs))
    assert summary.read_text("utf-8").count("## roadmap-lint: ") == 2, "appended, not replaced"
    assert len(outputs.read_text("utf-8").splitlines()) == 8


def test_empty_names_write_nothing(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = cli("check", ROADMAP, *FLAGS, "--sarif", "", "--summary", "", "--github-output", "")
    assert run.code in (0, 1) and list(tmp_path.iterdir()) == []


def test_fail_on_from_the_environment(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("check", ROADMAP, *FLAGS).code == 0  # warnings only, lint.fail_on: error
    monkeypatch.setenv("ROADMAP_LINT_FAIL_ON", "warning")
    assert cli("check", ROADMAP, *FLAGS).code == 1
    assert cli("check", ROADMAP, *FLAGS, "--fail-on", "never").code == 0, "the flag wins"
    monkeypatch.setenv("ROADMAP_LINT_FAIL_ON", "")
    assert cli("check", ROADMAP, *FLAGS).code == 0, "empty means unset"


@pytest.mark.parametrize("flag", ["--sarif", "--summary", "--github-output"])
def test_unwritable_files_are_one_clear_error(cli: Any, tmp_path: Path, flag: str) -> None:
    target = str(tmp_path / "missing" / "file")
    run = cli("check", ROADMAP, *FLAGS, flag, target)
    assert run.code == 2
    assert run.err.startswith("roadmap-lint: error: cannot write ") and run.err.count("\n") == 1
