"""Render a review body from its template, sandboxed, with the roadmap's text as data only.

The template is ``.github/roadmap-review/<cadence>.md.j2`` when the repository has one, else
``templates/review-<cadence>.md.j2``. Both run in Jinja2's sandbox, within the time, memory
and output limits of ``sandbox``, with ``StrictUndefined`` (a misspelt name is an error, not an
empty string), and every string they are given has passed the Markdown escaper unless
roadmap-lint built it.
"""

from __future__ import annotations

import re
import types
from pathlib import Path
from typing import Any

import jinja2

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.markdown import escape, escape_data
from roadmap_lint.core.templating import (
    TEMPLATE_BYTES,
    TemplateBudgetError,
    TemplateRefused,
    bounded_render,
    template_environment,
)

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
    folders = [folder / OVERRIDE_DIR for folder in search if _own_folder(folder)]
    env = template_environment(folders, filters={"md": escape})
    names = [f"{cadence}.md.j2", f"review-{cadence}.md.j2"]
    data = escape_data(context)
    try:
        text, cut = bounded_render(lambda: env.select_template(names), data)
    except jinja2.TemplateSyntaxError as error:
        raise UserError(
            f"{error.filename or error.name}:{error.lineno}: template syntax error: "
            f"{error.message}",
            hint="fix the template, or delete it to use roadmap-lint's own",
        ) from None
    except Exception as error:  # anything a template's own code raised, 1 / 0 included
        raise _template_failure(error, names[0]) from None
    # Sections that print nothing leave runs of blank lines; Markdown treats them as one.
    text = _BLANK_RUNS.sub("\n\n", text.strip())
    return fit(f"{context['marker']}\n{text}\n", truncated=cut)


def _own_folder(folder: Path) -> bool:
    """The override folder exists and is really inside ``folder``, not a link elsewhere."""
    overrides = folder / OVERRIDE_DIR
    if not overrides.is_dir():
        return False
    if not overrides.resolve().is_relative_to(folder.resolve()):
        raise UserError(
            f"{overrides}: template refused: the folder links outside {folder}",
            hint="make .github/roadmap-review/ a real folder in the repository",
        )
    return True


_NAMES_HINT = "a template may use only the documented names (see docs/review.md)"
_BOUNDS_HINT = (
    "keep the template's loops, numbers and output small, or delete it to use roadmap-lint's own"
)
#: The line and hint for each kind of failure, most specific first (``{error}`` is filled in).
_FAILURES: tuple[tuple[type[BaseException], str, str], ...] = (
    (
        jinja2.TemplateNotFound,
        "template not found: {error}",
        "a template may include or import only templates in .github/roadmap-review/ "
        "or roadmap-lint's own",
    ),
    (jinja2.TemplateError, "template error: {error}", _NAMES_HINT),
    (
        TemplateRefused,
        "template refused: {error}",
        f"an override must be a UTF-8 file of at most {TEMPLATE_BYTES // 1024} KB inside "
        ".github/roadmap-review/",
    ),
    (MemoryError, "template stopped: it needed too much memory", _BOUNDS_HINT),
    (
        RecursionError,
        "template stopped: it nests too deeply (a macro calling itself?)",
        _BOUNDS_HINT,
    ),
    (TemplateBudgetError, "template stopped: {error}", _BOUNDS_HINT),
    (Exception, "template failed: {kind}: {error}", _NAMES_HINT),
)


def _template_failure(error: BaseException, default: str) -> UserError:
    where = _template_line(error) or default
    message, hint = next((m, h) for kind, m, h in _FAILURES if isinstance(error, kind))
    text = message.format(error=error, kind=type(error).__name__)
    return UserError(f"{where}: {text}", hint=hint)


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
