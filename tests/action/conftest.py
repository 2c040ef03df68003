"""Fixtures for running action.yml as a runner would: a stand-in Python and a portfolio."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.support.gitrepo import make_repo

PORTFOLIO = EXAMPLES / "portfolio"


@pytest.fixture(scope="session")
def runner_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare virtual environment standing in for the Python actions/setup-python provides.

    The action's own install step then makes its virtual environment from it and installs
    roadmap-lint there for real, from the action's folder, exactly as on a runner.
    """
    venv = tmp_path_factory.mktemp("runner") / "python"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    return venv / "bin" / "python"


@pytest.fixture(scope="session")
def runner_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``RUNNER_TEMP``, kept for the session: a real runner starts each job with an empty one,
    but the install step then finds its virtual environment made and only reinstalls
    roadmap-lint, which keeps these tests fast."""
    return tmp_path_factory.mktemp("runner-temp")


def make_portfolio(root: Path) -> Path:
    """A portfolio repository whose roadmap points at three local project repositories."""
    projects = root / "projects"
    for folder in sorted((PORTFOLIO / "projects").iterdir()):
        files = {
            str(path.relative_to(folder)): path.read_bytes()
            for path in folder.rglob("*")
            if path.is_file()
        }
        make_repo(projects / folder.name, files, date="2026-11-02")
    roadmap = (PORTFOLIO / "roadmap.yml").read_text(encoding="utf-8")
    roadmap = roadmap.replace("repo: projects/", "repo: ../projects/")
    roadmap = roadmap.replace("$schema=../../schemas/", "$schema=./")
    return make_repo(root / "portfolio", {"roadmap.yml": roadmap}, date="2026-11-03")


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    return make_portfolio(tmp_path)


@pytest.fixture(scope="module")
def shared_portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One portfolio for the tests that only read what a run leaves."""
    return make_portfolio(tmp_path_factory.mktemp("shared"))
