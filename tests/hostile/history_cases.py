"""Corpus cases in the roadmap's own history, and in the numbers and dates it computes with."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tests.hostile.case import CHECK, MEMORY, OFFLINE, Case, roadmap_file
from tests.support.gitrepo import commit, commit_stamped, make_repo
from tests.support.lint import MINIMAL

#: A version: its text, and the day it was committed or a raw git stamp (``<seconds> <offset>``).
Version = tuple[str, str]
NO_SCAN = (*CHECK, "--no-scan")


def _history(versions: Sequence[Version], current: str = MINIMAL) -> Callable[[Path], None]:
    """The case folder becomes a repository whose `roadmap.yml` went through ``versions``,
    then holds ``current`` (committed, unless it differs from the last version)."""

    def build(folder: Path) -> None:
        make_repo(folder)
        for text, when in versions:
            if " " in when:
                commit_stamped(folder, {"roadmap.yml": text}, when)
            else:
                commit(folder, {"roadmap.yml": text}, date=when)
        (folder / "roadmap.yml").write_text(current, encoding="utf-8")

    return build


def _ladder(index: int, width: int = 13) -> str:
    """A top-level key that expands to about ``width``⁴ values (31,000 for 13) through aliases:
    each such key is under the value cap, two of them are over it."""
    items = ", ".join(["x"] * width)
    refs = [", ".join([f"*{name}{index}"] * width) for name in "abc"]
    return (
        f"k{index}:\n  a: &a{index} [{items}]\n  b: &b{index} [{refs[0]}]\n"
        f"  c: &c{index} [{refs[1]}]\n  d: [{refs[2]}]\n"
    )


PIECES_UNDER_THE_CAP = "".join(_ladder(index) for index in range(400))
HUGE_DAYS = "lint: {thresholds: {quarterly_days: 1000000, monthly_days: 3000000000}}\n"

HISTORY_CASES = [
    Case(
        "history-version-over-the-cap-in-pieces",
        _history([(PIECES_UNDER_THE_CAP, "2026-03-01"), (MINIMAL, "2026-04-01")]),
        NO_SCAN,
        0,
        '"skipped": 1',
        process=MEMORY,
    ),
    Case(
        "history-commit-in-year-10000",
        _history([(MINIMAL, "2026-03-01"), (MINIMAL + "# edited\n", "253402300800 +0000")]),
        NO_SCAN,
        0,
        '"skipped": 1',
    ),
    Case(
        "history-commit-offset-plus-9959",
        _history([(MINIMAL, "2026-03-01"), (MINIMAL + "# edited\n", "1761955200 +9959")]),
        NO_SCAN,
        0,
        '"skipped": 0',
    ),
    Case(
        "history-commit-offset-minus-9959",
        _history([(MINIMAL, "1000 -9959"), (MINIMAL + "# edited\n", "2000 -9959")]),
        NO_SCAN,
        0,
        '"from": "1969-12-27"',
    ),
    Case(
        "thresholds-beyond-the-calendar",
        _history([(MINIMAL + HUGE_DAYS, "2026-03-01")], MINIMAL + HUGE_DAYS),
        NO_SCAN,
        1,  # RL002: each rule's option has a maximum; the history is still read
        '"available": true',
    ),
    Case(
        "history-days-beyond-the-calendar",
        _history(
            [(MINIMAL, "2026-03-01")], MINIMAL + "lint: {history: {max_days: 999999999999}}\n"
        ),
        NO_SCAN,
        1,
        "at most",
    ),
    Case(
        "today-at-the-start-of-the-calendar",
        _history([(MINIMAL, "2026-03-01")], MINIMAL + HUGE_DAYS),
        ("check", "{dir}/roadmap.yml", "--today", "0001-03-01", "--format", "json"),
        1,
        '"today": "0001-03-01"',
    ),
    Case(
        "today-at-the-end-of-the-calendar",
        _history([(MINIMAL, "2026-03-01")], MINIMAL + HUGE_DAYS),
        ("check", "{dir}/roadmap.yml", "--today", "9999-12-31", "--format", "json"),
        1,
        '"today": "9999-12-31"',
    ),
    Case(
        "flow-list-of-a-million-values",
        roadmap_file(MINIMAL + "notes: [" + ",".join(["0"] * 500_000) + "]\n"),
        OFFLINE,
        1,
        "more than 50000 values",
        process=MEMORY,
    ),
]
