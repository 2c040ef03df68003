"""The product's fixed words: areas, signals, strengths, levels, statuses and buckets.

DESIGN.md fixes them for users and checks; they live here, apart from the model's classes, so
that a command that only needs the words (`scan`) does not build the classes to get them.
"""

from __future__ import annotations

#: The five columns of the one-page roadmap, in display order.
AREAS: tuple[str, ...] = (
    "core_language",
    "api_design",
    "databases",
    "testing_security",
    "deployment_devops",
)

AREA_TITLES: dict[str, str] = {
    "core_language": "Core language",
    "api_design": "API design",
    "databases": "Databases",
    "testing_security": "Testing and security",
    "deployment_devops": "Deployment and DevOps",
}

#: Each area's name in a chart, where five long labels would overlap.
AREA_SHORT_TITLES: dict[str, str] = {
    "core_language": "Language",
    "api_design": "API",
    "databases": "Data",
    "testing_security": "Testing",
    "deployment_devops": "Deployment",
}

#: A project's status as people read it, the same in every output.
STATUS_LABELS: dict[str, str] = {
    "planned": "planned",
    "in_progress": "in progress",
    "done": "done",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


#: Signals a repository can show; the vocabulary is fixed by the product contract.
SIGNALS: tuple[str, ...] = (
    "tests",
    "ci",
    "dockerfile",
    "compose",
    "sql_migrations",
    "openapi",
    "env_example",
    "deploy",
    "database",
    "auth",
    "cache",
    "queue",
    "observability",
    "readme",
    "license",
)

#: How strongly a repository shows a signal, weakest first: only a dependency or a run-time
#: generator / files in the tree / a CI pipeline in the repository runs it.
STRENGTHS: tuple[str, ...] = ("declared", "present", "exercised")
#: ``profile.level``'s values, from the first steps to the job search.
LEVELS: tuple[str, ...] = ("beginner", "intermediate", "job-seeking")
#: Where a roadmap is looked for in a folder or a portfolio when none is named, in order.
ROADMAP_FILES: tuple[str, ...] = ("roadmap.yml", "roadmap.yaml", ".github/roadmap.yml")

STATUSES: tuple[str, ...] = ("comfortable", "fragile", "theoretical")
BUCKETS: tuple[str, ...] = ("essential_now", "useful_next", "optional_later")
