"""Reporters: one module per ``--format`` choice, each writing a ``CheckResult`` to a stream.

A module whose format has a single root (JSON, SARIF) also defines ``report_many``, which
combines several roadmaps' results into one document; the others simply follow one another.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TextIO

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


def write_reports(
    name: str, results: Sequence[CheckResult], stream: TextIO, *, color: bool
) -> None:
    """Every result in the ``name`` format, on one stream."""
    module = _module(name)
    if len(results) > 1 and hasattr(module, "report_many"):
        module.report_many(results, stream, color=color)
        return
    for result in results:
        module.report(result, stream, color=color)


def get_reporter(name: str) -> Reporter:
    reporter: Reporter = _module(name).report
    return reporter


def _module(name: str) -> Any:
    """The module of the ``name`` format, imported only when that format is asked for."""
    return importlib.import_module(f"roadmap_lint.reporting.{FORMATS[name]}")
