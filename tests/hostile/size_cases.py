"""Corpus cases with numbers, lists and values the schema must bound, and the work they cause."""

from __future__ import annotations

from tests.hostile.case import MEMORY, Case, roadmap_file
from tests.support.lint import MINIMAL


def _in_profile(extra: str) -> str:
    return MINIMAL.replace(
        "profile: {level: intermediate}", f"profile: {{level: intermediate, {extra}}}"
    )


def _skills(count: int, body: str) -> str:
    """An area with ``count`` skills, each ``{name: sN, <body>}`` (``{n}`` is its number)."""
    items = "".join(f"      - {{name: s{n}, {body.format(n=n)}}}\n" for n in range(count))
    return MINIMAL.replace("  core_language: {}\n", f"  core_language:\n    skills:\n{items}")


def _projects(count: int) -> str:
    items = "".join(f"  - {{id: p{n}, repo: ./p{n}, status: planned}}\n" for n in range(count))
    return "projects:\n" + items


MIXED_SELECT = ", ".join(str(n) if n % 2 else f"s{n}" for n in range(10_000))

SIZE_CASES = [
    Case(
        "lint-select-mixing-10000-numbers-and-names",
        roadmap_file(MINIMAL + f"lint:\n  select: [{MIXED_SELECT}]\n"),
        says="holds 10000 items; at most 100",
        process=MEMORY,
    ),
    Case(
        "unique-list-of-equal-mappings",
        roadmap_file(MINIMAL + "lint: {ignore: [RL209, RL209]}\n"),
        says="lists the same item twice",
    ),
    Case(
        "number-with-5000-hex-digits",
        roadmap_file(_in_profile("stage: 0x" + "f" * 5000)),
        says="a number this long is read as text",
    ),
    Case(
        "number-with-5000-decimal-digits",
        roadmap_file(_in_profile("stage: " + "9" * 5000)),
        says="a number this long is read as text",
    ),
    Case(
        "number-in-base-60-with-100000-places",
        roadmap_file(_in_profile("stage: 1" + ":59" * 100_000)),
        says="a number this long is read as text",
    ),
    Case(
        "number-just-below-the-text-limit",
        roadmap_file(_in_profile("stage: " + "9" * 32)),
        says="must be at most 7",
    ),
    Case("float-infinity", roadmap_file(_in_profile("stage: .inf")), says="whole number"),
    Case(
        "binary-skill-name",
        roadmap_file(_skills(1, "status: fragile").replace("name: s0", "name: !!binary aGVsbG8=")),
        says="must be text, not binary data",
    ),
    Case(
        "history-max-commits-beyond-any-git",
        roadmap_file(MINIMAL + "lint: {history: {max_commits: 99999999999999999999}}\n"),
        says="must be at most 10000",
    ),
    Case(
        "thousands-of-unknown-inline-rules",
        roadmap_file(_skills(3000, "status: fragile, ignore: [zz{n}]")),
        says="unknown rule 'zz2999'",
        process=MEMORY,
    ),
    Case(
        "thousands-of-unknown-project-references",
        roadmap_file(_skills(2000, "status: fragile, projects: [q{n}]") + _projects(1000)),
        says="unknown project 'q1999'",
        process=MEMORY,
    ),
    Case(
        "thousands-of-unknown-keys",
        roadmap_file(_skills(500, "status: fragile, x{n}: 1")),
        says="unknown key 'x499'",
    ),
    Case(
        "skill-name-of-a-megabyte",
        roadmap_file(_skills(1, "status: fragile").replace("name: s0", "name: " + "n" * 1_000_000)),
        says="holds 1000000 characters; at most 120",
    ),
]
