"""One writer per ``cohort --format``, each writing the grid to a stream it is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the writers' list is read by `cohort --help`, before any check is needed
    from roadmap_lint.cohort.portfolio import Row


@dataclass(frozen=True)
class Grid:
    """What every format writes: the cohort's name, its day, and its rows in order."""

    name: str
    today: dt.date
    quiet_days: int
    rows: Sequence[Row]


Writer = Callable[[Grid, TextIO], None]


def _writers() -> dict[str, Writer]:
    from roadmap_lint.cohort.formats import csv_format, html, json_format, markdown

    return {
        "markdown": markdown.write,
        "json": json_format.write,
        "csv": csv_format.write,
        "html": html.write,
    }


FORMATS = ("markdown", "json", "csv", "html")


def write(name: str, grid: Grid, stream: TextIO) -> None:
    _writers()[name](grid, stream)
