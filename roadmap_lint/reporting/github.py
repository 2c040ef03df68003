"""``--format github``: workflow commands that GitHub shows as annotations on the file."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from roadmap_lint.core.findings import Severity
from roadmap_lint.core.secrets import safe

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    for finding in result.findings:
        properties = ",".join(
            f"{key}={_escape_property(safe(str(value)))}"
            for key, value in (
                ("file", finding.file),
                ("line", finding.line),
                ("col", finding.column),
                ("title", f"{finding.rule} {finding.name}"),
            )
        )
        # Each part is made safe on its own: the newline between them is the runner's line
        # break, any other control character (ESC, BEL) is shown as an escape, never sent raw.
        message = safe(finding.message) + (f"\n{safe(finding.hint)}" if finding.hint else "")
        stream.write(f"::{_COMMANDS[finding.severity]} {properties}::{_escape_data(message)}\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
