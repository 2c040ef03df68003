"""Which roadmaps `check` reads: the nearest one above, standard input, several at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.gitrepo import make_repo
from tests.support.lint import MINIMAL

PINNED = ("--no-scan", "--no-history", "--today", "2026-11-25", "--format", "json")
BROKEN = "version: 1\nprofile: {level: guru}\nareas: {}\n"


def test_check_finds_the_roadmap_in_a_folder_above(cli, tmp_path, monkeypatch) -> None:
    repo = make_repo(tmp_path / "portfolio", {"roadmap.yml": MINIMAL, "docs/notes.md": "x\n"})
    monkeypatch.chdir(repo / "docs")
    report = json.loads(cli("check", *PINNED).out)
    assert report["roadmap"] == "roadmap.yml", "named from the repository's top, as always"


def test_the_search_stops_at_the_top_of_the_repository(cli, tmp_path, monkeypatch) -> None:
    (tmp_path / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
    repo = make_repo(tmp_path / "project", {"README.md": "x\n"})
    monkeypatch.chdir(repo)
    run = cli("check", *PINNED)
    assert run.code == 2 and "no roadmap.yml in this folder or above it" in run.err


def test_check_reads_standard_input(cli, tmp_path, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.chdir(tmp_path)
    stdin = io.TextIOWrapper(io.BytesIO(BROKEN.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    run = cli("check", "-", "--no-scan", "--today", "2026-11-25", "--format", "json")
    report = json.loads(run.out)
    assert run.code == 1 and report["roadmap"] == "<stdin>"
    assert "RL002" in {f["rule"] for f in report["findings"]}


def test_standard_input_only_once(cli) -> None:
    run = cli("check", "-", "-")
    assert run.code == 2 and "only once" in run.err


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "markdown"])
def test_several_roadmaps_make_one_report(cli, tmp_path, fmt) -> None:
    good, bad = tmp_path / "good.yml", tmp_path / "bad.yml"
    good.write_text(MINIMAL, encoding="utf-8")
    bad.write_text(BROKEN, encoding="utf-8")
    run = cli("check", str(good), str(bad), *PINNED[:-1], fmt)
    assert run.code == 1
    if fmt == "json":
        assert [r["roadmap"] for r in json.loads(run.out)] == ["good.yml", "bad.yml"]
    elif fmt == "sarif":
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(run.out)["runs"][0]["results"]
        }
        assert {Path(uri).name for uri in uris} == {"good.yml", "bad.yml"}
    else:
        assert "good.yml" in run.out and "bad.yml" in run.out
