"""The roadmap's history as tracks: each skill's and each project's states over time.

A track records a state only when it changes, with the date of the commit that changed it;
``None`` means absent from the file. The first version read is the starting point: what it
holds was not "added" then, only already there (so creating a roadmap is not growth).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from roadmap_lint.core.vocabulary import STATUSES
from roadmap_lint.history.snapshot import ReviewMark, SkillState, Snapshot

#: comfortable > fragile > theoretical; moving up this ladder is a promotion.
_RANK = {status: len(STATUSES) - index for index, status in enumerate(STATUSES)}


@dataclass
class Track:
    """Dated states of one skill (``SkillState``) or one project (its status)."""

    states: list[tuple[dt.date, object]] = field(default_factory=list)

    def record(self, date: dt.date, state: object) -> None:
        if not self.states or self.states[-1][1] != state:
            self.states.append((date, state))

    @property
    def current(self) -> object:
        return self.states[-1][1] if self.states else None

    def since(self, same: Callable[[object], bool]) -> dt.date | None:
        """Date from which the state has satisfied ``same(state)`` without a break."""
        start = None
        for date, state in reversed(self.states):
            if not same(state):
                break
            start = date
        return start


@dataclass
class Growth:
    added: set[str] = field(default_factory=set)
    promoted: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


@dataclass
class Timeline:
    start: dt.date | None = None
    skills: dict[str, Track] = field(default_factory=dict)
    projects: dict[str, Track] = field(default_factory=dict)
    reviews: set[ReviewMark] = field(default_factory=set)
    dropped: set[tuple[dt.date, str]] = field(default_factory=set)
    #: (date, kind, casefolded skill name) for every added/promoted/removed change
    changes: list[tuple[dt.date, str, str]] = field(default_factory=list)
    versions: int = 0

    def add(self, date: dt.date, snapshot: Snapshot, previous: Snapshot | None) -> None:
        """Fold in the next version (oldest first)."""
        if self.start is None:
            self.start = date
        self.versions += 1
        if previous is None or previous.skills is not snapshot.skills:
            self._skills(date, snapshot.skills, previous.skills if previous else None)
        for project, (status, _) in snapshot.projects.items():
            self.projects.setdefault(project, Track()).record(date, status)
        for project in set(previous.projects if previous else ()) - set(snapshot.projects):
            self.projects[project].record(date, None)
        self.reviews |= snapshot.reviews
        self.dropped |= snapshot.dropped

    def _skills(
        self, date: dt.date, now: dict[str, SkillState], before: dict[str, SkillState] | None
    ) -> None:
        for key, state in now.items():
            old = before.get(key) if before is not None else None
            if old is state:
                continue
            self.skills.setdefault(key, Track()).record(date, state)
            if before is not None:
                self._change(date, key, old, state)
        for key in set(before or ()) - set(now):
            self.skills[key].record(date, None)
            self.changes.append((date, "removed", key))

    def _change(self, date: dt.date, key: str, old: SkillState | None, new: SkillState) -> None:
        if old is None:
            self.changes.append((date, "added", key))
        elif _RANK.get(new.status, 0) > _RANK.get(old.status, 0):
            self.changes.append((date, "promoted", key))

    def growth(self, after: dt.date, until: dt.date) -> Growth:
        """Skills added, promoted and removed in ``(after, until]``; topics a review dropped
        count as removed too."""
        growth = Growth()
        buckets = {"added": growth.added, "promoted": growth.promoted, "removed": growth.removed}
        for date, kind, key in self.changes:
            if after < date <= until:
                buckets[kind].add(key)
        growth.removed |= {topic for date, topic in self.dropped if after < date <= until}
        return growth

    def last_removal(self, until: dt.date) -> dt.date | None:
        dates: Iterable[dt.date] = [d for d, kind, _ in self.changes if kind == "removed"]
        dates = [d for d in [*dates, *(d for d, _ in self.dropped)] if d <= until]
        return max(dates, default=None)

    def became_done(self, project: str) -> dt.date | None:
        track = self.projects.get(project)
        return track.since(lambda status: status == "done") if track else None
