"""constraints.txt, which the Action installs roadmap-lint's dependencies with, covers them all.

The Action's own test (test_action.py) installs with it and finds exactly these versions; this
checks the file against pyproject.toml and the dependency tree, without installing anything.
"""

from __future__ import annotations

from importlib.metadata import distribution

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from scripts.constraints import runtime_closure
from tests.conftest import REPO_ROOT


def _pins() -> dict[str, str]:
    lines = (REPO_ROOT / "constraints.txt").read_text("utf-8").splitlines()
    pairs = (line.split("==") for line in lines if line and not line.startswith("#"))
    return {canonicalize_name(name): version for name, version in pairs}


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    """pyproject.toml's ``dependencies``, as the installed metadata carries them."""
    pins = _pins()
    declared = [Requirement(text) for text in distribution("roadmap-lint").requires or []]
    for requirement in (r for r in declared if r.marker is None):
        pinned = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(pinned), f"{requirement} excludes {pinned}"


def test_every_package_they_need_is_pinned() -> None:
    needed, _ = runtime_closure()
    assert set(_pins()) == set(needed), "run `python scripts/constraints.py`"
