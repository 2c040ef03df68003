"""`roadmap-lint init` writes a starter that checks clean, and never overwrites by accident."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roadmap_lint.cli.init_cmd import LEVELS


@pytest.mark.parametrize("level", LEVELS)
def test_starter_has_no_errors(cli, tmp_path: Path, monkeypatch, level: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("init", "--level", level, "--language", "go", "--name", "Ada").code == 0
    text = (tmp_path / "roadmap.yml").read_text()
    assert text.startswith("# yaml-language-server: $schema=")
    run = cli("check", "--no-scan", "--no-history", "--format", "json", "--today", "2026-11-25")
    report = json.loads(run.out)
    assert report["summary"]["error"] == 0, report["findings"]
    assert run.code == 0


def test_refuses_to_overwrite_without_force(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "roadmap.yml").write_text("mine\n")
    run = cli("init")
    assert run.code == 2 and "already exists" in run.err and "--force" in run.err
    assert (tmp_path / "roadmap.yml").read_text() == "mine\n"
    assert cli("init", "--force").code == 0
    assert (tmp_path / "roadmap.yml").read_text() != "mine\n"


def test_workflow_is_written_with_least_permissions(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("init", "--workflow").code == 0
    workflow = (tmp_path / ".github" / "workflows" / "roadmap-review.yml").read_text()
    assert "issues: write" in workflow and "fetch-depth: 0" in workflow


def test_hostile_language_and_name_stay_data(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("init", "--language", "{{ 7*7 }}").code == 2
    assert cli("init", "--name", 'x"\n  level: expert {{ 7*7 }}').code == 0
    run = cli("check", "--no-scan", "--no-history", "--format", "json")
    assert json.loads(run.out)["summary"]["error"] == 0


@pytest.mark.parametrize(
    ("written", "shown"),
    [("javascript", "JavaScript"), ("typescript", "TypeScript"), ("golang", "Go"), ("c#", "C#")],
)
def test_languages_are_written_as_their_communities_write_them(
    cli, tmp_path: Path, monkeypatch, written: str, shown: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("init", "--language", written).code == 0
    assert f'{{name: "{shown}", status: fragile' in (tmp_path / "roadmap.yml").read_text()


def test_too_many_languages_names_them_as_the_learner_wrote_them(tmp_path: Path) -> None:
    from tests.support.lint import MINIMAL, lint_text

    text = MINIMAL.replace("level: intermediate", "level: beginner, languages: [java, golang]")
    (finding,) = [f for f in lint_text(tmp_path, text).findings if f.rule == "RL202"]
    assert "2 backend languages: golang, java" in finding.message
