"""The official schemas the tests check against, vendored in ``tests/data/reference``."""

from __future__ import annotations

from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "data" / "reference"


def reference_file(name: str) -> Path:
    """``tests/data/reference/<name>``; its README names the source and licence of each."""
    path = REFERENCE_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: the reference schemas ship with the tests")
    return path
