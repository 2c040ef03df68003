"""How strong each area of the roadmap is, which one is weakest, and a chart of the balance.

Shared by the review issue, the one-page ``render`` and the Action's job summary, so every
place names the same weakest area.

The strength score (0–100) of an area:

* each skill earns 2 points when ``comfortable``, 1 when ``fragile``, 0 when ``theoretical``,
  and 1 more when a project backs it (``evidence.backed_skills``: practice, not only study);
* the area earns 2 more points when a started project covers it, declared in the project's
  ``areas`` or detected by a scan (see ``evidence.covered_areas``);
* strength = points / (3 × active skills + 2) × 100, rounded down, at most 100. An area
  with no skills scores 0.

Active skills are those not parked in ``optional_later``. Parking a topic is what the roadmap
asks a learner to do with what is not needed yet, so a parked skill never weakens its area:
its points count, its weight does not. Example: two comfortable, backed skills in a covered
area score (3 + 3 + 2) / (3 × 2 + 2) = 100; adding two theoretical skills parked in
``optional_later`` leaves it at 100, where in ``useful_next`` they would bring it to 57.

The weakest area is the one with the lowest strength; a tie goes to the area that comes first
in the progression (core language, API design, databases, testing and security, deployment),
because the earlier columns carry the later ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roadmap_lint.analysis.evidence import backed_skills, covered_areas
from roadmap_lint.core.vocabulary import AREA_SHORT_TITLES, AREA_TITLES, AREAS
from roadmap_lint.model import Roadmap
from roadmap_lint.scanning.result import ScanResult

#: Points a skill earns for its status.
STATUS_POINTS: dict[str, int] = {"comfortable": 2, "fragile": 1, "theoretical": 0}
EVIDENCE_POINT = 1
COVERAGE_POINTS = 2
#: The bucket for topics put aside on purpose.
PARKED = "optional_later"


@dataclass(frozen=True)
class AreaScore:
    area: str
    title: str
    skills: int
    points: int
    possible: int
    covered: bool

    @property
    def strength(self) -> int:
        return min(100, self.points * 100 // self.possible) if self.skills else 0


def area_title(area: str) -> str:
    return AREA_TITLES.get(area) or area.replace("_", " ").capitalize()


def area_scores(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None = None) -> list[AreaScore]:
    """One score per area: the five columns in order (present or not), then any extra areas."""
    covered = covered_areas(roadmap, scans)
    backed = backed_skills(roadmap)
    names = [*AREAS, *(name for name in roadmap.areas if name not in AREAS)]
    scores = []
    for name in names:
        area = roadmap.areas.get(name)
        skills = area.skills if area else ()
        points = sum(
            STATUS_POINTS.get(skill.status, 0) + (EVIDENCE_POINT if skill.pointer in backed else 0)
            for skill in skills
        )
        is_covered = name in covered
        points += COVERAGE_POINTS if is_covered else 0
        active = [skill for skill in skills if skill.bucket != PARKED]
        possible = 3 * len(active) + COVERAGE_POINTS
        scores.append(AreaScore(name, area_title(name), len(skills), points, possible, is_covered))
    return scores


def weakest_area(scores: Sequence[AreaScore]) -> AreaScore:
    """The lowest strength; ``min`` keeps the first of equals, which is the earlier column."""
    return min(scores, key=lambda score: score.strength)


_UNSAFE = re.compile(r"[^A-Za-z0-9 _.-]")


def _chart_label(score: AreaScore) -> str:
    """A label short enough that five fit side by side in a chart 800 pixels wide."""
    return AREA_SHORT_TITLES.get(score.area, score.title)


def mermaid_chart(scores: Sequence[AreaScore], title: str = "Area strength (0-100)") -> str:
    """A Mermaid bar chart of the strengths (the lines inside a ```mermaid fence).

    Area names come from the roadmap, so anything but letters, digits, spaces, dots, dashes
    and underscores is dropped: no quote or bracket can break out of the chart's syntax.
    """
    labels = ", ".join(f'"{_UNSAFE.sub("", _chart_label(score))[:18]}"' for score in scores)
    values = ", ".join(str(score.strength) for score in scores)
    return "\n".join(
        (
            "xychart-beta",
            f'    title "{_UNSAFE.sub("", title)}"',
            f"    x-axis [{labels}]",
            '    y-axis "strength" 0 --> 100',
            f"    bar [{values}]",
        )
    )
