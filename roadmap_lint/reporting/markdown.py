"""``--format markdown``: the job summary — findings, the signal matrix, the balance chart.

GitHub renders it on the run's page (``$GITHUB_STEP_SUMMARY``); it reads as well in a terminal
or a pull-request comment. Everything taken from the roadmap or a repository goes through
``md_text`` (the review issue's escaping) first, so a value cannot inject HTML, break a table,
fake a link or mention anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from roadmap_lint.core.findings import Finding, Severity, summarize
from roadmap_lint.core.markdown import escape
from roadmap_lint.model import Roadmap
from roadmap_lint.scanning.result import ScanResult

if TYPE_CHECKING:
    from roadmap_lint.analysis.balance import AreaScore
    from roadmap_lint.check import CheckResult

#: GitHub caps a step summary at 1 MiB: at most this many rows, each text cut to MAX_TEXT.
MAX_ROWS = 200
MAX_TEXT = 500

_ICONS = {Severity.ERROR: "❌ error", Severity.WARNING: "⚠️ warning", Severity.INFO: "ℹ️ info"}
_NOT_SCANNED = "_The projects were not scanned, so no signal is known._\n"


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    stream.write(job_summary(result))


def job_summary(result: CheckResult) -> str:
    from roadmap_lint.analysis.balance import area_scores, weakest_area

    scores = area_scores(result.model, result.scans)
    weakest = weakest_area(scores)
    return "\n".join(
        (
            f"## roadmap-lint: {md_text(result.roadmap)}\n",
            _verdict(result.findings),
            "### Findings\n",
            findings_table(result.findings),
            "### Evidence in the projects\n",
            signal_matrix(result.model, result.scans),
            "### Balance\n",
            balance_chart(scores),
            f"Weakest area: **{md_text(weakest.title)}** (strength {weakest.strength}/100).\n",
        )
    )


def findings_table(findings: list[Finding]) -> str:
    if not findings:
        return "No findings.\n"
    rows = "".join(
        f"| {_ICONS[f.severity]} | {f.rule} `{f.name}` | {md_text(f.file)}:{f.line}:{f.column}"
        f" | {_cell(f.message)}{'<br>' + _cell(f.hint) if f.hint else ''} |\n"
        for f in findings[:MAX_ROWS]
    )
    more = len(findings) - MAX_ROWS
    tail = f"\n…and {more} more; run `roadmap-lint check` to see them all.\n" if more > 0 else ""
    return "| severity | rule | where | message |\n|---|---|---|---|\n" + rows + tail


def signal_matrix(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> str:
    """Projects down, signals across — the same table as the review issue's, from its data."""
    from roadmap_lint.analysis.evidence import signal_table

    if scans is None:
        return _NOT_SCANNED
    table = signal_table(roadmap, scans)
    rows, columns = table["projects"][:MAX_ROWS], table["signal_columns"]
    if not rows:
        return "_The roadmap lists no project yet._\n"
    if not columns:
        return "_No project claims or shows a signal yet: add `expects:` to each project._\n"
    header = "| project | status |" + "".join(f" `{c}` |" for c in columns) + "\n"
    rule = "|---|---|" + ":-:|" * len(columns) + "\n"
    body = "".join(
        f"| {_cell(row['title'])} | {_cell(row['status'])} |"
        + "".join(f" {cell} |" for cell in row["cells"])
        + "\n"
        for row in rows
    )
    unread = "".join(
        f"\n- {_cell(row['title'])}: {_cell(row['error'])}" for row in rows if row["error"]
    )
    legend = f"\n{table['legend']}\n"
    return header + rule + body + legend + (f"\nNot read:{unread}\n" if unread else "")


def _verdict(findings: list[Finding]) -> str:
    if not findings:
        return "✅ All checks passed.\n"
    counts = summarize(findings)
    return " · ".join(f"{name}: **{count}**" for name, count in counts.items()) + "\n"


def _cell(text: str) -> str:
    return md_text(text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…")


def md_text(text: str) -> str:
    """``text`` as inert Markdown on one line: no HTML, no table break, no emphasis or link."""
    return str(escape(text))


def balance_chart(scores: Sequence[AreaScore]) -> str:
    """The balance chart as a fenced block, which GitHub draws."""
    from roadmap_lint.analysis.balance import mermaid_chart

    return f"```mermaid\n{mermaid_chart(scores)}\n```\n"
