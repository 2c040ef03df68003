"""The flags a mentor acts on, one table: what each is called, what it says, when it is raised.

A flag is raised by a rule of the learner's check (its findings are in ``Facts.rules``), or,
for a quiet learner, by a date judged on the cohort's day: a published report made a week ago
still says when the learner last committed, and that commit keeps ageing after the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from roadmap_lint.cohort.facts import Facts

#: Days without a commit to any project before a learner is flagged quiet.
QUIET_DAYS = 30

Test = Callable[[Facts, dt.date, int], bool]


@dataclass(frozen=True)
class Flag:
    name: str
    label: str
    raised: Test


def _any_rule(*names: str) -> Test:
    return lambda facts, today, quiet_days: any(name in facts.rules for name in names)


def _quiet(facts: Facts, today: dt.date, quiet_days: int) -> bool:
    last = facts.last_commit_date()
    return last is not None and (today - last).days > quiet_days


FLAGS: tuple[Flag, ...] = (
    Flag("quiet", "no commit in {days} days", _quiet),
    Flag(
        "review-overdue",
        "review overdue",
        _any_rule("quarterly-review-overdue", "monthly-checkin-overdue", "annual-reset-overdue"),
    ),
    Flag("outgrowing", "roadmap outgrowing the learner", _any_rule("roadmap-outgrows-learner")),
    Flag(
        "unbacked-claims",
        "claims without evidence",
        _any_rule("claim-not-found", "comfortable-without-evidence"),
    ),
    Flag("not-own-work", "a project not their own work", _any_rule("not-own-work")),
)
BY_NAME: dict[str, Flag] = {flag.name: flag for flag in FLAGS}


def flags_of(facts: Facts, today: dt.date, quiet_days: int = QUIET_DAYS) -> tuple[str, ...]:
    """The names of the flags ``facts`` raise on ``today``, in ``FLAGS`` order."""
    return tuple(flag.name for flag in FLAGS if flag.raised(facts, today, quiet_days))


def label(name: str, quiet_days: int = QUIET_DAYS) -> str:
    return BY_NAME[name].label.format(days=quiet_days)
