"""Per-area counts: the ``areas`` object of the JSON report."""

from __future__ import annotations

from typing import Any

from roadmap_lint.analysis.evidence import backed_skills
from roadmap_lint.core.vocabulary import STATUSES
from roadmap_lint.model import Roadmap


def area_summary(roadmap: Roadmap) -> dict[str, Any]:
    """``{area: {skills, comfortable, fragile, theoretical, with_evidence}}``.

    A skill has evidence when a project backs it (``evidence.backed_skills``).
    """
    backed = backed_skills(roadmap)
    summary: dict[str, Any] = {}
    for name, area in roadmap.areas.items():
        counts = {"skills": len(area.skills), **{status: 0 for status in STATUSES}}
        for skill in area.skills:
            if skill.status in STATUSES:
                counts[skill.status] += 1
        counts["with_evidence"] = sum(1 for skill in area.skills if skill.pointer in backed)
        summary[name] = counts
    return summary
