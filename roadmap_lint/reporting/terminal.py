"""Colour and escaping for terminal output; the CLI decides whether colour is on."""

from __future__ import annotations

_CODES = {"bold": "1", "red": "31", "yellow": "33", "blue": "34", "cyan": "36", "green": "32"}


def paint(text: str, style: str, enabled: bool) -> str:
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m" if enabled else text


def safe(text: str) -> str:
    """Show control characters (terminal escapes, newlines) as escapes, never raw.

    A repository path or a roadmap value could otherwise move the cursor or rewrite the
    terminal of whoever reads the output.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
