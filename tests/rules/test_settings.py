"""`lint.severity` and `lint.thresholds`: what a user changes reaches every output."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.lint import MINIMAL

PINNED = ("--no-scan", "--no-history", "--today", "2026-11-25")


def write(tmp_path: Path, lint: str) -> str:
    path = tmp_path / "roadmap.yml"
    path.write_text(MINIMAL + lint, encoding="utf-8")
    return str(path)


def test_a_raised_severity_shows_in_text_json_sarif_and_the_exit_code(cli, tmp_path) -> None:
    roadmap = write(tmp_path, "lint:\n  severity: {area-without-project: error, RL206: off}\n")
    text = cli("check", roadmap, *PINNED)
    assert text.code == 1
    assert "5 errors, 0 warnings" in text.out and "RL206" not in text.out
    report = json.loads(cli("check", roadmap, *PINNED, "--format", "json").out)
    assert {f["rule"]: f["severity"] for f in report["findings"]} == {"RL201": "error"}
    sarif = json.loads(cli("check", roadmap, *PINNED, "--format", "sarif").out)["runs"][0]
    assert {r["level"] for r in sarif["results"]} == {"error"}
    overrides = {
        o["descriptor"]["id"]: o["configuration"]
        for o in sarif["invocations"][0]["ruleConfigurationOverrides"]
    }
    assert overrides == {"RL201": {"level": "error"}, "RL206": {"enabled": False}}


def test_a_lowered_severity_stops_failing_the_run(cli, tmp_path) -> None:
    roadmap = write(tmp_path, "lint:\n  fail_on: warning\n  severity: {RL2: info}\n")
    run = cli("check", roadmap, *PINNED)
    assert run.code == 0 and "0 warnings, 6 info" in run.out


def test_a_code_wins_over_its_prefix(cli, tmp_path) -> None:
    roadmap = write(tmp_path, "lint:\n  severity: {RL201: error, RL2: off}\n")
    report = json.loads(cli("check", roadmap, *PINNED, "--format", "json").out)
    assert {f["rule"] for f in report["findings"]} == {"RL201"}


def test_an_unknown_rule_or_level_is_a_finding(cli, tmp_path) -> None:
    roadmap = write(tmp_path, "lint:\n  severity: {area-without-projects: error, RL206: loud}\n")
    report = json.loads(cli("check", roadmap, *PINNED, "--format", "json").out)
    found = {(f["rule"], f["line"], f["column"]) for f in report["findings"]}
    assert ("RL004", 10, 14) in found  # at the misspelt key, with a suggestion
    assert ("RL002", 10, 51) in found
    hints = [f["hint"] for f in report["findings"] if f["rule"] == "RL004"]
    assert hints == ["did you mean 'area-without-project'?"]


def test_a_threshold_outside_its_range_keeps_the_default(cli, tmp_path) -> None:
    roadmap = write(tmp_path, "lint:\n  thresholds: {essential_max: 100000}\n")
    report = json.loads(cli("check", roadmap, *PINNED, "--format", "json").out)
    assert any(f["rule"] == "RL002" and "1000" in f["message"] for f in report["findings"])
