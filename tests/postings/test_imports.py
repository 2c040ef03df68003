"""The package stands alone: the standard library, PyYAML and itself, nothing else.

The rest of roadmap-lint calls it; it never calls back, so it can be tested and moved alone.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import roadmap_lint.postings

PACKAGE = Path(roadmap_lint.postings.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_standard_library_yaml_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"yaml"}
    for module in PACKAGE.glob("*.py"):
        for name in _imports(module):
            top = name.split(".")[0]
            assert top in allowed or name.startswith("roadmap_lint.postings"), (module, name)
