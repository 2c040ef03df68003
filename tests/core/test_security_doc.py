"""Every row of docs/security.md names a test that exists (the suite proves it passes)."""

from __future__ import annotations

import ast
import re

import pytest

from tests.conftest import REPO_ROOT

ROW_TEST = re.compile(r"`(tests/[\w/]+\.py)::(\w+)(?:\[([\w-]+)\])?`\s*\|\s*$")
ROWS = [
    match.groups()
    for line in (REPO_ROOT / "docs" / "security.md").read_text(encoding="utf-8").splitlines()
    if (match := ROW_TEST.search(line))
]


def test_the_table_has_rows() -> None:
    assert len(ROWS) >= 25


@pytest.mark.parametrize(("path", "name", "case"), ROWS, ids=lambda value: str(value))
def test_named_test_exists(path: str, name: str, case: str | None) -> None:
    source = (REPO_ROOT / path).read_text(encoding="utf-8")
    functions = {
        node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)
    }
    assert name in functions, f"{path} has no {name}"
    if case and path.endswith("test_corpus.py"):
        from tests.hostile.corpus import CASES

        assert case in {c.name for c in CASES}, f"no hostile case named {case}"
