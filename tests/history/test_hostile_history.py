"""Old versions of the file are input too: hostile ones are skipped, never obeyed or fatal."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.history.builders import RoadmapRepo, check_json, roadmap, skill
from tests.support.gitrepo import commit, commit_stamped, git

TODAY = "2026-11-25"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)},"
    f" *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
    for n in range(9)
)


@pytest.mark.parametrize(
    "hostile",
    [
        BOMB,
        "x: " + "y" * (1024 * 1024 + 10) + "\n",
        b"\xff\xfe\x00binary\x00",
        "[" * 5000 + "]" * 5000,
        "version: 1\nareas: !!python/object/apply:os.system ['echo owned']\n",
    ],
    ids=["alias bomb", "oversized", "binary", "deep nesting", "python tag"],
)
def test_a_hostile_version_is_skipped(cli: Any, repo: RoadmapRepo, hostile: str | bytes) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-03-01")
    commit(repo.root, {"roadmap.yml": hostile}, date="2026-04-01")
    repo.save(roadmap([skill("Kafka"), skill("Redis")]), "2026-05-01")
    started = time.perf_counter()
    code, document = check_json(cli, repo.path, TODAY)
    assert time.perf_counter() - started < 10
    assert code == 0
    history = document["history"]
    assert history["skipped"] == 1
    assert {s["name"]: s["added"] for s in history["skills"]} == {
        "Kafka": "2026-03-01",
        "Redis": "2026-05-01",
    }


@pytest.mark.parametrize("name", ["-road map [1].yml", "plan*.yml", "ρoadmap.yml"])
def test_odd_file_names_are_taken_literally(cli: Any, tmp_path: Path, name: str) -> None:
    repo = RoadmapRepo(tmp_path / "repo", name)
    repo.root.mkdir()
    git(repo.root, "init", "-q")
    repo.save(roadmap([skill("Kafka")]), "2026-03-01")
    (repo.root / "plan-other.yml").write_text(roadmap([skill("Redis")]), encoding="utf-8")
    commit(repo.root, {}, date="2026-04-01")
    document = check_json(cli, repo.path, TODAY)[1]
    assert [s["name"] for s in document["history"]["skills"]] == ["Kafka"]


@pytest.mark.parametrize(
    ("stamp", "skipped", "day"),
    [("253402300800 +0000", 1, None), ("1761955200 +9959", 0, "2025-11-05")],
    ids=["year 10000", "offset +9959"],
)
def test_commit_dates_python_cannot_hold_never_stop_the_history(
    cli: Any, repo: RoadmapRepo, stamp: str, skipped: int, day: str | None
) -> None:
    repo.save(roadmap([skill("Kafka")]), "2025-10-01")
    commit_stamped(repo.root, {"roadmap.yml": roadmap([skill("Kafka"), skill("Redis")])}, stamp)
    document = check_json(cli, repo.path, TODAY)[1]
    history = document["history"]
    assert history["skipped"] == skipped
    added = {s["name"]: s["added"] for s in history["skills"]}
    assert added.get("Redis") == day


def test_versions_past_the_work_budget_are_skipped_oldest_first(
    cli: Any, repo: RoadmapRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Kafka", "Redis", "Celery", "Nginx"]
    for month, count in enumerate(range(1, len(names) + 1), start=3):
        # a leading flow mapping spread over lines: every version is parsed whole
        text = "base: {a: 1,\n  b: 2}\n" + roadmap([skill(name) for name in names[:count]])
        repo.save(text, f"2026-{month:02d}-01")
    monkeypatch.setattr("roadmap_lint.history.HISTORY_WORK", 1)
    document = check_json(cli, repo.path, TODAY, "--select", "RL002")[1]
    history = document["history"]
    assert history["skipped"] == 3
    assert history["from"] == "2026-06-01"
    assert not history["complete"]
