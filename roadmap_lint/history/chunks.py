"""Parse many versions of one YAML file, re-parsing only the parts that changed.

Consecutive versions of a roadmap differ in a line or two, yet a full parse of a 200-skill file
costs about 10 ms; a thousand versions would cost ten seconds. So each version is cut along its
block structure (top-level keys, their children, list items), and every piece is parsed once
with the safe, size-capped ``parse_text`` and cached by its text. A piece that cannot stand on
its own (an alias to an anchor elsewhere, a flow collection spread over several entries) fails
to parse, and then the whole version is parsed in one go: a cut never changes the result, it
only makes the common case fast.

The loader's caps (values built, nesting depth) hold for each version as a whole, not for each
piece: a cached piece remembers how many values it adds and how deep it reaches, a new piece
may build only what its version has left, and a version over a cap is parsed whole, which
refuses it as a whole-file parse would. ``work`` counts the events read and values built by
every parse, so that the caller can bound the work of a whole history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from roadmap_lint.loading.document import Limits, parse_text

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
#: A bare `---` on the first line (as yamllint asks for) changes nothing in a single document.
_LEADING_START = re.compile(r"---[ \t]*(?:#[^\n]*)?\n")
_PATH = Path("<history>")


class _Fallback(Exception):
    """A piece did not parse on its own, or the version is over a cap: parse it whole."""


@dataclass(frozen=True)
class _Piece:
    """A parsed piece (``{key: value}`` or ``[item]``), the values it adds to a whole document
    (its one-entry wrapper not counted) and the levels it reaches below that wrapper."""

    value: Any
    values: int
    depth: int


class ChunkedParser:
    """Parses versions of one file; share one instance across all versions to share the cache."""

    def __init__(self, limits: Limits | None = None) -> None:
        self._limits = limits or Limits()
        self._cache: dict[str, _Piece] = {}
        #: values the version being parsed may still add
        self._left = 0
        #: YAML events read and values built by every parse so far (a cached piece costs none)
        self.work = 0

    def parse(self, text: str) -> Any:
        """The data of ``text`` as ``parse_text`` would give it; None when it does not parse."""
        body = _without_leading_start(text)
        if not _has_document_markers(body):
            try:
                return self._top_level(body)
            except (_Fallback, RecursionError):
                pass
        document = parse_text(text, _PATH, self._limits)
        self.work += document.events + document.values
        return document.data if document.parsed else None

    def _top_level(self, text: str) -> dict[str, Any]:
        starts = [match.start() for match in _TOP_ENTRY.finditer(text)]
        if not starts or text[starts[0]] == "-" or _first_content(text[: starts[0]]):
            raise _Fallback
        self._lead(text[: starts[0]])
        self._left = self._limits.max_nodes - 1  # the root mapping is a value too
        ends = [*starts[1:], len(text)]
        return _merge(
            self._entry(text[start:end], 0).value for start, end in zip(starts, ends, strict=True)
        )

    def _lead(self, lead: str) -> None:
        """The blank lines and comments before the first entry belong to no piece, yet the
        loader reads them too: a character it refuses there (a control character in a
        comment) refuses the whole file, so they are parsed once, like a piece."""
        if not lead or lead in self._cache:
            return
        document = parse_text(lead, _PATH, self._limits)
        self.work += document.events + document.values
        if not document.parsed or document.data is not None:
            raise _Fallback
        self._cache[lead] = _Piece(None, 0, 0)

    def _entry(self, chunk: str, depth: int) -> _Piece:
        """``{key: value}`` of one mapping entry (a header line and its indented body), whose
        wrapper sits ``depth`` levels deep in the whole document."""
        cached = self._cache.get(chunk)
        if cached is not None:
            return self._charge(cached, depth)
        piece = None
        if len(chunk) >= _SPLIT_MIN:
            left = self._left
            try:
                piece = self._split(chunk, depth)
            except _Fallback:  # a piece needs its neighbours: parse this entry whole
                self._left = left
        if piece is None:
            piece = self._leaf(chunk, dict, depth)
        self._cache[chunk] = piece
        return piece

    def _item(self, chunk: str, depth: int) -> _Piece:
        cached = self._cache.get(chunk)
        if cached is not None:
            return self._charge(cached, depth)
        piece = self._cache[chunk] = self._leaf(chunk, list, depth)
        return piece

    def _split(self, chunk: str, depth: int) -> _Piece | None:
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
        ends = [*starts[1:], len(body)]
        texts = [body[start:end] for start, end in zip(starts, ends, strict=True)]
        key = next(iter(_key_of(header.group(0))))
        # The value (a list or a mapping) is one value more, one level below the wrapper.
        self._charge(_Piece(None, 1, 1), depth)
        if is_item:
            pieces = [self._item(text, depth + 1) for text in texts]
            value: Any = [item for piece in pieces for item in piece.value]
        else:
            pieces = [self._entry(text, depth + 1) for text in texts]
            value = _merge(piece.value for piece in pieces)
        return _Piece(
            {key: value},
            1 + sum(piece.values for piece in pieces),
            1 + max(piece.depth for piece in pieces),
        )

    def _leaf(self, chunk: str, shape: type, depth: int) -> _Piece:
        """Parse one piece, building no more than the version has left; it must be a one-entry
        mapping or a one-item list, as cut."""
        limits = replace(
            self._limits, max_nodes=self._left + 1, max_depth=self._limits.max_depth - depth
        )
        document = parse_text(chunk, _PATH, limits)
        self.work += document.events + document.values
        data = document.data
        if not document.parsed or not isinstance(data, dict | list) or not isinstance(data, shape):
            raise _Fallback
        if len(data) != 1:
            raise _Fallback
        return self._charge(_Piece(data, document.values - 1, document.depth), depth)

    def _charge(self, piece: _Piece, depth: int) -> _Piece:
        """Count ``piece`` against its version's caps; over one, the version is parsed whole."""
        self._left -= piece.values
        if self._left < 0 or depth + piece.depth > self._limits.max_depth:
            raise _Fallback
        return piece


def _without_leading_start(text: str) -> str:
    found = _LEADING_START.match(text)
    return text[found.end() :] if found else text


def _has_document_markers(text: str) -> bool:
    # substring searches run in C; a multi-line regex over every version costs far more
    return text.startswith(_DOCUMENT_MARKERS) or any(
        "\n" + marker in text for marker in _DOCUMENT_MARKERS
    )


def _key_of(header: str) -> dict[str, Any]:
    """The one key a header line (``key:``) holds."""
    document = parse_text(header, _PATH)
    if not document.parsed or not isinstance(document.data, dict) or len(document.data) != 1:
        raise _Fallback
    return document.data


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
