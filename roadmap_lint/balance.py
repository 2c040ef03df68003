"""How balanced the roadmap is across its areas: a score per area, the weakest one, a chart.

An area's score (0–100) is half practice, half proof:

- practice: the share of its skills you can use, a comfortable skill counting 1, a fragile one
  1/2 and a theoretical one 0;
- proof: the share of its skills backed by a started project whose repository could be read;
  an area where scanned repositories show one of its signals (say, migrations for databases)
  gets at least half of this part even when no skill names the project.

An area with no skills scores 0. The weakest area is the lowest score, the five columns
coming before any extra area on a tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from roadmap_lint.evidence import SIGNAL_AREAS
from roadmap_lint.model import AREA_TITLES, AREAS, Roadmap, Skill
from roadmap_lint.scanning.result import ScanResult

_PRACTICE = {"comfortable": 1.0, "fragile": 0.5, "theoretical": 0.0}
_UNSAFE_LABEL = re.compile(r"[^A-Za-z0-9 _.-]")


@dataclass(frozen=True)
class AreaScore:
    area: str
    title: str
    practice: float
    proof: float

    @property
    def score(self) -> int:
        return round(50 * (self.practice + self.proof))


def area_scores(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> list[AreaScore]:
    """One score per area: the five columns in their order, then any extra area."""
    backed = _backing_projects(roadmap, scans)
    shown = _areas_shown_by_scans(scans)
    names = [*AREAS, *(name for name in roadmap.areas if name not in AREAS)]
    scores = []
    for name in names:
        area = roadmap.areas.get(name)
        skills = area.skills if area else ()
        proof = _share(skills, lambda s: any(p in backed for p in s.projects))
        if name in shown:
            proof = max(proof, 0.5)
        practice = _share(skills, lambda s: _PRACTICE.get(s.status, 0.0))
        scores.append(AreaScore(name, _title(name), practice, proof if skills else 0.0))
    return scores


def weakest_area(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> AreaScore:
    """The area that most needs a project next (the first of the lowest scores)."""
    return min(area_scores(roadmap, scans), key=lambda area: area.score)


def balance_chart(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> str:
    """A Mermaid bar chart of the area scores, as a fenced block GitHub draws."""
    scores = area_scores(roadmap, scans)
    labels = ", ".join(f'"{area.title}"' for area in scores)
    values = ", ".join(str(area.score) for area in scores)
    return (
        "```mermaid\n"
        "xychart-beta\n"
        '    title "Balance: score per area (0-100)"\n'
        f"    x-axis [{labels}]\n"
        '    y-axis "score" 0 --> 100\n'
        f"    bar [{values}]\n"
        "```\n"
    )


def _backing_projects(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> set[str]:
    """Started projects whose repository was readable (every one of them without a scan)."""
    return {
        project.id
        for project in roadmap.projects
        if project.status != "planned"
        and (scans is None or (project.id in scans and scans[project.id].error is None))
    }


def _areas_shown_by_scans(scans: Mapping[str, ScanResult] | None) -> set[str]:
    return {
        SIGNAL_AREAS[name]
        for scan in (scans or {}).values()
        for name in scan.signals
        if name in SIGNAL_AREAS and scan.shows(name)
    }


def _share(skills: tuple[Skill, ...], weight: Callable[[Skill], float]) -> float:
    if not skills:
        return 0.0
    return sum(float(weight(skill)) for skill in skills) / len(skills)


def _title(name: str) -> str:
    """A display title; an extra area's own key is cleaned so it cannot break the chart."""
    return AREA_TITLES.get(name) or _UNSAFE_LABEL.sub("", name.replace("_", " "))[:40] or "area"
