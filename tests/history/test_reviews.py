"""RL101, RL102, RL103 and RL106: review cadences, from the file and from its history."""

from __future__ import annotations

from typing import Any

import pytest

from tests.history.builders import RoadmapRepo, check_json, codes, messages, roadmap, skill

TODAY = "2026-11-25"
SKILLS = [skill("SQL", "fragile", projects=["notes-api"])]


def run(cli: Any, repo: RoadmapRepo, *args: str) -> dict[str, Any]:
    return check_json(cli, repo.path, TODAY, "--select", "RL1", *args)[1]


@pytest.mark.parametrize(
    ("code", "review", "expected"),
    [
        (
            "RL101",
            {"date": "2026-07-03", "kind": "quarterly"},
            "the latest quarterly or annual review was on 2026-07-03, 145 days ago"
            " (quarterly_days is 92)",
        ),
        (
            "RL102",
            {"date": "2026-10-02", "kind": "monthly"},
            "the latest review of any kind was on 2026-10-02, 54 days ago (monthly_days is 35)",
        ),
        (
            "RL103",
            {"date": "2025-09-30", "kind": "annual"},
            "the latest annual review was on 2025-09-30, 421 days ago (annual_days is 366)",
        ),
    ],
)
def test_overdue_review(cli: Any, repo: RoadmapRepo, code: str, review: Any, expected: str) -> None:
    repo.save(roadmap(SKILLS, reviews=[review]), "2024-01-05")
    assert messages(run(cli, repo), code) == [expected]


@pytest.mark.parametrize(
    ("code", "review"),
    [
        ("RL101", {"date": "2026-10-01", "kind": "quarterly"}),
        ("RL101", {"date": "2026-09-01", "kind": "annual"}),
        ("RL102", {"date": "2026-11-03", "kind": "project", "project": "notes-api"}),
        ("RL103", {"date": "2026-01-10", "kind": "annual"}),
    ],
)
def test_review_in_time(cli: Any, repo: RoadmapRepo, code: str, review: Any) -> None:
    repo.save(roadmap(SKILLS, reviews=[review]), "2024-01-05")
    assert code not in codes(run(cli, repo))


def test_without_reviews_the_clock_starts_at_the_first_commit(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap(SKILLS), "2026-06-01")
    document = run(cli, repo)
    assert messages(document, "RL101") == [
        "no quarterly or annual review since the roadmap appeared on 2026-06-01, 177 days ago"
        " (quarterly_days is 92)"
    ]
    assert "RL103" not in codes(document)


def test_without_reviews_or_history_there_is_no_clock(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap(SKILLS), "2024-11-20")
    assert "RL101" in codes(run(cli, repo))
    assert not {"RL101", "RL102", "RL103"} & set(codes(run(cli, repo, "--no-history")))


def test_a_pruned_review_still_counts(cli: Any, repo: RoadmapRepo) -> None:
    review = {"date": "2026-10-01", "kind": "quarterly"}
    repo.save(roadmap(SKILLS), "2026-01-05")  # the clock would start here without the review
    repo.save(roadmap(SKILLS, reviews=[review]), "2026-10-01")
    repo.save(roadmap(SKILLS), "2026-11-01", message="Tidy: drop old review notes")
    assert "RL101" not in codes(run(cli, repo))
    assert "RL101" not in codes(run(cli, repo, "--no-history"))  # no review, no clock


def test_a_review_dated_after_today_does_not_count(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap(SKILLS, reviews=[{"date": "2026-12-01", "kind": "monthly"}]), "2026-01-05")
    assert "RL102" in codes(run(cli, repo))


DONE = {"id": "notes-api", "repo": "../notes-api", "status": "done", "completed": "2026-11-01"}
LAST_REVIEW = {"date": "2026-10-02", "kind": "monthly"}


def test_project_completed_after_the_latest_review(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap(SKILLS, projects=[DONE], reviews=[LAST_REVIEW]), "2026-11-01")
    expected = [
        "project 'notes-api' was completed on 2026-11-01, after the latest review (2026-10-02),"
        " and no `kind: project` review names it"
    ]
    assert messages(run(cli, repo), "RL106") == expected
    assert messages(run(cli, repo, "--no-history"), "RL106") == expected


def test_done_date_from_history_when_completed_is_missing(cli: Any, repo: RoadmapRepo) -> None:
    started = {"id": "notes-api", "repo": "../notes-api", "status": "in_progress"}
    done = {"id": "notes-api", "repo": "../notes-api", "status": "done"}
    repo.save(roadmap(SKILLS, projects=[started], reviews=[LAST_REVIEW]), "2026-10-02")
    repo.save(roadmap(SKILLS, projects=[done], reviews=[LAST_REVIEW]), "2026-11-10")
    assert messages(run(cli, repo), "RL106") == [
        "project 'notes-api' was completed on 2026-11-10 (by git history), after the latest"
        " review (2026-10-02), and no `kind: project` review names it"
    ]
    assert "RL106" not in codes(run(cli, repo, "--no-history"))


@pytest.mark.parametrize(
    "reviews",
    [
        [LAST_REVIEW, {"date": "2026-11-03", "kind": "project", "project": "notes-api"}],
        [{"date": "2026-11-02", "kind": "monthly"}],
    ],
    ids=["project review names it", "completed before the latest review"],
)
def test_project_refreshed(cli: Any, repo: RoadmapRepo, reviews: Any) -> None:
    repo.save(roadmap(SKILLS, projects=[DONE], reviews=reviews), "2026-11-03")
    assert "RL106" not in codes(run(cli, repo))


def test_a_cut_window_says_where_history_starts(cli: Any, repo: RoadmapRepo) -> None:
    lint = {"history": {"max_commits": 1}}
    repo.save(roadmap(SKILLS, lint=lint), "2025-01-05")
    repo.save(roadmap([*SKILLS, skill("Redis")], lint=lint), "2026-06-01")
    assert messages(run(cli, repo), "RL101") == [
        "no quarterly or annual review in the history read, which starts on 2026-06-01,"
        " 177 days ago (quarterly_days is 92)"
    ]


def test_a_corrected_review_date_does_not_hide_an_overdue_review(
    cli: Any, repo: RoadmapRepo
) -> None:
    """A recent review whose date was later corrected counts only with the corrected date."""
    repo.save(roadmap(SKILLS, reviews=[{"date": "2026-11-20", "kind": "monthly"}]), "2026-11-20")
    repo.save(roadmap(SKILLS, reviews=[{"date": "2026-09-28", "kind": "monthly"}]), "2026-11-21")
    assert messages(run(cli, repo), "RL102") == [
        "the latest review of any kind was on 2026-09-28, 58 days ago (monthly_days is 35)"
    ]


def test_old_reviews_pruned_from_the_file_still_count(cli: Any, repo: RoadmapRepo) -> None:
    old, recent = (
        {"date": "2026-09-01", "kind": "quarterly"},
        {"date": "2026-11-01", "kind": "monthly"},
    )
    repo.save(roadmap(SKILLS), "2026-01-05")  # the clock would start here without the review
    repo.save(roadmap(SKILLS, reviews=[old, recent]), "2026-11-01")
    repo.save(roadmap(SKILLS, reviews=[recent]), "2026-11-02")
    assert "RL101" not in codes(run(cli, repo))
