"""The facts a review template is filled with, gathered from one ``check`` run.

Everything here is plain data (strings, numbers, lists, dicts); the template prints it through
the Markdown escaper, so no roadmap text can act as Markdown, HTML or a mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from roadmap_lint.analysis.balance import area_scores, area_title, mermaid_chart, weakest_area
from roadmap_lint.analysis.changes import changes_since_last_review, yearly_trend
from roadmap_lint.analysis.demand import demands
from roadmap_lint.analysis.evidence import signal_table
from roadmap_lint.analysis.ladder import LADDER, next_project
from roadmap_lint.analysis.rehearse import expected_questions, shaky_essentials
from roadmap_lint.check import CheckResult
from roadmap_lint.core.findings import summarize
from roadmap_lint.core.markdown import Trusted
from roadmap_lint.model import Project, Review, Roadmap
from roadmap_lint.review.cadence import Period
from roadmap_lint.scanning.result import ScanResult

#: The review each cadence looks back to: a quarterly issue covers the quarter since the last
#: quarterly (or annual) review, with the check-ins held on the way.
SINCE_KINDS: dict[str, tuple[str, ...]] = {
    "monthly": (),
    "quarterly": ("quarterly", "annual"),
    "annual": ("annual",),
    "project": (),
}
#: Skills the postings want that a job-seeker's quarterly issue lists.
SHOWN_WANTED = 8
#: The most findings listed in one issue; the rest are counted.
SHOWN_FINDINGS = 30
#: Optional-later skills untouched for this long are offered for removal.
REMOVAL_AFTER = dt.timedelta(days=365)


def review_context(
    result: CheckResult, period: Period, project: Project | None = None
) -> dict[str, Any]:
    roadmap = result.model
    latest = roadmap.latest_review(result.today)
    return {
        "title": period.title,
        "cadence": period.cadence,
        "period": period.key,
        "today": result.today.isoformat(),
        "marker": Trusted(period.marker),
        "learner": {"name": roadmap.name, "level": roadmap.level, "stage": roadmap.stage},
        "findings": _findings(result),
        "finding_counts": summarize(result.findings),
        "more_findings": max(0, len(result.findings) - SHOWN_FINDINGS),
        **signal_table(roadmap, result.scans),
        **_balance(roadmap, result.scans),
        "buckets": _buckets(roadmap),
        "removal": _removal(roadmap, result.history, result.today),
        "latest_review": _review(latest) if latest else None,
        "since": _since(roadmap, result, SINCE_KINDS[period.cadence]),
        "trend": _trend(result),
        "interview": _interview(result),
        "project": _project(project) if project else None,
    }


def _balance(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> dict[str, Any]:
    """The areas' strengths, the weakest one, the next project aimed at it, and the chart."""
    scores = area_scores(roadmap, scans)
    weakest = weakest_area(scores)
    suggestion = next_project(roadmap, weakest.area)
    areas = [
        {
            "title": score.title,
            "strength": score.strength,
            "skills": score.skills,
            "covered": score.covered,
            "next": roadmap.areas[score.area].next if score.area in roadmap.areas else "",
        }
        for score in scores
    ]
    return {
        "areas": areas,
        "weakest": {"title": weakest.title, "strength": weakest.strength},
        "next_project": {
            "step": suggestion.step,
            "title": suggestion.rung.title,
            "reason": suggestion.reason,
            "planned": suggestion.planned.title if suggestion.planned else "",
        },
        "ladder": [rung.title for rung in LADDER],
        "chart": Trusted(mermaid_chart(scores)),
    }


def _findings(result: CheckResult) -> list[dict[str, Any]]:
    rank = {"error": 0, "warning": 1, "info": 2}
    ordered = sorted(result.findings, key=lambda f: (rank[f.severity.value], f.sort_key))
    return [
        {
            "severity": finding.severity.value,
            "rule": finding.rule,
            "name": finding.name,
            "message": finding.message,
            "line": finding.line,
        }
        for finding in ordered[:SHOWN_FINDINGS]
    ]


def _buckets(roadmap: Roadmap) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {"essential_now": [], "useful_next": [], "optional_later": []}
    for skill in roadmap.skills():
        buckets.setdefault(skill.bucket, []).append(skill.name)
    return buckets


def _removal(roadmap: Roadmap, history: Any, today: dt.date) -> dict[str, Any]:
    """Optional-later skills whose last change in the roadmap's history is a year old or more.

    Reads the history stage's ``History``: ``available``, and ``skill(name)`` giving a track
    whose ``states`` are ``(date, state)`` pairs, oldest first. Without it nothing can be dated.
    """
    if not getattr(history, "available", False):
        return {"available": False, "skills": []}
    skills = []
    for skill in roadmap.skills():
        track = history.skill(skill.name) if skill.bucket == "optional_later" else None
        changed = track.states[-1][0] if track is not None and track.states else None
        if changed is not None and today - changed >= REMOVAL_AFTER:
            skills.append(
                {"name": skill.name, "area": area_title(skill.area), "since": str(changed)}
            )
    return {"available": True, "skills": skills}


def _since(roadmap: Roadmap, result: CheckResult, kinds: tuple[str, ...]) -> dict[str, Any] | None:
    """What the history shows changed since the last review (None: no history to read)."""
    changes = changes_since_last_review(roadmap, result.history, result.today, kinds)
    if changes is None:
        return None
    titles = {project.id: project.title for project in roadmap.projects}
    return {
        "since": changes.since.isoformat(),
        "since_review": changes.since_review,
        "added": list(changes.added),
        "promoted": list(changes.promoted),
        "removed": list(changes.removed),
        "finished": [titles.get(project, project) for project in changes.finished],
        "reviews": [f"{date.isoformat()} ({kind})" for date, kind in changes.reviews],
        "empty": changes.empty,
    }


def _interview(result: CheckResult) -> dict[str, Any]:
    """For a job-seeker: the essentials to rehearse, the questions the projects invite, and
    the skills saved postings require most that the roadmap does not hold yet."""
    roadmap = result.model
    wanted = [
        {"name": item.skill.name, "required": item.skill.required, "state": item.state}
        for item in (demands(result.postings, roadmap) if result.postings else [])
        if item.state != "comfortable_with_evidence" and item.skill.required
    ]
    return {
        "postings": result.postings.count if result.postings else 0,
        "wanted": wanted[:SHOWN_WANTED],
        "rehearse": [
            {"name": shaky.name, "status": shaky.status}
            for shaky in shaky_essentials(roadmap, result.scans)
        ],
        "questions": [topic.title for topic in expected_questions(result.scans, roadmap)],
    }


def _trend(result: CheckResult) -> list[dict[str, Any]] | None:
    trend = yearly_trend(result.history, result.today)
    if trend is None:
        return None
    return [
        {
            "title": area_title(row.area),
            "then": row.then.isoformat(),
            "skills_then": row.skills_then,
            "skills_now": row.skills_now,
            "comfortable_then": row.comfortable_then,
            "comfortable_now": row.comfortable_now,
        }
        for row in trend
    ]


def _review(review: Review) -> dict[str, Any]:
    return {"date": review.date.isoformat(), "kind": review.kind, "next_focus": review.next_focus}


def _project(project: Project) -> dict[str, Any]:
    return {
        "id": project.id,
        "title": project.title,
        "kind": project.kind,
        "completed": project.completed.isoformat() if project.completed else "",
        "areas": [area_title(area) for area in project.areas],
        "expects": list(project.expects),
    }
