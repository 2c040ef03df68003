"""Parse many versions of one YAML file, re-parsing only the parts that changed.

Consecutive versions of a roadmap differ in a line or two, yet a full parse of a 200-skill file
costs about 10 ms; a thousand versions would cost ten seconds. So each version is cut along its
block structure (top-level keys, their children, list items), and every piece is parsed once
with the safe, size-capped ``parse_text`` and cached by its text. A piece that cannot stand on
its own (an alias to an anchor elsewhere, a flow collection spread over several entries) fails
to parse, and then the whole version is parsed in one go: a cut never changes the result, it
only makes the common case fast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from roadmap_lint.loading.document import parse_text

#: Pieces shorter than this are parsed whole; splitting them would cost more than it saves.
_SPLIT_MIN = 400
_HEADER = re.compile(r"( *)([A-Za-z_][\w\- ]*):[ \t]*(?:#[^\n]*)?\n")
#: An entry starts at a plain key. Anything else at that indentation (a list item belonging
#: to the key above, an anchor, a quoted key) stays with the entry above it, whose parse then
#: fails or keeps it, exactly as a whole-file parse would.
_KEY = r"(?=[A-Za-z_][\w\- .]*:(?:[ \t]|$))"
_TOP_ENTRY = re.compile("^" + _KEY, re.MULTILINE)
#: Lines that start or end a YAML document, or a directive: leave those files to the full parse.
_DOCUMENT_MARKERS = ("---", "...", "%")
_PATH = Path("<history>")


class _Fallback(Exception):
    """A piece did not parse on its own: parse the whole version instead."""


class ChunkedParser:
    """Parses versions of one file; share one instance across all versions to share the cache."""

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}

    def parse(self, text: str) -> Any:
        """The data of ``text`` as ``parse_text`` would give it; None when it does not parse."""
        if not _has_document_markers(text):
            try:
                return self._top_level(text)
            except (_Fallback, RecursionError):
                pass
        document = parse_text(text, _PATH)
        return document.data if document.parsed else None

    def _top_level(self, text: str) -> dict[str, Any]:
        starts = [match.start() for match in _TOP_ENTRY.finditer(text)]
        if not starts or text[starts[0]] == "-" or _first_content(text[: starts[0]]):
            raise _Fallback
        ends = [*starts[1:], len(text)]
        return _merge(self._entry(text[start:end]) for start, end in zip(starts, ends, strict=True))

    def _entry(self, chunk: str) -> dict[str, Any]:
        """``{key: value}`` of one mapping entry (a header line and its indented body)."""
        if chunk in self._cache:
            return self._cache[chunk]  # type: ignore[no-any-return]
        value: Any = None
        if len(chunk) >= _SPLIT_MIN:
            try:
                value = self._split(chunk)
            except _Fallback:  # a piece needs its neighbours: parse this entry whole
                value = None
        if value is None:
            value = _leaf(chunk, dict)
        self._cache[chunk] = value
        return value  # type: ignore[no-any-return]

    def _item(self, chunk: str) -> list[Any]:
        if chunk not in self._cache:
            self._cache[chunk] = _leaf(chunk, list)
        return self._cache[chunk]  # type: ignore[no-any-return]

    def _split(self, chunk: str) -> dict[str, Any] | None:
        header = _HEADER.match(chunk)
        body = chunk[header.end() :] if header else ""
        child = _first_content(body)
        if header is None or child is None:
            return None
        indent, is_item = child
        if indent < len(header.group(1)) or (indent == len(header.group(1)) and not is_item):
            return None
        pattern = rf"^ {{{indent}}}-(?:[ \t]|$)" if is_item else rf"^ {{{indent}}}" + _KEY
        starts = [match.start() for match in re.finditer(pattern, body, re.MULTILINE)]
        if not starts or _first_content(body[: starts[0]]) is not None:
            raise _Fallback
        pieces = [
            body[start:end] for start, end in zip(starts, [*starts[1:], len(body)], strict=True)
        ]
        key = next(iter(_leaf(header.group(0), dict)))
        if is_item:
            return {key: [item for piece in pieces for item in self._item(piece)]}
        return {key: _merge(self._entry(piece) for piece in pieces)}


def _has_document_markers(text: str) -> bool:
    # substring searches run in C; a multi-line regex over every version costs far more
    return text.startswith(_DOCUMENT_MARKERS) or any(
        "\n" + marker in text for marker in _DOCUMENT_MARKERS
    )


def _leaf(chunk: str, shape: type) -> Any:
    """Parse one piece; it must be a one-entry mapping or a one-item list, as cut."""
    document = parse_text(chunk, _PATH)
    data = document.data
    if not document.parsed or not isinstance(data, (dict, list)) or not isinstance(data, shape):
        raise _Fallback
    if len(data) != 1:
        raise _Fallback
    return data


def _first_content(body: str) -> tuple[int, bool] | None:
    """Indentation of the first line that is neither blank nor a comment, and whether it is
    a list item."""
    for line in body.splitlines():
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            if stripped.startswith("\t"):
                raise _Fallback
            return len(line) - len(stripped), stripped == "-" or stripped.startswith(("- ", "-\t"))
    return None


def _merge(entries: Any) -> dict[str, Any]:
    """Entries into one mapping; a repeated key keeps its first value, as ``parse_text`` does."""
    merged: dict[str, Any] = {}
    for entry in entries:
        for key, value in entry.items():
            merged.setdefault(key, value)
    return merged
