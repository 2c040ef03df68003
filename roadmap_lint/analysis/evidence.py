"""Which areas and skills are backed by projects, and which project shows which signal.

Shared by the balance, the evidence rules, the reports and the review issue.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from roadmap_lint.core.vocabulary import SIGNALS, status_label
from roadmap_lint.model import Project, Roadmap
from roadmap_lint.scanning.result import ScanResult

#: The area each detected signal is evidence for (readme and license prove no area).
SIGNAL_AREAS: dict[str, str] = {
    "tests": "testing_security",
    "auth": "testing_security",
    "openapi": "api_design",
    "queue": "api_design",
    "sql_migrations": "databases",
    "database": "databases",
    "cache": "databases",
    "ci": "deployment_devops",
    "dockerfile": "deployment_devops",
    "compose": "deployment_devops",
    "deploy": "deployment_devops",
    "env_example": "deployment_devops",
    "observability": "deployment_devops",
}


def started_projects(roadmap: Roadmap) -> list[Project]:
    """Projects under way or done: a planned project proves nothing yet."""
    return [project for project in roadmap.projects if project.status != "planned"]


def backed_skills(roadmap: Roadmap) -> set[str]:
    """Pointers of the skills backed by a project: the one definition of "backed".

    A skill is backed when it names a project the roadmap lists and has started. Whether the
    project's repository could be read is another question (RL303): evidence that could not be
    read this time does not make the learner's practice disappear.
    """
    started = {project.id for project in started_projects(roadmap)}
    return {
        skill.pointer for skill in roadmap.skills() if any(p in started for p in skill.projects)
    }


def covered_areas(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> set[str]:
    """Areas with at least one started project behind them, declared or detected."""
    started = started_projects(roadmap)
    covered = {area for project in started for area in project.areas}
    backed = backed_skills(roadmap)
    covered.update(skill.area for skill in roadmap.skills() if skill.pointer in backed)
    for scan in (scans or {}).values():
        covered.update(
            SIGNAL_AREAS[name] for name in scan.signals if scan.shows(name) and name in SIGNAL_AREAS
        )
    return covered


def any_project_shows(scans: Mapping[str, ScanResult] | None, *signals: str) -> bool:
    """True when a scanned project shows at least one of ``signals``."""
    return any(scan.shows(signal) for scan in (scans or {}).values() for signal in signals)


#: A cell of the signal table: the strength a signal is shown with, not found, or not read.
MARKS = {"exercised": "✓✓", "present": "✓", "declared": "~", "absent": "✗", "unread": "?"}
#: What each mark means, in the order a legend lists them.
LEGEND = (
    ("exercised", "exercised by CI"),
    ("present", "in the tree"),
    ("declared", "declared only (a dependency)"),
    ("absent", "not found"),
    ("unread", "not read"),
)


def mark(scan: ScanResult | None, signal: str) -> str:
    """The cell for ``signal`` in a project whose scan is ``scan`` (None: not read)."""
    if scan is None:
        return MARKS["unread"]
    return MARKS[scan.strength(signal) or "absent"]


def legend() -> str:
    return " · ".join(f"{MARKS[key]} {text}" for key, text in LEGEND)


def signal_table(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> dict[str, Any]:
    """Columns: every signal some project claims or shows; a cell is a `MARKS` value."""
    shown = {name for scan in (scans or {}).values() for name in scan.signals if scan.shows(name)}
    claimed = {signal for project in roadmap.projects for signal in project.expects}
    columns = [signal for signal in SIGNALS if signal in shown | claimed]
    rows = []
    for project in roadmap.projects:
        scan = (scans or {}).get(project.id)
        readable = scan if scan is not None and scan.error is None else None
        rows.append(
            {
                "id": project.id,
                "title": project.title,
                "status": status_label(project.status),
                "cells": [mark(readable, signal) for signal in columns],
                "error": scan.error if scan is not None and scan.error else "",
            }
        )
    return {
        "signal_columns": columns,
        "projects": rows,
        "scanned": scans is not None,
        "legend": legend(),
    }
