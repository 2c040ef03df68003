"""What one version of the roadmap says, reduced to the facts the history rules compare.

Views come from ``model.build_roadmap``, so a version is read exactly as the current file is.
Unchanged parts of consecutive versions are the very same objects (``ChunkedParser`` caches
them), so the facts of each part are computed once and looked up by identity after that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from roadmap_lint.model import build_roadmap


@dataclass(frozen=True)
class SkillState:
    area: str
    name: str
    status: str
    bucket: str
    applied: bool  # lists at least one project


@dataclass(frozen=True)
class ReviewMark:
    date: dt.date
    kind: str
    project: str | None


@dataclass(frozen=True)
class Snapshot:
    #: casefolded skill name → state; names are unique per roadmap (RL005 reports repeats).
    skills: dict[str, SkillState]
    #: project id → (status, completed date)
    projects: dict[str, tuple[str, dt.date | None]]
    reviews: frozenset[ReviewMark]
    #: (review date, casefolded topic) for each topic a review says was dropped
    dropped: frozenset[tuple[dt.date, str]]


class Snapshotter:
    """Turns parsed versions into snapshots, remembering the facts of each part it has seen."""

    def __init__(self) -> None:
        # id → (the object itself, so the id stays taken, and its facts)
        self._memo: dict[tuple[str, int], tuple[Any, Any]] = {}

    def snapshot(self, data: Any) -> Snapshot | None:
        """None when the version has no usable shape (it is then skipped)."""
        if not isinstance(data, dict):
            return None
        areas = data.get("areas")
        skills: dict[str, SkillState] = {}
        for name, body in areas.items() if isinstance(areas, dict) else ():
            skills.update(self._facts("area:" + str(name), body, self._area_facts(str(name))))
        reviews, dropped = self._facts("reviews", data.get("reviews"), _review_facts)
        return Snapshot(
            skills=skills,
            projects=self._facts("projects", data.get("projects"), _project_facts),
            reviews=reviews,
            dropped=dropped,
        )

    def _area_facts(self, area: str) -> Callable[[Any], dict[str, SkillState]]:
        """Facts of an area's skills, each skill item read once (an edit touches one item)."""

        def skill_facts(item: Any) -> SkillState | None:
            found = list(build_roadmap({"areas": {area: {"skills": [item]}}}).skills())
            if not found:
                return None
            skill = found[0]
            applied = bool(skill.projects)
            return SkillState(skill.area, skill.name, skill.status, skill.bucket, applied)

        def compute(body: Any) -> dict[str, SkillState]:
            items = body.get("skills") if isinstance(body, dict) else None
            states = (self._facts("skill:" + area, item, skill_facts) for item in items or ())
            return {state.name.casefold(): state for state in states if state is not None}

        return compute

    def _facts(self, part: str, value: Any, compute: Any) -> Any:
        key = (part, id(value))
        known = self._memo.get(key)
        if known is None or known[0] is not value:
            known = (value, compute(value))
            self._memo[key] = known
        return known[1]


def _project_facts(projects: Any) -> dict[str, tuple[str, dt.date | None]]:
    roadmap = build_roadmap({"projects": projects})
    return {project.id: (project.status, project.completed) for project in roadmap.projects}


def _review_facts(reviews: Any) -> tuple[frozenset[ReviewMark], frozenset[tuple[dt.date, str]]]:
    roadmap = build_roadmap({"reviews": reviews})
    marks = frozenset(ReviewMark(r.date, r.kind, r.project) for r in roadmap.reviews)
    dropped = frozenset((r.date, topic.casefold()) for r in roadmap.reviews for topic in r.removed)
    return marks, dropped
