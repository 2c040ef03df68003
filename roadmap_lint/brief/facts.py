"""The brief as plain data: what the page shows, and what ``--format json`` prints.

Every link points at something a reader can open: a file on GitHub at the commit that was
scanned, when the project's repository is on GitHub; otherwise the path inside the project,
as text. Nothing here names a folder of the learner's machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from roadmap_lint.analysis.balance import area_title
from roadmap_lint.analysis.changes import changes_since_last_review
from roadmap_lint.analysis.demand import demand_json
from roadmap_lint.analysis.links import github_links
from roadmap_lint.analysis.rehearse import expected_questions, shaky_essentials
from roadmap_lint.check import CheckResult
from roadmap_lint.core.vocabulary import AREAS, status_label
from roadmap_lint.model import Project, Roadmap
from roadmap_lint.scanning.result import ScanResult

#: The version of the JSON document (``schemas/brief.schema.json``).
VERSION = 1
#: Gaps listed on the page; the rest are counted.
SHOWN_GAPS = 8


def brief_facts(result: CheckResult) -> dict[str, Any]:
    roadmap, scans = result.model, result.scans or {}
    base = result.document.path.parent
    return {
        "version": VERSION,
        "roadmap": result.roadmap,
        "today": result.today.isoformat(),
        "learner": _learner(roadmap),
        "columns": [_column(roadmap, area) for area in AREAS],
        "projects": [
            _project(project, scans.get(project.id), base)
            for project in roadmap.projects
            if project.status != "planned"
        ],
        "rehearse": _rehearse(result, base),
        "gaps": _gaps(result),
        "since": _since(result),
        "postings": demand_json(result.postings, roadmap) if result.postings else None,
    }


def _learner(roadmap: Roadmap) -> dict[str, Any]:
    return {
        "name": roadmap.name,
        "target_role": roadmap.target_role,
        "level": roadmap.level,
        "stage": roadmap.stage,
        "languages": list(roadmap.languages),
    }


def _column(roadmap: Roadmap, area_name: str) -> dict[str, Any]:
    area = roadmap.areas.get(area_name)
    skills = area.skills if area else ()
    built = [p.title for p in roadmap.projects if area_name in p.areas and p.status != "planned"]
    return {
        "area": area_name,
        "title": area_title(area_name),
        "known": [skill.name for skill in skills if skill.status == "comfortable"],
        "learning": [skill.name for skill in skills if skill.status != "comfortable"],
        "built": built,
        "next": area.next if area else "",
    }


def _project(project: Project, scan: ScanResult | None, base: Path) -> dict[str, Any]:
    readable = scan is not None and scan.error is None
    return {
        "id": project.id,
        "title": project.title,
        "status": status_label(project.status),
        "summary": project.summary,
        "url": project.url,
        "talking_points": list(project.talking_points),
        "proves": [
            {
                "signal": name,
                "strength": signal.strength or "present",
                "evidence": signal.evidence[0],
                "link": evidence_link(project, scan, signal.evidence[0], base),
            }
            for name, signal in (scan.signals.items() if readable and scan else ())
            if signal.present and signal.evidence
        ],
        "unread": scan.error if scan is not None and scan.error else "",
    }


def evidence_link(
    project: Project, scan: ScanResult | None, evidence: str, base: Path
) -> str | None:
    """The file on GitHub at the scanned commit, or None (then shown as a plain path)."""
    head = scan.head if scan is not None else None
    return github_links(project.repo, base, head).file(evidence)


def _rehearse(result: CheckResult, base: Path) -> dict[str, Any]:
    titles = {project.id: project for project in result.model.projects}
    scans = result.scans or {}
    return {
        "skills": [
            {
                "name": shaky.name,
                "area": area_title(shaky.area),
                "status": shaky.status,
                "files": [
                    {
                        "project": titles[project].title if project in titles else project,
                        "path": path,
                        "link": evidence_link(titles[project], scans.get(project), path, base)
                        if project in titles
                        else None,
                    }
                    for project, path in shaky.files
                ],
            }
            for shaky in shaky_essentials(result.model, result.scans)
        ],
        "questions": [
            {"topic": topic.title, "questions": list(topic.questions)}
            for topic in expected_questions(result.scans, result.model)
        ],
    }


def _gaps(result: CheckResult) -> dict[str, Any]:
    """Open errors and warnings, in plain words: what an interviewer may probe."""
    ranked = sorted(result.findings, key=lambda f: -f.severity.rank)
    serious = [f for f in ranked if f.severity.value in ("error", "warning")]
    return {
        "shown": [
            {"rule": f.rule, "severity": f.severity.value, "message": f.message}
            for f in serious[:SHOWN_GAPS]
        ],
        "more": max(0, len(serious) - SHOWN_GAPS),
    }


def _since(result: CheckResult) -> dict[str, Any] | None:
    changes = changes_since_last_review(result.model, result.history, result.today)
    if changes is None:
        return None
    return {
        "since": changes.since.isoformat(),
        "added": list(changes.added),
        "promoted": list(changes.promoted),
        "removed": list(changes.removed),
        "finished": list(changes.finished),
    }
