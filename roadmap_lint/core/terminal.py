"""Colour for terminal output; the CLI decides whether colour is on."""

from __future__ import annotations

_CODES = {"bold": "1", "red": "31", "yellow": "33", "blue": "34", "cyan": "36", "green": "32"}


def paint(text: str, style: str, enabled: bool) -> str:
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m" if enabled else text
