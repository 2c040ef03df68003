"""Which areas and skills are backed by projects: shared by the balance and evidence rules."""

from __future__ import annotations

from collections.abc import Mapping

from roadmap_lint.model import Roadmap
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


def covered_areas(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> set[str]:
    """Areas with at least one started project behind them, declared or detected.

    A planned project proves nothing yet, so it covers no area.
    """
    started = [project for project in roadmap.projects if project.status != "planned"]
    known_projects = {project.id for project in started}
    covered = {area for project in started for area in project.areas}
    for skill in roadmap.skills():
        if any(project_id in known_projects for project_id in skill.projects):
            covered.add(skill.area)
    for scan in (scans or {}).values():
        covered.update(
            SIGNAL_AREAS[name] for name in scan.signals if scan.shows(name) and name in SIGNAL_AREAS
        )
    return covered


def any_project_shows(scans: Mapping[str, ScanResult] | None, *signals: str) -> bool:
    """True when a scanned project shows at least one of ``signals``."""
    return any(scan.shows(signal) for scan in (scans or {}).values() for signal in signals)
