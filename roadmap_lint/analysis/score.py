"""One number for the whole roadmap (0–100): the Action's ``score`` output and the badge.

The score starts from the mean strength of the five columns (see ``balance``: skills that are
comfortable or fragile, skills and areas backed by projects) and loses 10 points per error and
3 per warning, never going below 0. Infos cost nothing: they are suggestions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from roadmap_lint.analysis.balance import area_scores
from roadmap_lint.core.findings import Finding, summarize
from roadmap_lint.model import AREAS, Roadmap
from roadmap_lint.scanning.result import ScanResult

PENALTIES = {"error": 10, "warning": 3, "info": 0}
#: shields.io colours, from the lowest score that earns each.
_COLOURS = ((80, "brightgreen"), (60, "green"), (40, "yellow"), (20, "orange"), (0, "red"))


def roadmap_score(
    roadmap: Roadmap, scans: Mapping[str, ScanResult] | None, findings: list[Finding]
) -> int:
    columns = [area.strength for area in area_scores(roadmap, scans) if area.area in AREAS]
    base = sum(columns) / len(columns)
    penalty = sum(PENALTIES[level] * count for level, count in summarize(findings).items())
    return max(0, min(100, round(base - penalty)))


def badge(score: int) -> dict[str, Any]:
    """A shields.io endpoint document (https://shields.io/badges/endpoint-badge)."""
    colour = next(name for floor, name in _COLOURS if score >= floor)
    return {"schemaVersion": 1, "label": "roadmap", "message": f"{score}/100", "color": colour}
