"""The cohort file (``schemas/cohort.schema.json``), or an organisation's portfolio repositories.

The file is read by the same loader as a roadmap, so a problem in it is named at its
line:column; it is the mentor's own file, so a problem stops the run (exit 2) rather than
becoming a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_lint.core.errors import UserError
from roadmap_lint.loading.document import Document, read_document
from roadmap_lint.loading.validation import load_schema, validate

SCHEMA = "cohort.schema.json"
_HINT = "see docs/cohort.md; the schema is schemas/cohort.schema.json"


@dataclass(frozen=True)
class Learner:
    """One learner: a display name, the portfolio (as written) and the roadmap's path in it
    (None: the default names)."""

    name: str
    repo: str
    roadmap: str | None = None


@dataclass(frozen=True)
class Cohort:
    name: str
    learners: tuple[Learner, ...]
    #: the folder a local ``repo`` is relative to (the cohort file's)
    base: Path
    quiet_days: int
    published_max_days: int


def _default(key: str) -> int:
    default: int = load_schema(SCHEMA)["properties"][key]["default"]
    return default


def read_cohort(path: Path) -> Cohort:
    """The cohort file at ``path``; ``UserError`` naming the first problem and its place."""
    document = read_document(
        path, missing_hint="give the cohort file's path (see docs/cohort.md), or use --org ORG"
    )
    shown = path.as_posix()
    if document.problems:
        broken = document.problems[0]
        raise UserError(
            f"{shown}:{broken.line}:{broken.column}: {broken.message}", hint=broken.hint
        )
    if not isinstance(document.data, dict):
        raise UserError(f"{shown}: the cohort file must be a mapping with learners:", hint=_HINT)
    problems = validate(document, SCHEMA)
    if problems:
        first, more = problems[0], len(problems) - 1
        also = f" (and {more} more)" if more else ""
        raise UserError(
            f"{shown}:{first.line}:{first.column}: {first.message}{also}",
            hint=first.hint or _HINT,
        )
    _refuse_repeats(document, shown)
    return _cohort(document.data, path.parent, path.stem)


def _refuse_repeats(document: Document, shown: str) -> None:
    """A learner listed twice, by name or by portfolio, would be two rows no one can tell
    apart (or one learner counted twice): name the second entry and the first's line."""
    seen: dict[object, int] = {}
    for index, entry in enumerate(document.data["learners"]):
        here = f"/learners/{index}"
        portfolio = (entry["repo"].rstrip("/").removesuffix(".git"), entry.get("roadmap"))
        for key, field, what in (
            (("name", entry["name"]), "name", f"the name '{entry['name']}'"),
            (("repo", portfolio), "repo", f"the portfolio '{entry['repo']}'"),
        ):
            if key in seen:
                line, column = document.locate(f"{here}/{field}")
                first, _ = document.locate(f"/learners/{seen[key]}/{field}")
                raise UserError(
                    f"{shown}:{line}:{column}: {what} is listed twice (first at line {first})",
                    hint="give each learner one entry, with a name of their own",
                )
            seen[key] = index


def _cohort(data: dict[str, Any], base: Path, fallback: str) -> Cohort:
    learners = tuple(
        Learner(entry["name"], entry["repo"], entry.get("roadmap")) for entry in data["learners"]
    )
    return Cohort(
        name=data.get("name") or fallback,
        learners=learners,
        base=base,
        quiet_days=data.get("quiet_days", _default("quiet_days")),
        published_max_days=data.get("published_max_days", _default("published_max_days")),
    )


def org_cohort(org: str, repositories: list[str], topic: str | None) -> Cohort:
    """A cohort of an organisation's portfolio repositories (``owner/name``), each learner
    named by the repository."""
    learners = tuple(Learner(name.split("/", 1)[1], name) for name in repositories)
    title = f"{org} (topic {topic})" if topic else org
    return Cohort(
        name=title,
        learners=learners,
        base=Path(),
        quiet_days=_default("quiet_days"),
        published_max_days=_default("published_max_days"),
    )
