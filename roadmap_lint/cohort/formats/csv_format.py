"""The grid as CSV, for a spreadsheet: one header row, one row per learner.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula, so such a cell gets a leading apostrophe (OWASP's advice): a learner's
name cannot run a formula on the mentor's machine.
"""

from __future__ import annotations

import csv
from typing import TextIO

from roadmap_lint.cohort.formats import Grid
from roadmap_lint.cohort.grid import COLUMNS, NONE, cells

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """``cell`` as data a spreadsheet will not evaluate; an empty cell for "nothing"."""
    if cell == NONE:
        return ""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write(grid: Grid, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([column.name for column in COLUMNS])
    for row in grid.rows:
        writer.writerow([neutral(cell) for cell in cells(row, grid.quiet_days)])
