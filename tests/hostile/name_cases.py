"""Corpus cases about what roadmap-lint prints: file names that are not UTF-8 or carry
terminal escapes, and a locale that would make the output ASCII."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tests.hostile.case import OFFLINE, RENDER, SCANNED, Case, roadmap_file
from tests.hostile.repos import DATE, roadmap_with_repo
from tests.support.gitrepo import make_repo
from tests.support.lint import MINIMAL

#: A file name that is not UTF-8 (byte 0xFF), as Python holds it.
NOT_UTF8 = os.fsdecode(b"tests/test_\xff.py")


def _repo_with(names: list[str]) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        make_repo(folder / "repo", dict.fromkeys(names, "def test_x(): pass\n"), date=DATE)
        (folder / "roadmap.yml").write_text(roadmap_with_repo("./repo"), encoding="utf-8")

    return build


UNICODE = MINIMAL.replace("{level: intermediate}", "{level: intermediate, name: Zoë}").replace(
    "  core_language: {}\n",
    "  core_language:\n    skills:\n      - {name: Café, status: fragile, projects: [ça-va]}\n",
)
ODD_NAME = os.fsdecode(b"road\xffmap.yml")
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": None}
LOCALE = "the locale is the process's"


def _odd_roadmap(folder: Path) -> None:
    (folder / ODD_NAME).write_text(MINIMAL, encoding="utf-8")


NAME_CASES = [
    *(
        Case(
            f"non-utf8-roadmap-name-{form}",
            _odd_roadmap,
            ("check", "{dir}/" + ODD_NAME, "--format", form, "--no-scan", "--no-history"),
            0,
            says,
        )
        for form, says in (
            ("json", "road\\\\xffmap.yml"),
            ("sarif", "road%FFmap.yml"),
            ("text", "road\\xffmap.yml"),
            ("markdown", "road\\\\xffmap.yml"),
            ("github", "road\\xffmap.yml"),
        )
    ),
    Case(
        "non-utf8-file-name-json",
        _repo_with([NOT_UTF8, "README.md"]),
        SCANNED,
        0,
        "test_\\\\xff.py",
    ),
    Case(
        "non-utf8-file-name-scan-json",
        _repo_with([NOT_UTF8]),
        ("scan", "{dir}/repo", "--format", "json"),
        0,
        "test_\\\\xff.py",
    ),
    Case(
        "non-utf8-file-name-scan-text",
        _repo_with([NOT_UTF8]),
        ("scan", "{dir}/repo"),
        0,
        "test_\\xff.py",
    ),
    Case(
        "non-utf8-file-name-render",
        _repo_with([NOT_UTF8]),
        (*RENDER, "-o", "-"),
        0,
        "xff.py",
    ),
    Case(
        "escape-and-bell-in-the-roadmap-name-github",
        lambda folder: (folder / "road\x1b[2Jmap\x07.yml").write_text(MINIMAL, encoding="utf-8"),
        ("check", "{dir}/road\x1b[2Jmap\x07.yml", "--format", "github", "--no-history"),
        0,
        "::warning file=",
    ),
    *(
        Case(
            f"c-locale-{name}",
            roadmap_file(UNICODE),
            args,
            code,
            says,
            env=C_LOCALE,
            process=LOCALE,
        )
        for name, args, code, says in (
            ("check-text", (*OFFLINE[:5], "text", "--no-scan", "--no-history"), 1, "ça-va"),
            ("check-json", OFFLINE, 1, "ça-va"),
            ("render", (*RENDER, "-o", "-"), 1, "ça-va"),  # reported: the schema rejects it
            ("review", ("review", "{dir}/roadmap.yml", "--dry-run", "--no-scan"), 0, "ça-va"),
        )
    ),
]
