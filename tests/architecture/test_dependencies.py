"""Dependencies match imports: every third-party package imported is declared, and every
declared runtime dependency is imported."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
#: Import name → distribution name, where the two differ.
DISTRIBUTIONS = {"yaml": "pyyaml", "github": "pygithub", "jinja2": "jinja2"}


def _imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "roadmap_lint").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names} - {"roadmap_lint"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        re.split(r"[<>=!~ ;\[]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]
    }


def test_every_import_is_declared_and_every_declaration_imported() -> None:
    imported = {DISTRIBUTIONS.get(name, name).lower() for name in _imported()}
    assert imported == _declared()
