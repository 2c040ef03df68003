"""A job-seeker's quarterly issue prepares the next interview, with the postings they saved."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES

KUBERNETES = {f"{n}.md": "## Requirements\n- Kubernetes in production\n" for n in "abcd"}
PINNED = ("--no-scan", "--today", "2026-11-25")


def _job_seeker(tmp_path: Path, *, postings: bool) -> Path:
    tmp_path.mkdir(exist_ok=True)
    roadmap = tmp_path / "roadmap.yml"
    shutil.copy(EXAMPLES / "job-seeking.yml", roadmap)
    if postings:
        folder = tmp_path / "postings"
        folder.mkdir()
        for name, text in KUBERNETES.items():
            (folder / name).write_text(text, encoding="utf-8")
        with roadmap.open("a", encoding="utf-8") as stream:
            stream.write("\nlint:\n  postings: postings\n")
    return roadmap


def test_the_posting_gap_fires_with_postings_and_not_without(cli: Any, tmp_path: Path) -> None:
    def rules(roadmap: Path) -> set[str]:
        run = cli("check", str(roadmap), *PINNED, "--format", "json")
        return {finding["rule"] for finding in json.loads(run.out)["findings"]}

    assert "RL213" not in rules(_job_seeker(tmp_path / "a", postings=False))
    assert "RL213" in rules(_job_seeker(tmp_path / "b", postings=True))


def test_the_quarterly_issue_lists_what_to_rehearse_and_what_postings_want(cli, tmp_path) -> None:
    roadmap = _job_seeker(tmp_path, postings=True)
    run = cli("review", str(roadmap), "--dry-run", "--cadence", "quarterly", *PINNED)
    assert run.code == 0, run.err
    section = run.out.split("## Before the next interview")[1].split("\n## ")[0]
    assert "Rehearse the essentials that are not comfortable yet" in section
    assert "the 4 saved postings require" in section and "Kubernetes: required by 4" in section
    assert "`RL213` posting-gap" in run.out


def test_other_levels_get_no_interview_section(cli: Any, tmp_path: Path) -> None:
    roadmap = tmp_path / "roadmap.yml"
    shutil.copy(EXAMPLES / "intermediate.yml", roadmap)
    run = cli("review", str(roadmap), "--dry-run", "--cadence", "quarterly", *PINNED)
    assert "Before the next interview" not in run.out
