"""The cohort issue: the grid as an issue in the mentor's repository, one per period.

Like the review issue (``review.service``), it is found again by a hidden marker naming the
cohort and the period, never by its title: a second run in the same period changes nothing,
and the first run of a new period closes the previous period's issue with a link to the new
one. GitHub holds at most 65,536 characters in a body, so a large cohort's issue lists the
learners who need attention first, as many as fit, and says how many more there are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from roadmap_lint.cohort.formats import Grid
from roadmap_lint.cohort.formats.markdown import body
from roadmap_lint.core.secrets import safe
from roadmap_lint.github.client import IssueTracker
from roadmap_lint.review.body import BODY_LIMIT
from roadmap_lint.review.service import Outcome, close_older, open_once

LABEL = "roadmap-cohort"
LABEL_COLOR = "0052cc"
#: GitHub's limit on an issue body, in characters, less room for the marker and the note.
MAX_BODY = BODY_LIMIT - 1_024
#: A period's key from a day in it; keys of one kind sort in time order.
PERIODS: dict[str, Callable[[dt.date], str]] = {
    "month": lambda day: f"{day:%Y-%m}",
    "week": lambda day: f"{day.isocalendar().year}-W{day.isocalendar().week:02d}",
}
_MARKER = re.compile(r"<!-- roadmap-lint:cohort (\S+) (\S+) -->")


@dataclass(frozen=True)
class CohortDraft:
    """This period's issue of one cohort."""

    cohort: str
    key: str
    body: str

    @property
    def slug(self) -> str:
        """The cohort's name as the marker holds it: nothing that could end the comment."""
        return re.sub(r"[^a-z0-9._-]+", "-", self.cohort.casefold()).strip("-")[:60] or "cohort"

    @property
    def title(self) -> str:
        return safe(f"Cohort: {self.cohort} {self.key}")

    @property
    def labels(self) -> list[str]:
        return [LABEL]

    @property
    def marker(self) -> str:
        return f"<!-- roadmap-lint:cohort {self.slug} {self.key} -->"


def draft(grid: Grid, period: str) -> CohortDraft:
    """The issue for ``grid`` in the ``period`` (``month`` or ``week``) holding its day."""
    key = PERIODS[period](grid.today)
    made = CohortDraft(grid.name, key, "")
    return replace(made, body=f"{made.marker}\n{_fitting(grid)}")


def open_cohort_issue(tracker: IssueTracker, made: CohortDraft) -> Outcome:
    """Open ``made`` unless its period's issue exists; close this cohort's older ones."""
    tracker.ensure_label(LABEL, LABEL_COLOR, "Cohort report, opened by roadmap-lint")
    existing = tracker.list_issues([LABEL])
    outcome = open_once(tracker, existing, made, update=False)
    if outcome.action == "created":
        close_older(tracker, existing, outcome, lambda issue: _older(issue.body, made))
    return outcome


def _older(text: str, made: CohortDraft) -> bool:
    found = _MARKER.search(text)
    return found is not None and found.group(1) == made.slug and found.group(2) < made.key


def _fitting(grid: Grid) -> str:
    """The grid's Markdown, with as many rows (first ones first) as GitHub holds."""
    text = body(grid)
    shown = len(grid.rows)
    while len(text) > MAX_BODY and shown:
        shown = max(0, shown - max(1, shown // 10))
        text = body(grid, shown)
    left = len(grid.rows) - shown
    if left:
        text += (
            f"\n{left} more learners need less attention and do not fit in an issue: run"
            " `roadmap-lint cohort` with `--format html` or `csv` for the whole grid.\n"
        )
    return text
