"""Scan results for people: the `scan` command's table and the one-line project summary."""

from __future__ import annotations

from roadmap_lint.analysis.evidence import mark
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.terminal import paint
from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.scanning.result import Authorship, ScanResult

_WIDTH = max(len(name) for name in SIGNALS) + 2
_STRENGTH_WIDTH = len("exercised") + 2


def scan_table(result: ScanResult, *, color: bool) -> str:
    """Facts, then one row per signal with its strength and the paths that show it."""
    lines = [paint(f"Scan of {safe(result.repo)}", "bold", color)]
    facts = [
        ("head", f"{result.head or '-'}"),
        ("last commit", result.last_commit or "-"),
        ("files", str(result.files)),
        ("languages", languages_text(result) or "-"),
    ]
    if result.authorship is not None:
        facts.append(("authorship", authorship_text(result.authorship)))
    if result.secret_files:
        facts.append(("secret files", ", ".join(result.secret_files)))
    if result.note:
        facts.append(("note", result.note))
    lines += [f"  {label:<12} {safe(value)}" for label, value in facts]
    lines += ["", f"  {'signal':<{_WIDTH}}{'found':<7}{'strength':<{_STRENGTH_WIDTH}}evidence"]
    for name in SIGNALS:
        signal = result.signals.get(name)
        present = signal is not None and signal.present
        found = paint("yes", "green", color) if present else "no "
        strength = (signal.strength or "") if signal is not None and present else ""
        evidence = ", ".join(safe(path) for path in signal.evidence) if signal else ""
        lines.append(
            f"  {name:<{_WIDTH}}{found}    {strength:<{_STRENGTH_WIDTH}}{evidence}".rstrip()
        )
    return "\n".join(lines)


def languages_text(result: ScanResult) -> str:
    return ", ".join(f"{name} {count}" for name, count in result.languages.items())


def authorship_text(authorship: Authorship) -> str:
    """`38 of 40 commits by you`, or why it is unknown."""
    if not authorship.known:
        return f"unknown: the history was cut ({authorship.commits} commits kept, none yours)"
    if not authorship.complete:
        return f"{authorship.learner} of the {authorship.commits} commits kept are yours"
    return f"{authorship.learner} of {authorship.commits} commits by you"


def project_line(project_id: str, result: ScanResult) -> str:
    """``notes-api: tests ✓✓, dockerfile ✓, database ~`` or the reason it could not be read."""
    if result.error:
        return f"{safe(project_id)}: could not be read"
    shown = [f"{name} {mark(result, name)}" for name in SIGNALS if result.shows(name)]
    line = f"{safe(project_id)}: {', '.join(shown) or 'no signals'}"
    if result.authorship is not None:
        line += f" ({authorship_text(result.authorship)})"
    return line
