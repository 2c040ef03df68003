"""RL105, RL208 and RL209 read when skills were added, promoted and removed from git."""

from __future__ import annotations

from typing import Any

from tests.history.builders import RoadmapRepo, check_json, codes, messages, roadmap, skill

TODAY = "2026-11-25"


def run(cli: Any, repo: RoadmapRepo, *args: str) -> dict[str, Any]:
    code, document = check_json(cli, repo.path, TODAY, *args)
    assert code == 0, document["findings"]
    return document


def test_skill_theoretical_for_200_days_is_unapplied(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-05-09")
    found = messages(run(cli, repo), "RL105")
    assert found == [
        "'Kafka' has been theoretical with no project for 200 days, since 2026-05-09"
        " (unapplied_days is 180)"
    ]


def test_promotion_100_days_ago_restarts_the_clock(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-05-09")
    repo.save(roadmap([skill("Kafka", "fragile")]), "2026-08-17")
    assert "RL105" not in codes(run(cli, repo))


def test_a_skill_with_a_project_is_applied(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL", "fragile", projects=["notes-api"])]), "2026-01-05")
    assert "RL105" not in codes(run(cli, repo))


def test_the_clock_runs_from_losing_the_project(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL", "fragile", projects=["notes-api"])]), "2026-01-05")
    repo.save(roadmap([skill("SQL", "fragile")]), "2026-04-01")
    assert messages(run(cli, repo), "RL105") == [
        "'SQL' has been fragile with no project for 238 days, since 2026-04-01"
        " (unapplied_days is 180)"
    ]


def test_unapplied_days_comes_from_the_thresholds(cli: Any, repo: RoadmapRepo) -> None:
    text = roadmap([skill("Kafka")], lint={"thresholds": {"unapplied_days": 250}})
    repo.save(text, "2026-05-09")
    assert "RL105" not in codes(run(cli, repo))


def test_the_file_cannot_backdate_a_skill(cli: Any, repo: RoadmapRepo) -> None:
    """Only git dates count: a skill committed last week is new, whatever the file says."""
    repo.save(roadmap([skill("Kafka", "fragile", bucket="essential_now")]), "2026-11-18")
    assert "RL105" not in codes(run(cli, repo))


def test_ten_skills_added_last_quarter_none_promoted(cli: Any, repo: RoadmapRepo) -> None:
    base = [skill("SQL", "fragile"), skill("Git", "comfortable", projects=["notes-api"])]
    repo.save(roadmap(base), "2026-01-05")
    added = [skill(f"Topic {n}", bucket="optional_later") for n in range(10)]
    repo.save(roadmap(base + added[:6]), "2026-09-20")
    repo.save(roadmap(base + added), "2026-10-15")
    (message,) = messages(run(cli, repo), "RL208")
    assert message.startswith("since 2026-08-25 the roadmap gained 10 skills ('Topic 0', ")
    assert message.endswith("but promoted 0 and removed 0 (quarterly_days is 92)")


def test_growth_balanced_by_promotions_and_removals(cli: Any, repo: RoadmapRepo) -> None:
    base = [skill("SQL"), skill("Docker"), skill("GraphQL")]
    repo.save(roadmap(base), "2026-01-05")
    now = [skill("SQL", "fragile"), skill("Docker", "fragile"), skill("Redis"), skill("gRPC")]
    repo.save(roadmap([*now, skill("Kafka")]), "2026-10-01")
    document = run(cli, repo)
    assert "RL208" not in codes(document)
    assert document["history"]["quarters"]["2026-Q4"] == {"added": 3, "promoted": 2, "removed": 1}


def test_a_new_roadmap_is_not_growth(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill(f"Topic {n}") for n in range(10)]), "2026-10-15")
    assert "RL208" not in codes(run(cli, repo))


def test_additions_before_the_quarter_do_not_count(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL")]), "2026-01-05")
    repo.save(roadmap([skill("SQL"), *(skill(f"Topic {n}") for n in range(5))]), "2026-06-01")
    assert "RL208" not in codes(run(cli, repo))


def test_nothing_removed_for_a_year(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL")]), "2025-06-01")
    repo.save(roadmap([skill("SQL"), skill("Redis")]), "2026-02-01")
    assert messages(run(cli, repo), "RL209") == [
        "no skill removed for 542 days: history since 2025-06-01 shows none (annual_days is 366)"
    ]


def test_a_removed_skill_resets_nothing_removed(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL"), skill("GraphQL")]), "2024-12-01")
    repo.save(roadmap([skill("SQL")]), "2025-03-01")
    assert messages(run(cli, repo), "RL209") == [
        "no skill removed for 634 days: the last removal was on 2025-03-01 (annual_days is 366)"
    ]
    repo.save(roadmap([skill("SQL"), skill("Redis")]), "2026-01-01")
    repo.save(roadmap([skill("SQL")]), "2026-03-01")
    assert "RL209" not in codes(run(cli, repo))


def test_a_review_that_drops_a_topic_counts_as_removal(cli: Any, repo: RoadmapRepo) -> None:
    review = {"date": "2026-10-02", "kind": "quarterly", "removed": ["Kubernetes"]}
    repo.save(roadmap([skill("SQL")]), "2025-06-01")
    repo.save(roadmap([skill("SQL")], reviews=[review]), "2026-10-02")
    assert "RL209" not in codes(run(cli, repo))


def test_a_young_roadmap_has_had_no_chance_to_simplify(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL")]), "2026-06-01")
    assert "RL209" not in codes(run(cli, repo))
