"""`roadmap-lint brief`: the page to read before an interview, in every format."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import EXAMPLES, REPO_ROOT
from tests.support.gitrepo import make_repo

PORTFOLIO = EXAMPLES / "portfolio"
GOLDEN = Path(__file__).parent / "golden"
POSTINGS = REPO_ROOT / "tests" / "postings" / "corpus"
TODAY = ("--today", "2026-11-25")
#: The one-page budget docs/brief.md promises for five projects.
BRIEF_LINES, BRIEF_CHARACTERS = 140, 14_000


def test_the_example_brief(cli: Any) -> None:
    """Golden Markdown of the bundled portfolio (without history, whose dates follow commits)."""
    run = cli(
        "brief", str(PORTFOLIO / "roadmap.yml"), "--format", "markdown", "--no-history", *TODAY
    )
    assert run.code == 0, run.err
    golden = GOLDEN / "portfolio.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(run.out, encoding="utf-8")
    assert run.out == golden.read_text(encoding="utf-8"), "UPDATE_GOLDEN=1, then read the diff"


def test_the_text_brief_reads_without_markup(cli: Any) -> None:
    run = cli("brief", str(PORTFOLIO / "roadmap.yml"), "--no-history", *TODAY)
    assert run.code == 0 and "## Rehearse" in run.out
    assert "\\_" not in run.out and "requirements.txt#psycopg" in run.out


def test_json_follows_its_published_schema(cli: Any) -> None:
    run = cli(
        "brief",
        str(PORTFOLIO / "roadmap.yml"),
        "--format",
        "json",
        "--postings",
        str(POSTINGS),
        *TODAY,
    )
    facts = json.loads(run.out)
    schema = json.loads((REPO_ROOT / "schemas" / "brief.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(facts)
    sql = next(skill for skill in facts["postings"]["skills"] if skill["name"] == "SQL")
    assert "T-SQL" in sql["aliases"] and sql["roadmap"] == "comfortable_with_evidence"


def test_postings_show_shares_and_the_roadmap_state(cli: Any) -> None:
    run = cli(
        "brief",
        str(PORTFOLIO / "roadmap.yml"),
        "--format",
        "markdown",
        "--postings",
        str(POSTINGS),
        *TODAY,
    )
    table = run.out.split("## What the saved postings ask for")[1]
    assert table.startswith(" (43)")
    assert "| SQL | 56 % | 24 | 0 | comfortable, with a project |" in table
    assert "| missing |" in table


def _portfolio(tmp_path: Path, origin: str | None) -> Path:
    api = make_repo(
        tmp_path / "notes-api",
        {"tests/test_notes.py": "def test(): ...\n", "Dockerfile": "FROM python:3.12\n"},
    )
    if origin:
        subprocess.run(["git", "remote", "add", "origin", origin], cwd=api, check=True)
    roadmap = tmp_path / "portfolio" / "roadmap.yml"
    roadmap.parent.mkdir()
    text = (
        (PORTFOLIO / "roadmap.yml")
        .read_text("utf-8")
        .replace("repo: projects/notes-api", "repo: ../notes-api")
    )
    roadmap.write_text(text, encoding="utf-8")
    return roadmap


def test_evidence_links_to_github_at_the_scanned_commit(cli: Any, tmp_path: Path) -> None:
    roadmap = _portfolio(tmp_path, "https://github.com/ada/notes-api.git")
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"],
        cwd=tmp_path / "notes-api",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    facts = json.loads(cli("brief", str(roadmap), "--format", "json", "--no-history", *TODAY).out)
    notes = next(project for project in facts["projects"] if project["id"] == "notes-api")
    links = {item["signal"]: item["link"] for item in notes["proves"]}
    assert links["tests"] == f"https://github.com/ada/notes-api/blob/{head}/tests/test_notes.py"
    markdown = cli("brief", str(roadmap), "--format", "markdown", "--no-history", *TODAY).out
    assert f"[Dockerfile](https://github.com/ada/notes-api/blob/{head}/Dockerfile)" in markdown


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_local_projects_never_leak_a_local_path(cli: Any, tmp_path: Path, fmt: str) -> None:
    roadmap = _portfolio(tmp_path, origin=None)
    shutil.rmtree(tmp_path / "portfolio" / ".." / "notes-api" / ".git")  # a plain folder too
    run = cli("brief", str(roadmap), "--format", fmt, "--no-history", *TODAY)
    assert run.code == 0, run.err
    assert str(tmp_path) not in run.out and "/tmp/" not in run.out
    assert "Dockerfile" in run.out


def test_five_projects_fit_on_one_page(cli: Any, tmp_path: Path) -> None:
    projects = "".join(
        f"  - id: p{i}\n    title: Project number {i}\n    repo: ada/p{i}\n    status: done\n"
        f"    summary: {'A service that does a useful thing for its users. ' * 2}\n"
        f"    url: https://p{i}.example.dev\n    areas: [api_design, databases]\n"
        "    talking_points:\n"
        + "".join(
            f"      - {'A decision and what it cost, in a sentence or two. ' * 3}\n"
            for _ in range(4)
        )
        for i in range(5)
    )
    text = (
        (PORTFOLIO / "roadmap.yml").read_text("utf-8").split("projects:\n")[0]
        + "projects:\n"
        + projects
    )
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(text, encoding="utf-8")
    run = cli(
        "brief",
        str(roadmap),
        "--format",
        "markdown",
        "--no-scan",
        "--no-history",
        "--postings",
        str(POSTINGS),
        *TODAY,
    )
    assert run.code == 0, run.err
    assert len(run.out.splitlines()) <= BRIEF_LINES and len(run.out) <= BRIEF_CHARACTERS


def test_a_repository_may_bring_its_own_template(cli: Any, tmp_path: Path) -> None:
    shutil.copytree(PORTFOLIO, tmp_path / "portfolio")
    override = tmp_path / "portfolio" / ".github" / "roadmap-brief"
    override.mkdir(parents=True)
    (override / "brief.md.j2").write_text(
        "Hello {{ learner.name | md }}: {{ projects | length }} projects\n"
    )
    run = cli(
        "brief", str(tmp_path / "portfolio" / "roadmap.yml"), "--no-scan", "--no-history", *TODAY
    )
    assert run.out == "Hello Ada Example: 3 projects\n"
    (override / "brief.md.j2").write_text("{{ oops(\n")
    broken = cli(
        "brief", str(tmp_path / "portfolio" / "roadmap.yml"), "--no-scan", "--no-history", *TODAY
    )
    assert (
        broken.code == 2 and "template syntax error" in broken.err and "Traceback" not in broken.err
    )
