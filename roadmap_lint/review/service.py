"""``review`` as plain functions: draft this period's issue(s), then publish them idempotently.

Publishing never trusts the title and never uses the search API: it lists the issues carrying
the cadence's labels and looks for the hidden marker, so a second run in the same period
finds the first run's issue and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from roadmap_lint.check import CheckOptions, CheckResult, run_check
from roadmap_lint.core.markdown import escape
from roadmap_lint.github.client import IssueRef, IssueTracker
from roadmap_lint.model import Project, Roadmap
from roadmap_lint.review.body import render_body
from roadmap_lint.review.cadence import (
    CADENCES,
    LABEL,
    LABEL_COLOR,
    Period,
    marker_in,
    period_of,
    project_period,
    resolve,
)
from roadmap_lint.review.facts import review_context
from roadmap_lint.scanning.access import RemoteSettings


@dataclass(frozen=True)
class ReviewOptions:
    roadmap: Path
    today: dt.date
    cadence: str = "auto"
    scan: bool = True
    history: bool = True
    #: how remote projects are reached, cloned and cached (`check`'s settings)
    remote: RemoteSettings = field(default_factory=RemoteSettings)
    #: Folders searched for ``.github/roadmap-review/`` template overrides, in order.
    search: Sequence[Path] = ()
    #: `check`'s view of the run: the checkout folder, and whether it is GitHub Actions
    workspace: Path | None = None
    in_ci: bool = False


@dataclass(frozen=True)
class Draft:
    period: Period
    body: str


@dataclass
class Outcome:
    """What publishing did: the issue of this period (``created``, ``updated`` or
    ``unchanged``) and the numbers of the previous issues it closed."""

    action: str
    issue: IssueRef
    closed: list[int] = field(default_factory=list)


def draft_reviews(options: ReviewOptions) -> tuple[str, list[Draft]]:
    """The cadence chosen and the issue(s) it calls for, rendered, without touching GitHub."""
    result = run_check(
        CheckOptions(
            roadmap=options.roadmap,
            today=options.today,
            scan=options.scan,
            history=options.history,
            remote=options.remote,
            workspace=options.workspace,
            in_ci=options.in_ci,
        )
    )
    return drafts_of(result, options.cadence, options.search)


def drafts_of(result: CheckResult, cadence: str, search: Sequence[Path]) -> tuple[str, list[Draft]]:
    """The cadence chosen and its issue(s), from a check already run (``check --review``
    reuses its own run, so every project is scanned once)."""
    cadence = resolve(cadence, result.today)
    search = list(search)
    if cadence != "project":
        period = period_of(cadence, result.today)
        return cadence, [
            Draft(period, render_body(cadence, review_context(result, period), search))
        ]
    drafts = []
    for project in _needing_retrospective(result.model):
        period = project_period(project.id)
        context = review_context(result, period, project)
        drafts.append(Draft(period, render_body(cadence, context, search)))
    return cadence, drafts


def publish(
    tracker: IssueTracker, cadence: str, drafts: list[Draft], *, update: bool
) -> list[Outcome]:
    """Open each draft unless its period's issue exists (then update it only when asked), and
    close the older open issues of the cadence with a comment that links the newest one."""
    labels = [LABEL, cadence]
    tracker.ensure_label(LABEL, LABEL_COLOR, "Scheduled roadmap review, opened by roadmap-lint")
    tracker.ensure_label(cadence, CADENCES[cadence].color, CADENCES[cadence].description)
    existing = tracker.list_issues(labels)
    outcomes = [_open_one(tracker, existing, draft, update=update) for draft in drafts]
    pairs = list(zip(drafts, outcomes, strict=True))
    # A retrospective gives way only to one opened now; a calendar period to any later one.
    if cadence == "project":
        pairs = [(draft, outcome) for draft, outcome in pairs if outcome.action == "created"]
    ours = {draft.period for draft, _ in pairs}
    if pairs:
        newest = pairs[-1][1]
        for issue in existing:
            if issue.state == "open" and _superseded(issue, cadence, ours):
                tracker.close_with_comment(issue.number, _closing_comment(newest.issue))
                newest.closed.append(issue.number)
    return outcomes


def _open_one(
    tracker: IssueTracker, existing: list[IssueRef], draft: Draft, *, update: bool
) -> Outcome:
    found = next((issue for issue in existing if draft.period.marker in issue.body), None)
    if found is None:
        made = tracker.create_issue(
            draft.period.title, draft.body, draft.period.labels, draft.period.marker
        )
        return Outcome("created", made)
    if update and found.body != draft.body:
        return Outcome("updated", tracker.update_body(found.number, draft.body))
    return Outcome("unchanged", found)


def _superseded(issue: IssueRef, cadence: str, ours: set[Period]) -> bool:
    """An older issue of the same cadence. Calendar periods sort by their keys (``2026-Q3`` <
    ``2026-Q4``); retrospectives have no order, so any other one is older than a new one."""
    period = marker_in(issue.body)
    if period is None or period.cadence != cadence or period in ours:
        return False
    return cadence == "project" or all(period.key < mine.key for mine in ours)


def _closing_comment(newest: IssueRef) -> str:
    return (
        # The title is the issue's current one, which a person may have edited: escaped, so a
        # mention typed into it notifies nobody from our comment.
        f"Superseded by #{newest.number} ({escape(newest.title)}): {newest.url}\n\n"
        "roadmap-lint closed this review because a newer one is open. "
        "Carry anything still unchecked over to the new issue."
    )


def _needing_retrospective(roadmap: Roadmap) -> list[Project]:
    """Finished projects whose retrospective is not yet recorded under ``reviews:``."""
    recorded = {r.project for r in roadmap.reviews if r.kind == "project" and r.project}
    return [p for p in roadmap.projects if p.status == "done" and p.id not in recorded]
