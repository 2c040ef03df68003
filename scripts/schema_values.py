"""Write what each value means into schemas/roadmap.schema.json, and its versioned ``$id``.

Editors complete a value from the schema's ``enum``; beside it they show the matching entry of
``markdownEnumDescriptions`` (VS Code through yaml-language-server) or ``enumDescriptions``
(the plain-text form other clients read). This table is where those meanings are written once;
the script puts them next to every ``enum`` that holds the values, in the same order.

    python scripts/schema_values.py          # rewrite the schema
    python scripts/schema_values.py --check  # exit 1 when it is stale (a test does the same)

Only ``$id`` and the two description lists change, so other edits to the schema merge freely;
``$defs.thresholds`` and ``$defs.severity`` are ``python -m roadmap_lint.rules.docs``'s.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "roadmap.schema.json"
#: Where the schema is published: the modeline `init` writes and the docs show use it too.
SCHEMA_ID = "https://roadmap-lint.github.io/schemas/v1/roadmap.schema.json"

#: Value → what it means, in Markdown, per kind of value.
MEANINGS: dict[str, dict[str, str]] = {
    "target_role": {
        "backend": "Services and APIs: the server side of an application.",
        "full-stack": "Backend and frontend both.",
        "platform": "The infrastructure other teams ship on: deployment, CI, observability.",
        "other": "Any other role; the backend roadmap still applies.",
    },
    "level": {
        "beginner": "First language, first APIs. The rules nudge you to **one** backend "
        "language and to finishing small projects.",
        "intermediate": "Adding depth: databases, tests, deployment.",
        "job-seeking": "Polishing a portfolio for interviews: done projects should show "
        "tests, deployment and a README together.",
    },
    "status": {
        "comfortable": "Used in a real project and explainable from memory. Name the "
        "`projects` that prove it.",
        "fragile": "Used, but still shaky: it needs more practice.",
        "theoretical": "Read or watched, never applied in a project yet.",
    },
    "bucket": {
        "essential_now": "What you are working on now. Keep this list short "
        "(`essential_max`, 7 by default).",
        "useful_next": "What comes after the essentials.",
        "optional_later": "Parked on purpose: it never weakens its area.",
    },
    "project_kind": {
        "independent": "Built from a blank project, your own design.",
        "tutorial": "Followed step by step from a tutorial.",
        "course": "Built as part of a course or bootcamp.",
    },
    "project_status": {
        "planned": "Not started: it proves nothing yet and is not scanned.",
        "in_progress": "Under way: scanned, and flagged when it goes quiet.",
        "done": "Finished: set `completed`, and hold a `project` review (a retrospective).",
    },
    "cadence": {
        "monthly": "A short check-in: what you built, what slowed you, what you studied "
        "but did not apply, the one gap to close next.",
        "quarterly": "A refresh: promote, demote and drop skills; plan the next project.",
        "annual": "A reset: sort every skill into essential now, useful next and optional later.",
        "project": "A retrospective after finishing a project (name it in `project`).",
    },
    "fail_on": {
        "error": "Fail only on errors (the default).",
        "warning": "Fail on warnings and errors.",
        "info": "Fail on any finding.",
        "never": "Report, never fail.",
    },
    "signal": {
        "tests": "Test files: `tests/test_*.py`, `tests.py`, `*_test.go`, `*.test.ts`, "
        "`src/test/…` (a generator's placeholder tests alone do not count).",
        "ci": "A CI pipeline: `.github/workflows/*.yml`, `.gitlab-ci.yml`, `Jenkinsfile`, …",
        "dockerfile": "A `Dockerfile` (or `Containerfile`).",
        "compose": "A `compose.yaml` or `docker-compose.yml`, or any YAML file whose top-level "
        "`services:` runs images or builds.",
        "sql_migrations": "Database migrations (`alembic/versions/`, `db/migrate/`, "
        "`migrations/0001_*.sql`, …); a lone `schema.sql` is not one.",
        "openapi": "An API description (`openapi.yaml`, or any file with a top-level `openapi` "
        "or `swagger` key), or a framework that generates one at run time (FastAPI, springdoc).",
        "env_example": "A `.env.example` listing the settings, without real values.",
        "deploy": "Deploy configuration: `fly.toml`, `render.yaml`, `Procfile`, `k8s/`, `*.tf`, …",
        "database": "A database driver or ORM in a dependency manifest (psycopg, "
        "SQLAlchemy, pg, Prisma, GORM, …).",
        "auth": "An auth library in a dependency manifest (JWT, OAuth, password hashing).",
        "cache": "A cache client in a dependency manifest (Redis, Memcached).",
        "queue": "A queue or job library in a dependency manifest (Celery, BullMQ, "
        "Sidekiq, Kafka, …).",
        "observability": "Logging, metrics or tracing in a dependency manifest "
        "(OpenTelemetry, Prometheus, Sentry, …).",
        "readme": "A `README` at the top of the repository.",
        "license": "A `LICENSE` file.",
    },
    "strength": {
        "declared": "Only a dependency or a run-time generator shows it (`psycopg` in "
        "`requirements.txt`, FastAPI's generated OpenAPI): any evidence at all.",
        "present": "Files in the repository show it: test files, a Dockerfile, migrations.",
        "exercised": "A CI pipeline in the repository runs it on every push: the tests, the "
        "image build, the migrations, the deploy.",
    },
}
#: `*` in a per-signal mapping: every signal not named.
MEANINGS["signal_or_rest"] = {"*": "Every other claimed signal.", **MEANINGS["signal"]}

#: JSON pointer of each node holding an ``enum`` → the kind of value it lists.
LOCATIONS: dict[str, str] = {
    "/properties/profile/properties/target_role": "target_role",
    "/properties/profile/properties/level": "level",
    "/$defs/skill/properties/status": "status",
    "/$defs/skill/properties/bucket": "bucket",
    "/$defs/project/properties/kind": "project_kind",
    "/$defs/project/properties/status": "project_status",
    "/$defs/project/properties/expects/items": "signal",
    "/$defs/signals/properties/extend/propertyNames": "signal",
    "/$defs/signals/properties/frameworks/additionalProperties/oneOf/0/items": "signal",
    "/$defs/signals/properties/frameworks/additionalProperties/oneOf/1/properties/brings/items": (
        "signal"
    ),
    "/$defs/strength": "strength",
    "/$defs/min_strength/oneOf/1/propertyNames": "signal_or_rest",
    "/$defs/review/properties/kind": "cadence",
    "/$defs/lint/properties/fail_on": "fail_on",
}


def plain(markdown: str) -> str:
    """The Markdown without its markup, for clients that show plain text."""
    return re.sub(r"\*\*|`", "", markdown)


def describe(schema: dict[str, Any]) -> None:
    """Set ``$id`` and describe every listed ``enum``, value by value, in its own order."""
    schema["$id"] = SCHEMA_ID
    for pointer, kind in LOCATIONS.items():
        node = _node(schema, pointer)
        meanings = [MEANINGS[kind][value] for value in node["enum"]]  # KeyError: describe it
        rebuilt: dict[str, Any] = {}
        for key, value in node.items():
            if key not in ("enumDescriptions", "markdownEnumDescriptions"):
                rebuilt[key] = value
            if key == "enum":  # the descriptions read best right after the values
                rebuilt["enumDescriptions"] = [plain(text) for text in meanings]
                rebuilt["markdownEnumDescriptions"] = meanings
        node.clear()
        node.update(rebuilt)


def _node(schema: dict[str, Any], pointer: str) -> dict[str, Any]:
    node: Any = schema
    for part in pointer.split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    assert isinstance(node, dict) and "enum" in node, f"no enum at {pointer}"
    return node


def render(text: str) -> str:
    schema = json.loads(text)
    describe(schema)
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    current = SCHEMA.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in argv:
        stale = wanted != current
        if stale:
            print("schemas/roadmap.schema.json is stale: run python scripts/schema_values.py")
        return int(stale)
    SCHEMA.write_text(wanted, encoding="utf-8")
    print(f"wrote {SCHEMA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
