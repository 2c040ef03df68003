"""The official schemas kept in ``shared/reference`` beside the repository (not shipped in it)."""

from __future__ import annotations

from pathlib import Path

import pytest

_REPO_ROOT = Path(__file__).resolve().parents[2]


def reference_file(name: str) -> Path:
    """``shared/reference/<name>`` from the nearest folder above the repository that has it.

    CI lays ``shared/`` beside the clone; a developer's worktree may sit one level deeper.
    The test is skipped, saying where it looked, when the file is nowhere.
    """
    for folder in _REPO_ROOT.parents:
        candidate = folder / "shared" / "reference" / name
        if candidate.is_file():
            return candidate
    pytest.skip(f"{name} not found in shared/reference above {_REPO_ROOT}")
