"""The grid as one static HTML page, with a heat map of the five areas by learner.

No script, no external resource: the page's Content-Security-Policy forbids both, and every
text from a learner, a roadmap or a server passes ``html.escape``. A cell's colour comes from
its strength alone (a number this code computes), never from learner text.
"""

from __future__ import annotations

import html
from typing import TextIO

from roadmap_lint.cohort.flags import FLAGS, label
from roadmap_lint.cohort.formats import Grid
from roadmap_lint.cohort.grid import COLUMNS, NONE, Column, summary
from roadmap_lint.cohort.portfolio import Row

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #1f2328; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.area { text-align: right; font-variant-numeric: tabular-nums; }
tr.unread td { background: #fff1f0; }
"""


def write(grid: Grid, stream: TextIO) -> None:
    counts = summary(grid.rows)
    title = html.escape(f"Cohort: {grid.name} ({grid.today.isoformat()})")
    stream.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'\">\n"
        f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>{counts['learners']} learners: {counts['attention']} with a flag"
        f" or an error, {counts['unread']} could not be read. Those who need attention come"
        " first; the five area columns are a heat map of strength, 0 (red) to 100 (green).</p>\n"
        "<table>\n<thead><tr>"
        + "".join(f"<th>{html.escape(column.title)}</th>" for column in COLUMNS)
        + "</tr></thead>\n<tbody>\n"
    )
    for row in grid.rows:
        stream.write(_row(row, grid.quiet_days))
    legend = "".join(
        f"<li><code>{flag.name}</code>: {html.escape(label(flag.name, grid.quiet_days))}</li>"
        for flag in FLAGS
    )
    stream.write(f"</tbody>\n</table>\n<h2>Flags</h2>\n<ul>{legend}</ul>\n</body>\n</html>\n")


def _row(row: Row, quiet_days: int) -> str:
    kind = ' class="unread"' if row.facts is None else ""
    cells = "".join(_cell(column, row, quiet_days) for column in COLUMNS)
    return f"<tr{kind}>{cells}</tr>\n"


def _cell(column: Column, row: Row, quiet_days: int) -> str:
    text = html.escape(column.cell(row, quiet_days))
    if column.area is None or row.facts is None or text == NONE:
        return f"<td>{text}</td>"
    return f'<td class="area" style="background: {heat(row.facts.areas[column.area])}">{text}</td>'


def heat(strength: int) -> str:
    """A colour from red (0) through yellow to green (100), light enough to read text on."""
    hue = max(0, min(100, strength)) * 120 // 100
    return f"hsl({hue}, 70%, 80%)"
