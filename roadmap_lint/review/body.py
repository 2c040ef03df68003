"""Render a review body from its template, sandboxed, with the roadmap's text as data only.

The template is ``.github/roadmap-review/<cadence>.md.j2`` when the repository has one, else
``templates/review-<cadence>.md.j2``; both render through ``core.user_templates`` (sandboxed,
bounded, ``StrictUndefined``), and every string they are given has passed the Markdown escaper
unless roadmap-lint built it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from roadmap_lint.core.markdown import escape, escape_data
from roadmap_lint.core.user_templates import render_user_template

OVERRIDE_DIR = Path(".github", "roadmap-review")
_BLANK_RUNS = re.compile(r"\n{3,}")
#: GitHub refuses an issue body longer than this many characters.
BODY_LIMIT = 65536
TRUNCATED_NOTE = (
    "\n\n---\n_This review was cut short to fit GitHub's limit of 65,536 characters. "
    "Run `roadmap-lint review --dry-run` to see all of it._\n"
)


def render_body(cadence: str, context: dict[str, Any], search: list[Path]) -> str:
    """The issue body: the marker first (so a cut never loses it), then the template's text."""
    names = [f"{cadence}.md.j2", f"review-{cadence}.md.j2"]
    text, cut = render_user_template(
        names,
        escape_data(context),
        search,
        OVERRIDE_DIR,
        filters={"md": escape},
        guide="docs/review.md",
    )
    # Sections that print nothing leave runs of blank lines; Markdown treats them as one.
    text = _BLANK_RUNS.sub("\n\n", text.strip())
    return fit(f"{context['marker']}\n{text}\n", truncated=cut)


def fit(body: str, limit: int = BODY_LIMIT, *, truncated: bool = False) -> str:
    """``body``, cut at a line boundary with a note when it is over ``limit`` characters (or
    was ``truncated`` already); a Mermaid or code block left open by the cut is closed."""
    if len(body) <= limit and not truncated:
        return body
    room = limit - len(TRUNCATED_NOTE) - len("\n```")
    cut = body[:room]
    # At a line's end, unless the last line is very long (a template may print no newline).
    newline = cut.rfind("\n")
    cut = cut[:newline] if newline > room - 2000 else cut
    if cut.count("\n```") % 2:
        cut += "\n```"
    return cut + TRUNCATED_NOTE
