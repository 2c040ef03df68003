"""Markdown escaping for roadmap text placed in an issue body.

Roadmap text is data: it must show as written and do nothing else. It must not notify
anyone (``@octocat``), inject HTML (``<script>``, ``<img onerror>``), open or close a code
fence (```), start a heading, list or table row, or become a link. Every string handed to a
template passes ``escape`` first (``escape_data``), unless the tool itself built it as
``Trusted`` Markdown; templates keep the ``md`` filter for text they assemble themselves.

Escaping the data rather than the printed output lets macros return Markdown that is printed
as is, while no roadmap string ever reaches the template unescaped.
"""

from __future__ import annotations

import re
from typing import Any

from roadmap_lint.core.secrets import displayable


class Trusted(str):
    """Markdown built by roadmap-lint (a chart, the marker, an escaped value): printed as is."""

    __slots__ = ()


# Characters with meaning anywhere in GitHub Markdown (emphasis, code, links, tables, math),
# escaped with a backslash; ``&``, ``<`` and ``>`` become entities, never tags again.
_SPECIALS = re.compile(r"([\\`*_\[\]|~$])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Meaningful only at the start of a line: headings, list bullets, setext underlines, "1." lists.
_LEADING_MARK = re.compile(r"^([#+=-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
# A zero-width space after @ or before an issue number shows the same text, but GitHub no
# longer sees a mention (which would notify someone) or a cross-reference (which would post
# a backlink into someone else's issue).
_MENTION = re.compile(r"(?<![A-Za-z0-9])@(?=[A-Za-z0-9])")
_REFERENCE = re.compile(r"#(?=\d)")
_WHITESPACE = re.compile(r"\s+")


def escape(value: Any) -> Trusted:
    """``value`` as inert, single-line Markdown text."""
    if isinstance(value, Trusted):
        return value
    text = _WHITESPACE.sub(" ", "" if value is None else displayable(str(value))).strip()
    text = "".join(_ENTITIES.get(ch, ch) for ch in text if ch.isprintable())
    text = _SPECIALS.sub(r"\\\1", text)
    text = _LEADING_NUMBER.sub(r"\1\\\2", _LEADING_MARK.sub(r"\\\1", text))
    text = _MENTION.sub("@&#8203;", _REFERENCE.sub("#&#8203;", text))
    return Trusted(text)


def escape_data(value: Any) -> Any:
    """``value`` with every string inside it (in dicts, lists, tuples) escaped."""
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: escape_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [escape_data(item) for item in value]
    return value
