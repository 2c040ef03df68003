"""Review cadences and their periods: the title, labels and hidden marker of each issue.

The marker is what makes ``review`` idempotent: one issue per cadence and period, found again
by the marker in its body, never by its title (which a person may edit).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.names import quarter

LABEL = "roadmap-review"
LABEL_COLOR = "0e8a16"
TITLE_PREFIX = "Roadmap review: "


@dataclass(frozen=True)
class Cadence:
    name: str
    color: str
    description: str
    period: Callable[[dt.date], str]


CADENCES: dict[str, Cadence] = {
    cadence.name: cadence
    for cadence in (
        Cadence("monthly", "c5def5", "Monthly roadmap check-in", lambda d: f"{d:%Y-%m}"),
        Cadence("quarterly", "1d76db", "Quarterly roadmap refresh", quarter),
        Cadence("annual", "5319e7", "Annual roadmap reset", lambda d: f"{d.year}"),
        Cadence("project", "fbca04", "Retrospective of a finished project", lambda d: ""),
    )
}

#: ``--cadence auto``: the month decides; every other month is a monthly check-in.
AUTO_BY_MONTH: dict[int, str] = {1: "annual", 4: "quarterly", 7: "quarterly", 10: "quarterly"}
CHOICES = ("auto", *CADENCES)

_MARKER = re.compile(r"<!-- roadmap-lint:review (\w+) ([^\s>]+) -->")


@dataclass(frozen=True)
class Period:
    """One review issue's identity: cadence, period key (``2026-Q4``, ``notes-api``…)."""

    cadence: str
    key: str

    @property
    def title(self) -> str:
        if self.cadence == "project":
            return f"{TITLE_PREFIX}project {self.key} (retrospective)"
        return f"{TITLE_PREFIX}{self.key} ({self.cadence})"

    @property
    def marker(self) -> str:
        return f"<!-- roadmap-lint:review {self.cadence} {self.key} -->"

    @property
    def labels(self) -> list[str]:
        return [LABEL, self.cadence]


def resolve(choice: str, today: dt.date) -> str:
    """The cadence ``choice`` names (``auto`` is decided by the month of ``today``)."""
    if choice == "auto":
        return AUTO_BY_MONTH.get(today.month, "monthly")
    if choice not in CADENCES:
        raise UserError(f"unknown cadence '{choice}'", hint=f"choose one of {', '.join(CHOICES)}")
    return choice


def period_of(cadence: str, today: dt.date) -> Period:
    return Period(cadence, CADENCES[cadence].period(today))


def project_period(project_id: str) -> Period:
    """A retrospective's period is its project; ids are reduced to characters that cannot end
    the HTML comment or split the marker."""
    return Period("project", re.sub(r"[^A-Za-z0-9._-]", "_", project_id) or "_")


def marker_in(body: str) -> Period | None:
    """The period named by the first roadmap-lint marker in an issue body, if any."""
    found = _MARKER.search(body)
    return Period(found.group(1), found.group(2)) if found else None
