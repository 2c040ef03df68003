"""Fixtures for the history tests: a fresh roadmap repository per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.history.builders import RoadmapRepo, make_roadmap_repo


@pytest.fixture
def repo(tmp_path: Path) -> RoadmapRepo:
    return make_roadmap_repo(tmp_path / "portfolio")
