"""The sample outputs in the README and the docs are what the commands print.

Each sample is compared line by line with a real run on the bundled example; a sample may
leave lines out (`...`), and what changes with the day (how many days ago, a commit id) is
compared by shape.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT

#: The day the README's sample output was taken.
README_DAY = "2026-12-01"
#: What differs from one day or one clone to the next.
_VARYING = [
    (re.compile(r"\b[0-9a-f]{40}\b"), "<commit>"),
    (re.compile(r"\b\d+ days ago\b"), "<n> days ago"),
]


def _shape(line: str) -> str:
    for pattern, stands_for in _VARYING:
        line = pattern.sub(stands_for, line)
    return line.rstrip()


def _blocks(path: Path) -> list[list[str]]:
    """The fenced blocks of a Markdown file, as lists of lines."""
    return [
        block.splitlines()
        for block in re.findall(r"^```[a-z]*\n(.*?)^```", path.read_text("utf-8"), re.M | re.S)
    ]


def _console_samples() -> list[tuple[str, list[str], list[str]]]:
    """Blocks that run one command on the bundled example and show its output."""
    found = []
    for path in sorted((REPO_ROOT / "docs").glob("*.md")):
        for lines in _blocks(path):
            if (
                len(lines) > 1
                and lines[0].startswith("$ roadmap-lint ")
                and "examples/" in lines[0]
            ):
                args = shlex.split(lines[0].removeprefix("$ roadmap-lint "))
                found.append((f"{path.name}: {lines[0]}", args, lines[1:]))
    return found


def _readme_sample() -> tuple[str, list[str], list[str]]:
    text = (REPO_ROOT / "README.md").read_text("utf-8")
    command = re.search(r"\.venv/bin/roadmap-lint (check \S+)", text)
    after = text[text.index("What the first command prints") :]
    shown = re.search(r"^```text\n(.*?)^```", after, re.M | re.S)
    assert command and shown, "the README shows its first command and what it prints"
    # The day the sample was taken: later days may add findings (an annual review overdue).
    args = [*command.group(1).split(), "--today", README_DAY]
    return "README.md", args, shown.group(1).splitlines()


SAMPLES = [_readme_sample(), *_console_samples()]


@pytest.mark.parametrize(("where", "args", "shown"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_a_sample_is_what_the_command_prints(
    cli: Any, monkeypatch: pytest.MonkeyPatch, where: str, args: list[str], shown: list[str]
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    run = cli(*args)
    printed = {_shape(line) for line in run.out.splitlines()}
    missing = [line for line in shown if line.strip() != "..." and _shape(line) not in printed]
    assert not missing, f"{where} shows lines the command does not print:\n" + "\n".join(missing)
