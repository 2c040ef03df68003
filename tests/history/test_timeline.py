"""How the history stage reads git: renames, broken versions, merges, windows, the working copy."""

from __future__ import annotations

import json
from typing import Any

from tests.history.builders import RoadmapRepo, check_json, codes, messages, roadmap, skill
from tests.support.gitrepo import git

TODAY = "2026-11-25"


def history_of(cli: Any, repo: RoadmapRepo, *args: str) -> dict[str, Any]:
    return check_json(cli, repo.path, TODAY, *args)[1]


def skills_of(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["name"]: entry for entry in document["history"]["skills"]}


def test_a_rename_is_followed(cli: Any, repo: RoadmapRepo) -> None:
    old = RoadmapRepo(repo.root, "plan.yml")
    old.save(roadmap([skill("Kafka")]), "2026-03-01")
    git(repo.root, "mv", "plan.yml", "roadmap.yml")
    git(repo.root, "commit", "-q", "-m", "Rename to the default name", date="2026-10-01")
    document = history_of(cli, repo)
    assert messages(document, "RL105") == [
        "'Kafka' has been theoretical with no project for 269 days, since 2026-03-01"
        " (unapplied_days is 180)"
    ]
    assert document["history"]["complete"] is True


def test_a_broken_version_is_skipped(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-03-01")
    repo.save("areas: [unclosed\n  - {name: Kafka", "2026-04-01", message="Half-saved edit")
    repo.save(roadmap([skill("Kafka"), skill("Redis")]), "2026-05-01")
    code, document = check_json(cli, repo.path, TODAY)
    assert code == 0
    assert document["history"]["skipped"] == 1
    assert skills_of(document)["Kafka"]["added"] == "2026-03-01"
    assert skills_of(document)["Redis"]["added"] == "2026-05-01"


def test_skill_entries_hold_added_last_change_status_path(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL"), skill("GraphQL")]), "2026-01-05")
    repo.save(roadmap([skill("SQL", "fragile"), skill("GraphQL")]), "2026-03-02")
    repo.save(roadmap([skill("SQL", "comfortable", projects=["notes-api"])]), "2026-08-10")
    document = history_of(cli, repo)
    assert skills_of(document) == {
        "GraphQL": {
            "name": "GraphQL",
            "area": "databases",
            "added": "2026-01-05",
            "last_change": "2026-08-10",
            "status_path": ["theoretical"],
            "removed": "2026-08-10",
        },
        "SQL": {
            "name": "SQL",
            "area": "databases",
            "added": "2026-01-05",
            "last_change": "2026-08-10",
            "status_path": ["theoretical", "fragile", "comfortable"],
            "removed": None,
        },
    }
    assert document["history"]["quarters"] == {
        "2026-Q1": {"added": 0, "promoted": 1, "removed": 0},
        "2026-Q3": {"added": 0, "promoted": 1, "removed": 1},
    }


def test_uncommitted_edits_count_as_today(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL")]), "2026-01-05")
    repo.path.write_text(roadmap([skill("SQL", "fragile"), skill("Kafka")]), encoding="utf-8")
    document = history_of(cli, repo)
    assert document["history"]["uncommitted"] is True
    assert skills_of(document)["Kafka"]["added"] == TODAY
    assert skills_of(document)["SQL"]["status_path"] == ["theoretical", "fragile"]
    assert "RL105" not in codes(document)


def test_side_branches_arrive_with_their_merge(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-03-01")
    git(repo.root, "checkout", "-q", "-b", "idea")
    repo.save(roadmap([skill("Kafka"), skill("Redis")]), "2026-04-01")
    git(repo.root, "checkout", "-q", "main")
    repo.save(roadmap([skill("Kafka", "fragile")]), "2026-04-15")
    git(
        repo.root,
        "merge",
        "-q",
        "--no-ff",
        "-X",
        "theirs",
        "idea",
        "-m",
        "Merge",
        date="2026-05-01",
    )
    repo.save(roadmap([skill("Kafka", "fragile"), skill("Redis")]), "2026-05-02")
    found = skills_of(history_of(cli, repo))
    assert found["Redis"]["added"] == "2026-05-01"
    assert found["Kafka"]["removed"] is None
    assert found["Kafka"]["status_path"] == ["theoretical", "fragile"]


def test_the_window_is_bounded_by_lint_history(cli: Any, repo: RoadmapRepo) -> None:
    lint = {"history": {"max_commits": 2}}
    repo.save(roadmap([skill("Kafka")], lint=lint), "2025-01-05")
    repo.save(roadmap([skill("Kafka"), skill("SQL")], lint=lint), "2026-02-01")
    repo.save(roadmap([skill("Kafka"), skill("SQL", "fragile")], lint=lint), "2026-03-01")
    document = history_of(cli, repo)
    assert document["history"]["from"] == "2026-02-01"
    assert document["history"]["complete"] is False
    assert messages(document, "RL105")[0] == (
        "'Kafka' has been theoretical with no project for at least 297 days,"
        " since 2026-02-01 or earlier (unapplied_days is 180)"
    )
    days = {"history": {"max_days": 100}}
    repo.save(roadmap([skill("Kafka"), skill("SQL", "fragile")], lint=days), "2026-11-01")
    windowed = history_of(cli, repo)["history"]  # the last commit before the window leads
    assert (windowed["from"], windowed["versions"]) == ("2026-03-01", 2)


def test_text_output_has_a_trend_line(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("SQL"), skill("GraphQL")]), "2026-01-05")
    repo.save(roadmap([skill("SQL", "fragile"), skill("Redis")]), "2026-10-01")
    run = cli("check", str(repo.path), "--no-scan", "--today", TODAY)
    assert "Trend since 2026-08-25 (roadmap history): 1 added, 1 promoted, 1 removed.\n" in run.out
    quiet = cli("check", str(repo.path), "--no-scan", "--no-history", "--today", TODAY)
    assert "Trend" not in quiet.out


def test_no_history_leaves_out_the_section(cli: Any, repo: RoadmapRepo) -> None:
    repo.save(roadmap([skill("Kafka")]), "2025-01-05")
    document = check_json(cli, repo.path, TODAY, "--no-history")[1]
    assert "history" not in document
    assert not {"RL100", "RL105", "RL209"} & set(codes(document))


def test_history_section_follows_the_output_schema(cli: Any, repo: RoadmapRepo) -> None:
    from jsonschema import Draft202012Validator

    from tests.conftest import REPO_ROOT

    schema = json.loads((REPO_ROOT / "schemas" / "output.schema.json").read_text())
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    repo.save(roadmap([skill("SQL"), skill("GraphQL")]), "2026-01-05")
    repo.save(roadmap([skill("SQL", "fragile"), skill("Redis")]), "2026-10-01")
    validator.validate(history_of(cli, repo))
    outside = repo.root.parent / "loose.yml"
    outside.write_text(roadmap([skill("SQL")]), encoding="utf-8")
    unavailable = check_json(cli, outside, TODAY)[1]
    assert unavailable["history"]["available"] is False
    validator.validate(unavailable)
