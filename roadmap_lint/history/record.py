"""``History``: what rules and reporters get from the history stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.core.dates import days_before
from roadmap_lint.core.names import quarter
from roadmap_lint.history.snapshot import SkillState
from roadmap_lint.history.timeline import Growth, Timeline, Track


@dataclass
class History:
    """The roadmap's timeline, or the reason it could not be read (``problem``, ``hint``)."""

    today: dt.date
    #: the "last quarter" the trend line and RL208 look at, in days
    window_days: int = 92
    timeline: Timeline = field(default_factory=Timeline)
    problem: str | None = None
    hint: str = ""
    #: the file's first commit lies inside the window, so every "added" date is exact
    complete: bool = False
    #: versions skipped: too large, not YAML, over the loader's caps or the history's work
    #: budget, or dated where Python's calendar does not reach
    skipped: int = 0
    #: the working copy differs from the last commit; its state is dated today
    uncommitted: bool = False

    @property
    def available(self) -> bool:
        return self.problem is None

    @property
    def start(self) -> dt.date | None:
        return self.timeline.start

    def skill(self, name: str) -> Track | None:
        return self.timeline.skills.get(name.casefold())

    def recent_growth(self, days: int | None = None) -> Growth:
        days = self.window_days if days is None else days
        return self.timeline.growth(days_before(self.today, days), self.today)

    def trend_line(self) -> str:
        growth = self.recent_growth()
        since = days_before(self.today, self.window_days)
        line = (
            f"Trend since {since.isoformat()} (roadmap history): {len(growth.added)} added,"
            f" {len(growth.promoted)} promoted, {len(growth.removed)} removed."
        )
        if self.skipped:
            line += f" {self.skipped} of the roadmap's versions could not be read and were skipped."
        return line

    def to_json(self) -> dict[str, Any]:
        if not self.available:
            return {"available": False, "problem": self.problem, "hint": self.hint}
        return {
            "available": True,
            "from": _iso(self.start),
            "complete": self.complete,
            "versions": self.timeline.versions,
            "skipped": self.skipped,
            "uncommitted": self.uncommitted,
            "skills": [
                _skill_json(track)
                for _, track in sorted(self.timeline.skills.items(), key=lambda item: item[0])
            ],
            "quarters": self._quarters(),
        }

    def _quarters(self) -> dict[str, dict[str, int]]:
        names: dict[str, dict[str, set[str]]] = {}
        events = [*self.timeline.changes, *((d, "removed", t) for d, t in self.timeline.dropped)]
        for date, kind, key in events:
            if date <= self.today:
                counts = names.setdefault(quarter(date), {k: set() for k in _KINDS})
                counts[kind].add(key)
        return {q: {k: len(v) for k, v in kinds.items()} for q, kinds in sorted(names.items())}


_KINDS = ("added", "promoted", "removed")


def _skill_json(track: Track) -> dict[str, Any]:
    present = [state for _, state in track.states if isinstance(state, SkillState)]
    path: list[str] = []
    for state in present:
        if not path or path[-1] != state.status:
            path.append(state.status)
    last = present[-1]
    return {
        "name": last.name,
        "area": last.area,
        "added": track.states[0][0].isoformat(),
        "last_change": track.states[-1][0].isoformat(),
        "status_path": path,
        "removed": track.states[-1][0].isoformat() if track.current is None else None,
    }


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
