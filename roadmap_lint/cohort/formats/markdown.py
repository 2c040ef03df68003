"""The grid as GitHub Markdown: for a terminal, a file, or the cohort issue's body."""

from __future__ import annotations

from typing import TextIO

from roadmap_lint.cohort.flags import FLAGS, label
from roadmap_lint.cohort.formats import Grid
from roadmap_lint.cohort.grid import COLUMNS, cells, summary
from roadmap_lint.core.markdown import escape


def write(grid: Grid, stream: TextIO) -> None:
    stream.write(body(grid))


def body(grid: Grid, shown: int | None = None) -> str:
    """The grid; with ``shown``, only its first rows (the counts still cover them all)."""
    counts = summary(grid.rows)
    lines = [
        f"## Cohort: {escape(grid.name)} ({grid.today.isoformat()})",
        "",
        f"{counts['learners']} learners: {counts['attention']} with a flag or an error,"
        f" {counts['unread']} could not be read. Those who need attention come first.",
        "",
        "| " + " | ".join(column.title for column in COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    lines += [
        "| " + " | ".join(map(escape, cells(row, grid.quiet_days))) + " |"
        for row in grid.rows[:shown]
    ]
    lines += [
        "",
        "Areas are strengths from 0 to 100 (docs/review.md). Flags: "
        + "; ".join(f"`{flag.name}` {label(flag.name, grid.quiet_days)}" for flag in FLAGS)
        + ". Source: `published` is the learner's own report of that day,"
        " `checked` a check run for this report.",
        "",
    ]
    return "\n".join(lines)
