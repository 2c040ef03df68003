"""Every review issue says what changed since the last review; the annual one, over the year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.history.builders import make_roadmap_repo, roadmap, skill

DONE = {"id": "notes-api", "repo": "../notes-api", "status": "done", "completed": "2026-10-20"}
BUILDING = {"id": "notes-api", "repo": "../notes-api", "status": "in_progress"}


def _portfolio(tmp_path: Path) -> Path:
    """A year of history: a skill promoted, one added, one removed, a project finished."""
    repo = make_roadmap_repo(tmp_path / "portfolio")
    year_ago = [skill("SQL"), skill("Redis", area="deployment_devops")]
    repo.save(roadmap(year_ago, projects=[BUILDING]), "2025-09-01")
    quarterly = [{"date": "2026-08-01", "kind": "quarterly", "next_focus": "SQL"}]
    repo.save(roadmap(year_ago, projects=[BUILDING], reviews=quarterly), "2026-08-01")
    monthly = [*quarterly, {"date": "2026-09-15", "kind": "monthly", "next_focus": "SQL"}]
    now = [
        skill("SQL", "comfortable", projects=["notes-api"]),
        skill("Docker", area="deployment_devops"),
    ]
    repo.save(roadmap(now, projects=[DONE], reviews=monthly), "2026-10-20")
    return repo.path


def _body(cli: Any, path: Path, cadence: str) -> str:
    run = cli(
        "review", str(path), "--dry-run", "--no-scan", "--cadence", cadence, "--today", "2026-11-25"
    )
    assert run.code == 0, run.err
    return run.out


@pytest.mark.parametrize("cadence", ["monthly", "quarterly", "annual", "project"])
def test_every_cadence_says_what_changed(cli: Any, tmp_path: Path, cadence: str) -> None:
    assert "## Since the last review" in _body(cli, _portfolio(tmp_path), cadence)


def test_the_quarterly_issue_looks_back_to_the_last_quarterly_review(cli, tmp_path) -> None:
    body = _body(cli, _portfolio(tmp_path), "quarterly")
    section = body.split("## Since the last review")[1].split("\n## ")[0]
    assert "Since the review of 2026-08-01" in section
    assert "**Added** (1): Docker" in section
    assert "**Promoted** (1): SQL" in section
    assert "**Removed** (1): Redis" in section
    assert "**Projects finished** (1): notes-api" in section
    assert "**Reviews held** (1): 2026-09-15 (monthly)" in section


def test_the_monthly_issue_looks_back_to_the_last_review_of_any_kind(cli, tmp_path) -> None:
    section = _body(cli, _portfolio(tmp_path), "monthly").split("## Since the last review")[1]
    assert "Since the review of 2026-09-15" in section and "Reviews held" not in section


def test_the_annual_issue_shows_the_year_in_each_area(cli, tmp_path) -> None:
    body = _body(cli, _portfolio(tmp_path), "annual")
    assert "| Area | Skills 2025-11-25 → today | Comfortable 2025-11-25 → today |" in body
    assert "| Databases | 1 → 1 | 0 → 1 |" in body
    assert "| Deployment and DevOps | 1 → 1 | 0 → 0 |" in body


def test_without_history_the_section_says_why(cli, tmp_path) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(roadmap([skill("SQL")]), encoding="utf-8")
    body = _body(cli, path, "annual")
    assert "could not be read in this run, so what changed is not known" in body
    assert "so the year cannot be compared" in body
