"""What a repository's own ecosystem expects for a signal, read from the detection tables.

A Python repository missing tests is told about `test_*.py` and `tests.py`, a Java one about
`src/test/...`; a claim that is only declared is told how to make it present or exercised.
The words come from the same tables the scanner matches with, so hints never drift from
what is looked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from roadmap_lint.core.vocabulary import STRENGTHS
from roadmap_lint.scanning import pipelines
from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.frameworks import TEST_SUPPORT_NAMES
from roadmap_lint.scanning.patterns import expand_braces
from roadmap_lint.scanning.result import ScanResult

#: Names per ecosystem quoted in a hint; the tables hold more.
_EXAMPLES = 4
#: Signals whose files differ by ecosystem, and what to call them in a hint.
_ENTITY = {"tests": "tests", "sql_migrations": "migrations"}


def ecosystems_of(scan: ScanResult) -> list[str]:
    """The repository's ecosystems: its manifests', else its main languages'."""
    if scan.ecosystems:
        return list(scan.ecosystems)
    found = [tables.LANGUAGE_ECOSYSTEMS.get(language) for language in scan.languages]
    return list(dict.fromkeys(eco for eco in found if eco))[:2]


def expected_paths(signal: str, ecosystems: Sequence[str]) -> list[str]:
    """Globs of ``signal`` for ``ecosystems`` (every glob when none is known), as people
    write paths: `tests/**/*.py`, not `**/tests/**/*.py`."""
    globs = []
    for table in (tables.PATHS, tables.SUPPORTING_PATHS):
        for tool, patterns in table.get(signal, {}).items():
            owner = tables.TOOL_ECOSYSTEMS.get(tool)
            if not ecosystems or owner is None or owner in ecosystems:
                globs += [_readable(glob) for glob in patterns if glob not in TEST_SUPPORT_NAMES]
    return list(dict.fromkeys(globs))


def expected_packages(signal: str, ecosystems: Sequence[str]) -> list[str]:
    by_ecosystem = tables.DEPENDENCIES.get(signal, {})
    names = [name for eco in ecosystems or list(by_ecosystem) for name in by_ecosystem.get(eco, ())]
    distinct: dict[str, str] = {}
    for name in names:  # one of each family: psycopg, not psycopg2 and psycopg-binary too
        distinct.setdefault(name[:4], name)
    return list(distinct.values())


def missing_hint(signal: str, ecosystems: Sequence[str]) -> str:
    """What to commit so that ``signal`` shows, in this ecosystem's terms."""
    if signal in tables.DEPENDENCIES:
        names = ", ".join(expected_packages(signal, ecosystems)[:_EXAMPLES])
        return tables.HINTS[signal] + (f" (for example {names})" if names else "")
    paths = expected_paths(signal, ecosystems)
    if signal in _ENTITY and ecosystems and paths:
        return f"commit {_ENTITY[signal]} as {', '.join(paths)}"
    return tables.HINTS[signal]


def strength_hint(signal: str, wanted: str, ecosystems: Iterable[str]) -> str:
    """How to raise ``signal`` to ``wanted``."""
    if STRENGTHS.index(wanted) <= STRENGTHS.index("present"):
        return f"commit the files that show {signal}: " + tables.HINTS[signal]
    hint = pipelines.EXERCISE_HINTS[signal]
    commands = [pipelines.TEST_COMMANDS[e] for e in ecosystems if e in pipelines.TEST_COMMANDS]
    if signal == "tests" and commands:
        hint += f" ({commands[0]})"
    return "add " + hint


def _readable(glob: str) -> str:
    """The first spelling of a glob, as a person writes a path (`src/test/**/*.java`)."""
    return expand_braces(glob)[0].removeprefix("**/").lstrip("/")
