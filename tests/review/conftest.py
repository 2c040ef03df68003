"""Fixtures for the review tests: a schema-checked GitHub stand-in, and ``review`` runs
pointed at it with the clock recorded instead of slept through."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.support.cli import Run
from tests.support.github_schema import checked_server
from tests.support.github_server import GitHubServer

PORTFOLIO = EXAMPLES / "portfolio" / "roadmap.yml"


@pytest.fixture
def github() -> Iterator[GitHubServer]:
    with checked_server() as server:
        yield server


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every pause the retry policy asks for, in order (none is actually slept)."""
    asked: list[float] = []
    monkeypatch.setattr("roadmap_lint.github.retry.sleep", asked.append)
    return asked


@pytest.fixture
def review(
    cli: Any, github: GitHubServer, pauses: list[float], monkeypatch: pytest.MonkeyPatch
) -> Any:
    """``review("--today", "2026-10-01")`` → ``Run``, against the stand-in, token via --token."""
    monkeypatch.setenv("GITHUB_REPOSITORY", github.repo)
    monkeypatch.setenv("GITHUB_API_URL", github.url)

    def run(*args: str, roadmap: Path = PORTFOLIO) -> Run:
        done: Run = cli(
            "review", str(roadmap), "--no-scan", "--no-history", "--token", github.token, *args
        )
        assert github.token not in done.out + done.err
        return done

    return run
