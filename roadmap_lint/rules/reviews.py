"""Review dates by kind, shared by the review-cadence rules (RL101, RL102, RL103, RL106).

What counts as a review: an entry in the file's ``reviews:`` list, with the date written in it.
When the history stage ran, entries that earlier versions listed and a later edit pruned count
too (the review still happened), as long as they are older than every review the file lists
now: learners prune old reviews, while a recent entry that vanished was corrected or withdrawn,
and its old date must not hide an overdue review. A commit on its own is never a review:
editing the roadmap is not the same as stepping back and answering the cadence's questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from roadmap_lint.rules.base import Option, Problem, RuleContext

#: The cadences' windows, shared by the rules that read them (and by the history stage,
#: whose trend looks back one quarter).
QUARTERLY_DAYS = Option(
    "quarterly_days", 92, "Days a quarterly (or annual) review stays current; also one quarter."
)
MONTHLY_DAYS = Option("monthly_days", 35, "Days a review of any kind stays current.")
ANNUAL_DAYS = Option("annual_days", 366, "Days an annual review stays current; also one year.")


@dataclass(frozen=True)
class HeldReview:
    date: dt.date
    kind: str
    project: str | None
    pointer: str  # where the file lists it; "/reviews" when only history remembers it


def reviews_held(ctx: RuleContext) -> list[HeldReview]:
    """Every review on or before today, from the file and (when read) its history."""
    held = [HeldReview(r.date, r.kind, r.project, r.pointer) for r in ctx.roadmap.reviews]
    listed = {(r.date, r.kind, r.project) for r in held}
    pruned_before = min((r.date for r in held), default=dt.date.max)
    history = ctx.available_history()
    if history is not None:
        held += [
            HeldReview(mark.date, mark.kind, mark.project, "/reviews")
            for mark in history.timeline.reviews
            if (mark.date, mark.kind, mark.project) not in listed and mark.date < pruned_before
        ]
    return [review for review in held if review.date <= ctx.today]


def latest_held(ctx: RuleContext, kinds: tuple[str, ...] = ()) -> HeldReview | None:
    chosen = [r for r in reviews_held(ctx) if not kinds or r.kind in kinds]
    return max(chosen, key=lambda r: (r.date, r.pointer != "/reviews"), default=None)


def overdue(
    ctx: RuleContext, kinds: tuple[str, ...], option: Option, hint: str
) -> Iterator[Problem]:
    """One problem when no review of ``kinds`` (any kind when empty) lies within ``option`` days.

    With no review at all, the clock starts when the roadmap first appeared in git history;
    without history there is no clock to read, and nothing is reported.
    """
    limit = ctx.thresholds[option.name]
    label = " or ".join(kinds) + " review" if kinds else "review of any kind"
    latest = latest_held(ctx, kinds)
    history = ctx.history
    if latest is not None:
        since, what, pointer = latest.date, f"the latest {label} was on", latest.pointer
    elif history is not None and history.available and history.start is not None:
        where = (
            "since the roadmap appeared on"
            if history.complete
            else ("in the history read, which starts on")
        )
        since, what, pointer = history.start, f"no {label} {where}", ""
    else:
        return
    days = (ctx.today - since).days
    if days > limit:
        message = f"{what} {since.isoformat()}, {days} days ago ({option.name} is {limit})"
        yield Problem(message, pointer or "/reviews", hint)
