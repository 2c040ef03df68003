"""What changed in the roadmap since the last review, and how each area moved over a year.

Both read the history stage's timeline: skills added, promoted (theoretical → fragile →
comfortable) or removed, projects that became done, and reviews held. Without history there
is nothing to compare, and both answer None rather than guess from the file alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from roadmap_lint.core.vocabulary import AREAS
from roadmap_lint.history.record import History
from roadmap_lint.history.snapshot import SkillState
from roadmap_lint.history.timeline import Track
from roadmap_lint.model import Roadmap

YEAR = dt.timedelta(days=365)


@dataclass(frozen=True)
class Changes:
    """Changes in ``(since, today]``; ``since`` is the last review of the kinds asked for, or
    the start of the history read when there is none."""

    since: dt.date
    since_review: bool
    added: tuple[str, ...]
    promoted: tuple[str, ...]
    removed: tuple[str, ...]
    finished: tuple[str, ...]
    reviews: tuple[tuple[dt.date, str], ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.promoted or self.removed or self.finished or self.reviews)


@dataclass(frozen=True)
class AreaTrend:
    """One area a year ago (or when the history starts) and today: skills, and comfortable."""

    area: str
    then: dt.date
    skills_then: int
    comfortable_then: int
    skills_now: int
    comfortable_now: int


def changes_since_last_review(
    roadmap: Roadmap, history: History | None, today: dt.date, kinds: tuple[str, ...] = ()
) -> Changes | None:
    """Changes since the last review of ``kinds`` (any kind when empty): a quarterly review
    looks back to the last quarterly one, and lists the check-ins held on the way."""
    if history is None or not history.available or history.start is None:
        return None
    marks = [mark for mark in history.timeline.reviews if mark.date <= today]
    latest = max((m.date for m in marks if not kinds or m.kind in kinds), default=None)
    since = latest or history.start
    growth = history.timeline.growth(since, today)
    return Changes(
        since=since,
        since_review=latest is not None,
        added=_names(history, growth.added),
        promoted=_names(history, growth.promoted),
        removed=_names(history, growth.removed),
        finished=_finished(roadmap, history, since, today),
        reviews=tuple(sorted((m.date, m.kind) for m in marks if since < m.date)),
    )


def yearly_trend(history: History | None, today: dt.date) -> list[AreaTrend] | None:
    """Each of the five columns a year ago and today (from the history's start when it is
    younger than a year)."""
    if history is None or not history.available or history.start is None:
        return None
    then = max(today - YEAR, history.start)
    before = _states_at(history, then)
    now = _states_at(history, today)
    return [
        AreaTrend(
            area=area,
            then=then,
            skills_then=sum(1 for state in before if state.area == area),
            comfortable_then=sum(1 for s in before if s.area == area and s.status == "comfortable"),
            skills_now=sum(1 for state in now if state.area == area),
            comfortable_now=sum(1 for s in now if s.area == area and s.status == "comfortable"),
        )
        for area in AREAS
    ]


def _states_at(history: History, day: dt.date) -> list[SkillState]:
    """Every skill as the roadmap held it on ``day``."""
    found = []
    for track in history.timeline.skills.values():
        held = [state for date, state in track.states if date <= day]
        if held and isinstance(held[-1], SkillState):
            found.append(held[-1])
    return found


def _finished(
    roadmap: Roadmap, history: History, since: dt.date, today: dt.date
) -> tuple[str, ...]:
    """Projects done in ``(since, today]``: by their ``completed:`` date, else by the commit
    that set them done (one done from the first version read was already done then)."""
    done = []
    for project in roadmap.projects:
        track = history.timeline.projects.get(project.id)
        when = project.completed or (_became(track, "done") if track else None)
        dated = project.completed is not None or when != history.start
        if project.status == "done" and when is not None and since < when <= today and dated:
            done.append(project.id)
    return tuple(done)


def _became(track: Track, status: str) -> dt.date | None:
    return track.since(lambda state: state == status)


def _names(history: History, keys: set[str]) -> tuple[str, ...]:
    """Skill names as last written (the timeline keys them case-folded)."""
    shown = []
    for key in keys:
        track = history.timeline.skills.get(key)
        written = [s.name for _, s in (track.states if track else []) if isinstance(s, SkillState)]
        shown.append(written[-1] if written else key)
    return tuple(sorted(shown, key=str.casefold))
