"""The grid's columns, defined once for every format: a name, a title and a cell's text.

Cells are plain text here; each format escapes them its own way (Markdown, HTML, CSV), so a
learner's name or a reason taken from a server can never become markup, a formula or a link.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from roadmap_lint.analysis.balance import area_title
from roadmap_lint.cohort.facts import Facts
from roadmap_lint.cohort.flags import label
from roadmap_lint.cohort.portfolio import Row
from roadmap_lint.core.vocabulary import AREA_SHORT_TITLES, AREAS

#: What a cell shows when there is nothing to show.
NONE = "—"


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    cell: Callable[[Row, int], str]
    #: an area's strength: the heat map colours it
    area: str | None = None


def _facts(read: Callable[[Facts], Any]) -> Callable[[Row, int], str]:
    def cell(row: Row, quiet_days: int) -> str:
        value = None if row.facts is None else read(row.facts)
        return NONE if value is None else str(value)

    return cell


def _area(area: str) -> Column:
    title = AREA_SHORT_TITLES.get(area, area_title(area))
    return Column(area, title, _facts(lambda facts: facts.areas.get(area)), area=area)


def _signals(facts: Facts) -> str:
    shown = len(facts.signals)
    return f"{shown} ({facts.exercised} exercised)" if facts.exercised else str(shown)


def _source(row: Row, quiet_days: int) -> str:
    if row.source == "failed":
        return f"not read: {row.reason}"
    made = row.made.isoformat() if row.made else ""
    return f"{row.source} {made}".strip()


def _flags(row: Row, quiet_days: int) -> str:
    return "; ".join(label(name, quiet_days) for name in row.flags) or NONE


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


COLUMNS: tuple[Column, ...] = (
    Column("learner", "Learner", lambda row, days: row.learner.name),
    Column("level", "Level", _facts(lambda facts: facts.level or None)),
    Column("stage", "Stage", _facts(lambda facts: facts.stage)),
    *(_area(area) for area in AREAS),
    Column("score", "Score", _facts(lambda facts: facts.score)),
    Column("projects_done", "Done", _facts(lambda facts: f"{facts.done} of {facts.projects}")),
    Column("signals", "Signals", _facts(_signals)),
    Column("last_commit", "Last commit", _facts(lambda facts: _date(facts.last_commit_date()))),
    Column("last_review", "Last review", _facts(lambda facts: _date(facts.last_review))),
    Column("errors", "Errors", _facts(lambda facts: facts.errors)),
    Column("warnings", "Warnings", _facts(lambda facts: facts.warnings)),
    Column("flags", "Flags", _flags),
    Column("source", "Source", _source),
)


def cells(row: Row, quiet_days: int) -> list[str]:
    return [column.cell(row, quiet_days) for column in COLUMNS]


def summary(rows: Sequence[Row]) -> dict[str, int]:
    """How many learners there are, how many need attention, how many could not be read."""
    failed = sum(1 for row in rows if row.facts is None)
    flagged = sum(1 for row in rows if row.facts is not None and (row.flags or row.facts.errors))
    return {"learners": len(rows), "attention": flagged, "unread": failed}
