"""``review`` against the GitHub stand-in: one issue per period, the previous one closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.review.conftest import PORTFOLIO
from tests.support.github_server import GitHubServer


def _titles(github: GitHubServer) -> list[tuple[str, str]]:
    return [(issue["title"], issue["state"]) for issue in github.issues]


@pytest.mark.parametrize(
    ("cadence", "first", "again", "after", "titles"),
    [
        (
            "auto",
            "2026-10-01",
            "2026-10-28",
            "2026-11-02",
            ("2026-Q4 (quarterly)", "2026-11 (monthly)"),
        ),
        (
            "quarterly",
            "2026-10-01",
            "2026-12-31",
            "2027-01-02",
            ("2026-Q4 (quarterly)", "2027-Q1 (quarterly)"),
        ),
        (
            "monthly",
            "2026-11-02",
            "2026-11-30",
            "2026-12-01",
            ("2026-11 (monthly)", "2026-12 (monthly)"),
        ),
        ("annual", "2026-01-15", "2026-12-31", "2027-01-01", ("2026 (annual)", "2027 (annual)")),
    ],
)
def test_one_issue_per_period_and_the_previous_closed(
    review: Any,
    github: GitHubServer,
    cadence: str,
    first: str,
    again: str,
    after: str,
    titles: tuple[str, str],
) -> None:
    made = review("--cadence", cadence, "--today", first)
    assert (made.code, made.err) == (0, "")
    assert made.out == f"created #1: {github.web}/{github.repo}/issues/1\n"
    assert review("--cadence", cadence, "--today", again).out.startswith("unchanged #1:")
    assert len(github.issues) == 1
    later = review("--cadence", cadence, "--today", after)
    assert later.out.splitlines()[0].startswith("created #2:")
    if cadence == "auto":  # a different cadence: the quarterly issue stays open
        assert _titles(github) == [
            (f"Roadmap review: {titles[0]}", "open"),
            (f"Roadmap review: {titles[1]}", "open"),
        ]
        return
    assert later.out.splitlines()[1] == "closed #1, superseded by #2"
    assert _titles(github) == [
        (f"Roadmap review: {titles[0]}", "closed"),
        (f"Roadmap review: {titles[1]}", "open"),
    ]
    (comment,) = github.comments[1]
    assert "#2" in comment["body"] and github.issues[1]["html_url"] in comment["body"]


def test_an_older_period_never_closes_a_newer_issue(review: Any, github: GitHubServer) -> None:
    review("--cadence", "monthly", "--today", "2026-12-01")
    review("--cadence", "monthly", "--today", "2026-11-01")
    assert [issue["state"] for issue in github.issues] == ["open", "open"]


def _retro_roadmap(tmp_path: Path, *done: str) -> Path:
    text = PORTFOLIO.read_text(encoding="utf-8")
    for project in done:
        text = text.replace(
            f"  - id: {project}\n    title: Task manager with roles\n    repo: projects/{project}\n"
            "    kind: independent\n    status: in_progress",
            f"  - id: {project}\n    title: Task manager with roles\n    repo: projects/{project}\n"
            "    kind: independent\n    status: done",
        )
    path = tmp_path / "roadmap.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_one_retrospective_per_finished_project(
    review: Any, github: GitHubServer, tmp_path: Path
) -> None:
    first = review(
        "--cadence", "project", "--today", "2026-11-25", roadmap=_retro_roadmap(tmp_path)
    )
    assert first.out.count("created") == 2
    assert (
        review("--cadence", "project", roadmap=_retro_roadmap(tmp_path)).out.count("unchanged") == 2
    )
    finished = review("--cadence", "project", roadmap=_retro_roadmap(tmp_path, "task-manager"))
    assert "created #3" in finished.out
    assert _titles(github) == [
        ("Roadmap review: project notes-api (retrospective)", "closed"),
        ("Roadmap review: project shop-tutorial (retrospective)", "closed"),
        ("Roadmap review: project task-manager (retrospective)", "open"),
    ]
    assert all("#3" in github.comments[number][0]["body"] for number in (1, 2))
    assert len(github.issues) == 3
    assert (
        review("--cadence", "project", roadmap=_retro_roadmap(tmp_path, "task-manager")).code == 0
    )
    assert len(github.issues) == 3


def test_labels_are_created_with_a_colour_once(review: Any, github: GitHubServer) -> None:
    review("--today", "2026-10-01")
    review("--today", "2026-11-01")
    assert {name: label["color"] for name, label in github.labels.items()} == {
        "roadmap-review": "0e8a16",
        "quarterly": "1d76db",
        "monthly": "c5def5",
    }
    assert github.count("issues/create-label") == 3


def test_update_rewrites_the_body_of_this_periods_issue(review: Any, github: GitHubServer) -> None:
    marker = "<!-- roadmap-lint:review quarterly 2026-Q4 -->"
    github.add_issue(
        "Roadmap review: 2026-Q4 (quarterly)", f"{marker}\nold", ["roadmap-review", "quarterly"]
    )
    assert review("--today", "2026-10-01").out.startswith("unchanged #1")
    assert github.issues[0]["body"].endswith("old")
    assert review("--today", "2026-10-01", "--update").out.startswith("updated #1")
    assert "Quarterly refresh" in github.issues[0]["body"]
    assert len(github.issues) == 1


def test_the_issue_is_handed_to_later_workflow_steps(
    review: Any, github: GitHubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = tmp_path / "github_output"
    outputs.write_text("earlier=1\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_OUTPUT", str(outputs))
    review("--today", "2026-10-01")
    assert outputs.read_text(encoding="utf-8") == (
        f"earlier=1\nissue-url={github.web}/{github.repo}/issues/1\nissue-number=1\n"
    )


def test_dry_run_is_offline_and_needs_no_token(cli: Any) -> None:
    done = cli("review", "--dry-run", "--today", "2026-10-01", str(PORTFOLIO))
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[:3] == [
        "Title: Roadmap review: 2026-Q4 (quarterly)",
        "Labels: roadmap-review, quarterly",
        "",
    ]
    assert lines[3] == "<!-- roadmap-lint:review quarterly 2026-Q4 -->"
    assert "# Quarterly refresh: 2026-Q4" in lines
    assert "```mermaid" in lines


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"GITHUB_REPOSITORY": "learner/portfolio"}, "no GitHub token"),
        ({"GITHUB_TOKEN": "ghp_" + "x" * 36}, "no repository given"),
        (
            {"GITHUB_TOKEN": "ghp_" + "x" * 36, "GITHUB_REPOSITORY": "not a repo"},
            "is not a repository name",
        ),
    ],
)
def test_missing_settings_are_one_clear_line(
    cli: Any, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str, tmp_path: Path
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Outside any repository: a clone's github.com origin would otherwise name the repository.
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(PORTFOLIO.read_text("utf-8"), "utf-8")
    done = cli("review", "--no-scan", "--no-history", "--today", "2026-10-01", str(roadmap))
    assert done.code == 2
    assert message in done.err and len(done.err.splitlines()) == 1
    assert "x" * 36 not in done.err
