"""Fixtures for the cohort: learners' portfolios served by a real `git daemon` on 127.0.0.1,
and ``cohort`` runs pointed at it, GitHub's server address being the daemon's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.scanning.conftest import Daemon
from tests.scanning.conftest import daemon as daemon
from tests.support.cli import Run
from tests.support.portfolios import learner

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def served(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> Daemon:
    """The daemon, named as the GitHub server: ``owner/name`` means one of its repositories."""
    monkeypatch.setenv("GITHUB_SERVER_URL", f"git://127.0.0.1:{daemon.port}")
    return daemon


@pytest.fixture
def make_learner(served: Daemon) -> Callable[[str, int], str]:
    """``make_learner("ada", 1)`` → ``ada/portfolio``, served with three projects."""

    def make(owner: str, number: int = 1) -> str:
        if not (served.base / owner).exists():
            learner(served.base, owner, number, TODAY)
        return f"{owner}/portfolio"

    return make


@pytest.fixture
def cohort_file(tmp_path: Path) -> Callable[[list[dict[str, Any]]], Path]:
    """A cohort file listing ``learners`` (mappings with name, repo, roadmap)."""

    def write(learners: list[dict[str, Any]]) -> Path:
        path = tmp_path / "cohort.yml"
        data = {"version": 1, "name": "Test cohort", "learners": learners}
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def cohort(cli: Any) -> Callable[..., Run]:
    """``cohort(path, "--format", "json")`` → ``Run``, on the day the portfolios are built for."""

    def run(path: Path, *args: str) -> Run:
        done: Run = cli("cohort", str(path), "--today", TODAY.isoformat(), "--jobs", "2", *args)
        return done

    return run
