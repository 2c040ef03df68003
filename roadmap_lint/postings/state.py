"""Where a skill the postings ask for stands on the learner's roadmap.

Three states, from the article's marks:

- ``comfortable_with_evidence``: a roadmap skill that satisfies it is marked comfortable and
  names a project that shows it; ready to talk about.
- ``on_roadmap_weak``: the roadmap holds it, but only as fragile or theoretical, or as
  comfortable with no project behind it (a claim an interviewer can probe and nothing proves).
- ``missing``: no roadmap skill satisfies it.

"Satisfies" is the vocabulary's: the skill's name, any of its spellings, or one of its
``satisfied_by`` names, compared after ``normalise`` ("Postgres" satisfies PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol

RoadmapState = Literal["comfortable_with_evidence", "on_roadmap_weak", "missing"]


class Satisfiable(Protocol):
    """A ``SkillDemand`` or a vocabulary ``Term``: anything that knows its satisfying names."""

    def is_satisfied_by(self, skill_name: str) -> bool: ...


def roadmap_state(demand: Satisfiable, skills: Iterable[tuple[str, str, bool]]) -> RoadmapState:
    """The state of ``demand`` given the roadmap's ``(name, status, has_evidence)`` skills.

    ``status`` is the roadmap's mark: comfortable, fragile or theoretical. The best roadmap
    skill that satisfies ``demand`` decides.
    """
    held = [(status, proven) for name, status, proven in skills if demand.is_satisfied_by(name)]
    if any(status == "comfortable" and proven for status, proven in held):
        return "comfortable_with_evidence"
    return "on_roadmap_weak" if held else "missing"
