"""The brief as Markdown or as plain text, from one template (``templates/brief.md.j2``).

A repository may bring its own ``.github/roadmap-brief/brief.md.j2``; it renders within the
same sandbox and bounds as a review template. Markdown escapes every value from the roadmap
or a repository (``md``) and links only to addresses roadmap-lint built (``link``); text keeps
the values as they are, with control characters shown as escapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roadmap_lint.analysis.evidence import MARKS
from roadmap_lint.core.markdown import escape
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.user_templates import render_user_template

TEMPLATE = "brief.md.j2"
OVERRIDE_DIR = Path(".github", "roadmap-brief")
LEGEND = "✓✓ exercised by the project's CI · ✓ in the repository · ~ declared only"
STATES = {
    "comfortable_with_evidence": "comfortable, with a project",
    "on_roadmap_weak": "on the roadmap, not proven yet",
    "missing": "missing",
}
_BLANK_RUNS = re.compile(r"\n{3,}")


def render_brief(facts: dict[str, Any], search: list[Path], *, markdown: bool) -> str:
    filters: dict[str, Callable[..., str]] = (
        {"md": lambda text: str(escape(text)), "link": _markdown_link}
        if markdown
        else {"md": lambda text: safe(str(text)), "link": _text_link}
    )
    context = {**facts, "marks": MARKS, "states": STATES, "legend": LEGEND}
    text, _ = render_user_template(
        [TEMPLATE], context, search, OVERRIDE_DIR, filters=filters, guide="docs/brief.md"
    )
    return _BLANK_RUNS.sub("\n\n", text.strip()) + "\n"


def _markdown_link(text: str, url: str | None) -> str:
    shown = str(escape(text))
    if not url:
        return shown
    return f"[{shown}]({url.replace('(', '%28').replace(')', '%29')})"


def _text_link(text: str, url: str | None) -> str:
    return safe(text) if not url or url == text else f"{safe(text)} ({safe(url)})"
