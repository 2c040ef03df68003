"""The project ladder: five projects of growing scope, and the next one to build.

A rung counts as climbed when an independent project of the roadmap matches it (by words in
its id or title) and has been started; tutorials and courses do not climb the ladder, since
following steps is not building from a blank project. Each rung assumes the ones below it, so
only rungs above the highest one climbed are open. The suggestion is the first open rung that
trains the weakest area, else the first open rung, else the top rung again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roadmap_lint.model import Project, Roadmap


@dataclass(frozen=True)
class Rung:
    key: str
    title: str
    trains: tuple[str, ...]
    words: tuple[str, ...]


LADDER: tuple[Rung, ...] = (
    Rung(
        "notes-api",
        "A notes API: create, read, update and delete over a SQL database",
        ("core_language", "api_design", "databases"),
        ("notes", "note", "crud"),
    ),
    Rung(
        "task-manager",
        "A task manager with sign-in and role-based permissions",
        ("testing_security", "api_design"),
        ("task", "tasks", "todo", "roles", "auth"),
    ),
    Rung(
        "e-commerce",
        "An e-commerce backend: products, orders, and paginated listings",
        ("databases", "api_design"),
        ("shop", "store", "commerce", "ecommerce", "orders", "cart"),
    ),
    Rung(
        "worker",
        "A webhook consumer or a background job worker",
        ("core_language", "deployment_devops"),
        ("webhook", "webhooks", "worker", "queue", "jobs", "job"),
    ),
    Rung(
        "production-api",
        "A small production-style API, deployed, configured from the environment",
        ("deployment_devops", "testing_security"),
        ("deploy", "deployed", "production", "prod"),
    ),
)


@dataclass(frozen=True)
class Suggestion:
    rung: Rung
    step: int
    reason: str
    planned: Project | None


def climbed(project: Project) -> Rung | None:
    """The rung ``project`` matches, if any (independent, started projects only)."""
    if project.kind != "independent" or project.status == "planned":
        return None
    return _match(project)


def next_project(roadmap: Roadmap, weakest: str) -> Suggestion:
    reached = [LADDER.index(rung) for project in roadmap.projects if (rung := climbed(project))]
    open_rungs = list(LADDER[max(reached, default=-1) + 1 :])
    aimed = [rung for rung in open_rungs if weakest in rung.trains]
    if aimed:
        rung, reason = aimed[0], "it trains the weakest area"
    elif open_rungs:
        rung, reason = open_rungs[0], "it is the next step up the ladder"
    else:
        rung, reason = (
            LADDER[-1],
            "every rung is climbed, so the top one is worth building again, deeper",
        )
    planned = next(
        (p for p in roadmap.projects if p.status == "planned" and _match(p) == rung), None
    )
    return Suggestion(rung, LADDER.index(rung) + 1, reason, planned)


def _match(project: Project) -> Rung | None:
    words = set(re.split(r"[^a-z0-9]+", f"{project.id} {project.title}".lower()))
    return next((rung for rung in LADDER if words & set(rung.words)), None)
