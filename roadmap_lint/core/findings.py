"""The finding: one problem at one place, produced by a rule and consumed by reporters."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Severity(str, enum.Enum):
    """How serious a finding is; ``--fail-on`` compares against ``rank``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}

#: ``--fail-on`` levels, mapped to the lowest severity rank that fails the run.
FAIL_ON_LEVELS: dict[str, int] = {"info": 1, "warning": 2, "error": 3, "never": 99}


@dataclass(frozen=True)
class Finding:
    """One problem, with a 1-based line and column in ``file`` and the JSON pointer it is about."""

    rule: str
    name: str
    severity: Severity
    message: str
    hint: str
    file: str
    line: int
    column: int
    pointer: str

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.column, self.rule, self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
        }


def summarize(findings: list[Finding]) -> dict[str, int]:
    """Count findings per severity, always with all three keys, most severe first."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def fails(findings: list[Finding], fail_on: str) -> bool:
    """True when any finding is at or above the ``fail_on`` level."""
    threshold = FAIL_ON_LEVELS[fail_on]
    return any(finding.severity.rank >= threshold for finding in findings)
