"""Scan results for people: the `scan` command's table and the one-line project summary."""

from __future__ import annotations

from roadmap_lint.core.secrets import safe
from roadmap_lint.core.terminal import paint
from roadmap_lint.model import SIGNALS
from roadmap_lint.scanning.result import ScanResult

_WIDTH = max(len(name) for name in SIGNALS) + 2


def scan_table(result: ScanResult, *, color: bool) -> str:
    """Facts, then one row per signal with the paths that show it."""
    lines = [paint(f"Scan of {safe(result.repo)}", "bold", color)]
    facts = [
        ("head", f"{result.head or '-'}"),
        ("last commit", result.last_commit or "-"),
        ("files", str(result.files)),
        ("languages", languages_text(result) or "-"),
    ]
    if result.note:
        facts.append(("note", result.note))
    lines += [f"  {label:<12} {safe(value)}" for label, value in facts]
    lines += ["", f"  {'signal':<{_WIDTH}}{'found':<7}evidence"]
    for name in SIGNALS:
        signal = result.signals.get(name)
        present = signal is not None and signal.present
        mark = paint("yes", "green", color) if present else "no "
        evidence = ", ".join(safe(path) for path in signal.evidence) if signal else ""
        lines.append(f"  {name:<{_WIDTH}}{mark}    {evidence}".rstrip())
    return "\n".join(lines)


def languages_text(result: ScanResult) -> str:
    return ", ".join(f"{name} {count}" for name, count in result.languages.items())


def project_line(project_id: str, result: ScanResult) -> str:
    """``notes-api: tests, dockerfile, ...`` or the reason it could not be read."""
    if result.error:
        return f"{safe(project_id)}: could not be read"
    shown = [name for name in SIGNALS if result.shows(name)]
    return f"{safe(project_id)}: {', '.join(shown) or 'no signals'}"
