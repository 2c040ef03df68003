"""Old versions of the file are input too: hostile ones are skipped, never obeyed or fatal."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.history.builders import RoadmapRepo, check_json, roadmap, skill
from tests.support.gitrepo import commit, git

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
