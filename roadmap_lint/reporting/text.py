"""Human-readable output in the style of ruff: ``file:line:col: severity CODE name: message``.

The severity is a word on every line, so it reads without colour; colour (on a terminal
only) repeats it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from roadmap_lint.analysis.evidence import legend
from roadmap_lint.core.findings import Severity, summarize
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.terminal import paint
from roadmap_lint.reporting.scan_table import project_line

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult

_SEVERITY_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    for finding in result.findings:
        where = paint(f"{safe(finding.file)}:{finding.line}:{finding.column}:", "bold", color)
        level = paint(finding.severity.value, _SEVERITY_COLORS[finding.severity], color)
        stream.write(f"{where} {level} {finding.rule} {finding.name}: {safe(finding.message)}\n")
        if finding.hint:
            stream.write(f"    {paint('hint:', 'cyan', color)} {safe(finding.hint)}\n")
    if result.scans:
        stream.write(paint("Evidence found:", "bold", color) + "\n")
        for project_id, scan in result.scans.items():
            stream.write(f"  {project_line(project_id, scan)}\n")
        stream.write(f"  ({legend()})\n")
    if result.history is not None and result.history.available:
        stream.write(safe(result.history.trend_line()) + "\n")
    stream.write(summary_line(result) + "\n")


def summary_line(result: CheckResult) -> str:
    counts = summarize(result.findings)
    if not result.findings:
        return f"{safe(result.roadmap)}: all checks passed."
    parts = ", ".join(f"{count} {_plural(name, count)}" for name, count in counts.items())
    total = len(result.findings)
    return f"Found {total} {_plural('problem', total)} in {safe(result.roadmap)} ({parts})."


def _plural(word: str, count: int) -> str:
    return word if count == 1 or word == "info" else word + "s"
