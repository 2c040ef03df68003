"""What to rehearse before an interview: the shaky essentials, and the questions the projects
invite. Shared by ``brief`` and the job-seeker's quarterly review issue.

The essentials are the ``essential_now`` skills still fragile or theoretical, each with the
files of its projects that exercise it (the evidence of signals in the skill's area). The
questions follow what the projects show: whoever sees a Dockerfile and a deploy config will
ask how settings reach the app; whoever sees an auth library, how sessions and tokens differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from roadmap_lint.analysis.evidence import SIGNAL_AREAS
from roadmap_lint.model import Roadmap
from roadmap_lint.scanning.result import ScanResult


@dataclass(frozen=True)
class Topic:
    """Questions an interviewer is likely to ask when a project shows one of ``signals``."""

    title: str
    signals: frozenset[str]
    questions: tuple[str, ...]


#: Written for roadmap-lint from the article's list of what to refresh after a project.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "Deployment",
        frozenset({"deploy", "dockerfile", "compose", "env_example", "ci"}),
        (
            "How do settings and secrets reach the running app, and what stays out of the image?",
            "What does the container run, and how would you make the image smaller?",
            "What sits in front of the app (a reverse proxy, TLS), and why?",
            "Where do the logs go, and how would you follow one request through them?",
        ),
    ),
    Topic(
        "Authentication and authorisation",
        frozenset({"auth"}),
        (
            "Sessions or tokens: what did you choose, and what does each cost?",
            "Where are permissions checked, so that a new route cannot forget them?",
            "How are passwords and tokens stored, rotated and revoked?",
            "Which secrets does the app hold, and who can read them?",
        ),
    ),
    Topic(
        "Data",
        frozenset({"database", "sql_migrations", "cache"}),
        (
            "Which indexes does your busiest query use, and how did you check?",
            "Walk through a join you wrote: why that shape, and what would a missing index do?",
            "How far did you normalise the schema, and where did you stop on purpose?",
            "How do you read a query plan, and what made you look at one?",
        ),
    ),
    Topic(
        "API design",
        frozenset({"openapi"}),
        (
            "How are routes organised, and where does validation happen?",
            "What lives in the handlers and what in a service layer?",
            "Which status codes does the API return for a bad request, a conflict, a missing item?",
            "How does a client page through a long list, and what happens when it changes?",
        ),
    ),
)


@dataclass(frozen=True)
class Shaky:
    """An essential skill that is not comfortable yet, with the files that exercise it."""

    name: str
    area: str
    status: str
    #: (project id, repo-relative path) of each file that shows a signal of the skill's area
    files: tuple[tuple[str, str], ...]


def shaky_essentials(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> list[Shaky]:
    found = []
    for skill in roadmap.skills():
        if skill.bucket != "essential_now" or skill.status == "comfortable":
            continue
        files = [
            (project, path)
            for project in skill.projects
            for path in _area_files((scans or {}).get(project), skill.area)
        ]
        found.append(Shaky(skill.name, skill.area, skill.status, tuple(files)))
    return found


def expected_questions(scans: Mapping[str, ScanResult] | None, roadmap: Roadmap) -> list[Topic]:
    """The topics the projects invite: a started project shows one of their signals (or, for
    API design, works in that area)."""
    shown = {
        name
        for scan in (scans or {}).values()
        if scan.error is None
        for name, signal in scan.signals.items()
        if signal.present
    }
    if any("api_design" in p.areas for p in roadmap.projects if p.status != "planned"):
        shown.add("openapi")
    return [topic for topic in TOPICS if topic.signals & shown]


def _area_files(scan: ScanResult | None, area: str) -> list[str]:
    """The first file of each signal of ``area`` the scan found."""
    if scan is None or scan.error is not None:
        return []
    return [
        signal.evidence[0]
        for name, signal in scan.signals.items()
        if signal.present and signal.evidence and SIGNAL_AREAS.get(name) == area
    ]
