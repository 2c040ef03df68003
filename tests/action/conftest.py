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
    """A bare virtual environment standing in for what actions/setup-python provides.

    The action's own install step then installs roadmap-lint into it for real, from the
    action's folder, exactly as on a runner.
    """
    venv = tmp_path_factory.mktemp("runner") / "python"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    return venv / "bin"


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    """A portfolio repository whose roadmap points at three local project repositories."""
    projects = tmp_path / "projects"
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
    return make_repo(tmp_path / "portfolio", {"roadmap.yml": roadmap}, date="2026-11-03")
