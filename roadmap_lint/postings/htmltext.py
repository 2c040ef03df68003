"""A saved job page reduced to text, with the standard library's ``html.parser``.

Scripts, styles and other non-text elements are dropped. Block elements end a line, so the
section finder can still tell "Benefits" from "Requirements"; headings come out as Markdown
headings (``## Benefits``) and bold as ``**bold**``, which is how the section finder reads
Markdown postings too; list items become ``- item`` lines. Character references are decoded;
runs of white space collapse as a browser would collapse them, except that the line breaks of
a ``<pre>`` block are kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never text a reader sees.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
#: Elements that start and end a line of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead",
        "title", "tr", "ul",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"b", "strong"})
_WHITE_SPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """The visible text of ``html``, one block per line; never raises on malformed markup."""
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(reducer.parts).split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside hidden elements
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and <hr/> end a line; a self-closed hidden element hides nothing.
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        if self.hidden:
            return
        if tag in _BLOCKS or tag in _HEADINGS:  # a list item ends where the next one starts
            self.parts.append("\n")
        elif tag in _BOLD:
            self.parts.append("**")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.parts.append(data if self.preformatted else _WHITE_SPACE.sub(" ", data))

    def _open(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        if self.hidden:
            return
        if tag == "pre":
            self.preformatted += 1
        if tag in _HEADINGS:
            self.parts.append("\n## ")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in _BOLD:
            self.parts.append("**")
