"""The grid as JSON (``schemas/cohort-output.schema.json``), written row by row.

The document is one object; its ``learners`` are written one at a time, so that nothing
the size of the whole cohort is ever built in memory besides the rows themselves.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from roadmap_lint.cohort.formats import Grid
from roadmap_lint.cohort.grid import summary
from roadmap_lint.cohort.portfolio import Row

VERSION = 1


def write(grid: Grid, stream: TextIO) -> None:
    head = {
        "version": VERSION,
        "cohort": grid.name,
        "today": grid.today.isoformat(),
        "quiet_days": grid.quiet_days,
        "summary": summary(grid.rows),
    }
    stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "learners": [')
    for index, row in enumerate(grid.rows):
        stream.write(
            ("," if index else "") + "\n  " + json.dumps(row_json(row), ensure_ascii=False)
        )
    stream.write("\n]}\n")


def row_json(row: Row) -> dict[str, Any]:
    return {
        "name": row.learner.name,
        "repo": row.learner.repo,
        "source": row.source,
        "made": row.made.isoformat() if row.made else None,
        "reason": row.reason,
        "flags": list(row.flags),
        "facts": row.facts.to_json() if row.facts else None,
    }
