"""Without usable history the history rules say so once, as info, and never fail the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.history.builders import RoadmapRepo, check_json, codes, roadmap, skill
from tests.support.gitrepo import git

TODAY = "2026-11-25"


def only_info(document: dict[str, Any]) -> str:
    (finding,) = [f for f in document["findings"] if f["rule"] == "RL100"]
    assert finding["severity"] == "info"
    assert not {"RL105", "RL208", "RL209"} & set(codes(document))
    assert document["history"]["available"] is False
    return f"{finding['message']} / {finding['hint']}"


def test_outside_git(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(roadmap([skill("Kafka")]), encoding="utf-8")
    code, document = check_json(cli, path, TODAY)
    assert code == 0
    assert "is not in a git repository" in only_info(document)


def test_never_committed(cli: Any, repo: RoadmapRepo) -> None:
    repo.path.write_text(roadmap([skill("Kafka")]), encoding="utf-8")
    assert "roadmap.yml has never been committed" in only_info(check_json(cli, repo.path, TODAY)[1])


def test_shallow_clone(cli: Any, repo: RoadmapRepo, tmp_path: Path) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-01-05")
    repo.save(roadmap([skill("Kafka"), skill("SQL")]), "2026-02-05")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone))
    code, document = check_json(cli, clone / "roadmap.yml", TODAY, "--fail-on", "warning")
    assert code == 1  # RL101 and friends still run from the file; RL100 is only info
    text = only_info(document)
    assert "shallow clone" in text and "fetch-depth: 0" in text


def test_git_missing(cli: Any, repo: RoadmapRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-01-05")
    monkeypatch.setenv("PATH", "")
    assert "git is not installed" in only_info(check_json(cli, repo.path, TODAY)[1])


def test_ignoring_the_notice(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(roadmap([skill("Kafka")]), encoding="utf-8")
    assert "RL100" not in codes(check_json(cli, path, TODAY, "--ignore", "history-unavailable")[1])


def test_repository_of_another_user(
    cli: Any, repo: RoadmapRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.save(roadmap([skill("Kafka")]), "2026-01-05")
    monkeypatch.setenv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")
    text = only_info(check_json(cli, repo.path, TODAY)[1])
    assert "dubious ownership" in text and "safe.directory" in text
