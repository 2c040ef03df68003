"""The sdist and the wheel, built by the real build backend, hold what PyPI users need.

The wheel carries the schemas and templates (a plain ``pip install`` must lint and render),
the full licence and the metadata PyPI shows; the sdist carries the tests and every file
they read, so the suite runs from it as from a clone. `python -m build` is not needed: the
backend's PEP 517 hooks are called directly, offline.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow
_BUILD = "import sys, hatchling.build as b; print(getattr(b, sys.argv[1])(sys.argv[2]))"


def _build(hook: str, out: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-c", _BUILD, hook, str(out)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    return zipfile.ZipFile(_build("build_wheel", tmp_path_factory.mktemp("wheel")))


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    with tarfile.open(_build("build_sdist", tmp_path_factory.mktemp("sdist"))) as archive:
        return [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]


def test_the_wheel_carries_schemas_templates_and_the_licence(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    for schema in (REPO_ROOT / "schemas").glob("*.json"):
        assert f"roadmap_lint/_data/schemas/{schema.name}" in names
    for template in (REPO_ROOT / "templates").glob("*.j2"):
        assert f"roadmap_lint/_data/templates/{template.name}" in names
    assert not [name for name in names if name.startswith("tests/")]
    (licence,) = [name for name in names if name.endswith("licenses/LICENSE")]
    text = wheel.read(licence).decode()
    assert "Copyright (c) 2026 roadmap-lint maintainers" in text
    assert "Permission is hereby granted, free of charge" in text


def test_the_wheel_metadata_is_what_pypi_shows(wheel: zipfile.ZipFile) -> None:
    (name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    metadata = Parser().parsestr(wheel.read(name).decode())
    urls = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Repository", "Issues"} <= set(urls)
    classifiers = set(metadata.get_all("Classifier") or [])
    for prefix in (
        "Development Status :: ",
        "Intended Audience :: ",
        "Operating System :: ",
        "Programming Language :: Python :: 3.1",
    ):
        assert any(c.startswith(prefix) for c in classifiers), prefix
    assert metadata["License-Expression"] == "MIT"
    readme = metadata.get_payload()
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert links and all(link.startswith(("https://", "#")) for link in links), (
        "relative links break on PyPI"
    )


def test_the_sdist_carries_the_tests_and_what_they_read(sdist: list[str]) -> None:
    for needed in (
        "pyproject.toml",
        "LICENSE",
        "README.md",
        "action.yml",
        "constraints.txt",
        ".pre-commit-hooks.yaml",
        "tests/conftest.py",
        "tests/data/reference/sarif-schema-2.1.0.json",
        "scripts/action_docs.py",
        "examples/portfolio/roadmap.yml",
        "schemas/roadmap.schema.json",
    ):
        assert needed in sdist, needed
    assert not [name for name in sdist if name.startswith((".venv", ".git/")) or ".pyc" in name]
