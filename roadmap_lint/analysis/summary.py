"""Per-area counts shared by the JSON report, the job summary and the one-page render."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from roadmap_lint.model import STATUSES, Roadmap
from roadmap_lint.scanning.result import ScanResult


def area_summary(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> dict[str, Any]:
    """``{area: {skills, comfortable, fragile, theoretical, with_evidence}}``.

    A skill has evidence when it lists a project that exists and, once scanned, was readable.
    """
    readable = {
        project.id
        for project in roadmap.projects
        if scans is None or (project.id in scans and scans[project.id].error is None)
    }
    summary: dict[str, Any] = {}
    for name, area in roadmap.areas.items():
        counts = {"skills": len(area.skills), **{status: 0 for status in STATUSES}}
        for skill in area.skills:
            if skill.status in STATUSES:
                counts[skill.status] += 1
        counts["with_evidence"] = sum(
            1 for skill in area.skills if any(p in readable for p in skill.projects)
        )
        summary[name] = counts
    return summary
