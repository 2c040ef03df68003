"""Keep tokens and control characters out of every line roadmap-lint prints."""

from __future__ import annotations

import re
from collections.abc import Iterable

_MASK = "***"
# Credentials embedded in URLs (https://user:token@host) are masked even when unknown.
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")
# Token shapes GitHub issues (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_).
_GITHUB_TOKEN = re.compile(r"\b(gh[opsur]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with each known secret, URL credential and GitHub-shaped token masked."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, _MASK)
    text = _URL_CREDENTIALS.sub(lambda m: m.group(1) + _MASK + "@", text)
    return _GITHUB_TOKEN.sub(_MASK, text)


def safe(text: str) -> str:
    """Show control characters (terminal escapes, newlines) as escapes, never raw.

    A repository path or a roadmap value could otherwise move the cursor or rewrite the
    terminal of whoever reads the output.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
