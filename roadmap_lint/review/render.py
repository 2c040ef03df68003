"""Render a review body from its template, sandboxed, with the roadmap's text as data only.

The template is ``.github/roadmap-review/<cadence>.md.j2`` when the repository has one, else
``templates/review-<cadence>.md.j2``. Both run in Jinja2's ``SandboxedEnvironment`` with
``StrictUndefined`` (a misspelt name is an error, not an empty string), and every string they
are given has passed the Markdown escaper unless roadmap-lint built it.
"""

from __future__ import annotations

import re
import types
from pathlib import Path
from typing import Any

from roadmap_lint.errors import UserError
from roadmap_lint.resources import data_dir
from roadmap_lint.review.markdown import escape, escape_data

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
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    folders = [str(folder / OVERRIDE_DIR) for folder in search if (folder / OVERRIDE_DIR).is_dir()]
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*folders, str(data_dir("templates"))]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape
    names = [f"{cadence}.md.j2", f"review-{cadence}.md.j2"]
    try:
        template = env.select_template(names)
        text = template.render(**escape_data(context))
    except jinja2.TemplateSyntaxError as error:
        raise UserError(
            f"{error.filename or error.name}:{error.lineno}: template syntax error: "
            f"{error.message}",
            hint="fix the template, or delete it to use roadmap-lint's own",
        ) from None
    except jinja2.TemplateError as error:
        where = _template_line(error) or names[0]
        raise UserError(
            f"{where}: template error: {error}",
            hint="a template may use only the documented names (see docs/review.md)",
        ) from None
    # Sections that print nothing leave runs of blank lines; Markdown treats them as one.
    text = _BLANK_RUNS.sub("\n\n", text.strip())
    return fit(f"{context['marker']}\n{text}\n")


def fit(body: str, limit: int = BODY_LIMIT) -> str:
    """``body``, cut at a line boundary with a note when it is over ``limit`` characters;
    a Mermaid or code block left open by the cut is closed."""
    if len(body) <= limit:
        return body
    room = limit - len(TRUNCATED_NOTE) - len("\n```")
    cut = body[:room]
    cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
    if cut.count("\n```") % 2:
        cut += "\n```"
    return cut + TRUNCATED_NOTE


def _template_line(error: BaseException) -> str:
    """``file:line`` of the innermost template frame in the traceback (Jinja rewrites its
    tracebacks so that template frames carry the template's own file name and line)."""
    found = ""
    trace: types.TracebackType | None = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = f"{name}:{trace.tb_lineno}"
        trace = trace.tb_next
    return found
