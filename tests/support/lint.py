"""Lint roadmap text in-process and return compact ``(code, line, column)`` triples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from roadmap_lint.check import CheckOptions, CheckResult, run_check

TODAY = dt.date(2026, 11, 25)

#: The smallest valid roadmap, with its five areas empty; tests append to or replace parts.
MINIMAL = """\
version: 1
profile: {level: intermediate}
areas:
  core_language: {}
  api_design: {}
  databases: {}
  testing_security: {}
  deployment_devops: {}
"""


def lint_text(
    tmp_path: Path, text: str, *, select: tuple[str, ...] = (), **options: object
) -> CheckResult:
    path = tmp_path / "roadmap.yml"
    path.write_text(text, encoding="utf-8")
    settings = {"scan": False, "history": False, "today": TODAY, **options}
    return run_check(CheckOptions(roadmap=path, select=select, **settings))  # type: ignore[arg-type]


def triples(tmp_path: Path, text: str, code: str, **options: object) -> list[tuple[str, int, int]]:
    """Findings of one rule as ``(code, line, column)``, in file order."""
    result = lint_text(tmp_path, text, select=(code,), **options)
    return [(f.rule, f.line, f.column) for f in result.findings]
