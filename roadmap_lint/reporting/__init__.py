"""Reporters: one module per ``--format`` choice, each writing a ``CheckResult`` to a stream."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult


class Reporter(Protocol):
    def __call__(self, result: CheckResult, stream: TextIO, *, color: bool) -> None: ...


#: ``--format`` choice → module in this package that defines ``report``.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "markdown": "markdown",
}


def get_reporter(name: str) -> Reporter:
    module = importlib.import_module(f"roadmap_lint.reporting.{FORMATS[name]}")
    reporter: Reporter = module.report
    return reporter
