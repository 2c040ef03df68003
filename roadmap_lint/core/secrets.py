"""Keep tokens and control characters out of every line roadmap-lint prints."""

from __future__ import annotations

import re
from collections.abc import Iterable

_MASK = "***"
# Credentials embedded in URLs (https://user:token@host) are masked even when unknown.
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")
# Token shapes GitHub issues (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_).
_GITHUB_TOKEN = re.compile(r"\b(gh[opsur]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b")


#: Secrets every ``redact`` masks, whatever the caller passes: the token in use, once read.
_KEPT: set[str] = set()


def keep_secret(*forms: str) -> None:
    """Mask ``forms`` (a token, and each encoding of it that is sent) in every later message."""
    _KEPT.update(form for form in forms if form)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with each known secret, URL credential and GitHub-shaped token masked."""
    known = {s for s in (*secrets, *_KEPT) if s and len(s) >= 4}
    for secret in sorted(known, key=len, reverse=True):
        text = text.replace(secret, _MASK)
    text = _URL_CREDENTIALS.sub(lambda m: m.group(1) + _MASK + "@", text)
    return _GITHUB_TOKEN.sub(_MASK, text)


def safe(text: str) -> str:
    """Show control characters (terminal escapes, newlines) as escapes, never raw.

    A repository path or a roadmap value could otherwise move the cursor or rewrite the
    terminal of whoever reads the output. A byte of a file name that is not UTF-8 shows as
    ``\\xff``, as in ``displayable``.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def displayable(text: str) -> str:
    """``text`` with every lone surrogate spelt out, so that it can be written as UTF-8.

    File names that are not UTF-8 reach roadmap-lint as ``surrogateescape`` text (byte 0xFF
    becomes U+DCFF); such a character cannot be encoded, and JSON would carry it as an
    unpaired ``\\udcff`` that strict readers reject. It becomes the four characters ``\\xff``.
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda found: _escape(found.group()), text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(ch: str) -> str:
    if "\udc80" <= ch <= "\udcff":  # an undecodable byte, as surrogateescape keeps it
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return ascii(ch)[1:-1]
