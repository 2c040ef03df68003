"""Templates a user may override, rendered within bounds, failing with one clear line.

The review issue and the interview brief both let a repository bring its own template (in
``.github/roadmap-review/`` and ``.github/roadmap-brief/``). Both render the same way: only from
a real folder inside the repository, through the one sandboxed environment, within the time,
memory and output limits of ``templating``; any failure (a syntax error, an unknown name, a
limit reached, the template's own ``1 / 0``) becomes a ``UserError`` naming the template's
file and line.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.templating import (
    TEMPLATE_BYTES,
    TemplateBudgetError,
    TemplateRefused,
    bounded_render,
    template_environment,
)


def render_user_template(
    names: Sequence[str],
    data: Mapping[str, Any],
    search: Sequence[Path],
    override_dir: Path,
    *,
    filters: Mapping[str, Callable[..., Any]],
    guide: str,
) -> tuple[str, bool]:
    """The first of ``names`` found in ``<folder>/<override_dir>`` of each ``search`` folder,
    then in roadmap-lint's own templates, rendered with ``data``; and whether it was cut at
    the output limit. ``guide`` names the document that lists the template's names."""
    folders = [folder / override_dir for folder in search if _own_folder(folder, override_dir)]
    env = template_environment(folders, filters=filters)
    try:
        return bounded_render(lambda: env.select_template(list(names)), dict(data))
    except jinja2.TemplateSyntaxError as error:
        raise UserError(
            f"{error.filename or error.name}:{error.lineno}: template syntax error: "
            f"{error.message}",
            hint="fix the template, or delete it to use roadmap-lint's own",
        ) from None
    except Exception as error:  # anything a template's own code raised, 1 / 0 included
        raise _template_failure(error, names[0], override_dir, guide) from None


def _own_folder(folder: Path, override_dir: Path) -> bool:
    """The override folder exists and is really inside ``folder``, not a link elsewhere."""
    overrides = folder / override_dir
    if not overrides.is_dir():
        return False
    if not overrides.resolve().is_relative_to(folder.resolve()):
        raise UserError(
            f"{overrides}: template refused: the folder links outside {folder}",
            hint=f"make {override_dir.as_posix()}/ a real folder in the repository",
        )
    return True


_BOUNDS_HINT = (
    "keep the template's loops, numbers and output small, or delete it to use roadmap-lint's own"
)
#: The line and hint for each kind of failure, most specific first (``{error}``, ``{kind}``,
#: ``{folder}`` and ``{guide}`` are filled in).
_FAILURES: tuple[tuple[type[BaseException], str, str], ...] = (
    (
        jinja2.TemplateNotFound,
        "template not found: {error}",
        "a template may include or import only templates in {folder}/ or roadmap-lint's own",
    ),
    (
        jinja2.TemplateError,
        "template error: {error}",
        "a template may use only the documented names (see {guide})",
    ),
    (
        TemplateRefused,
        "template refused: {error}",
        f"an override must be a UTF-8 file of at most {TEMPLATE_BYTES // 1024} KB inside"
        " {folder}/",
    ),
    (MemoryError, "template stopped: it needed too much memory", _BOUNDS_HINT),
    (
        RecursionError,
        "template stopped: it nests too deeply (a macro calling itself?)",
        _BOUNDS_HINT,
    ),
    (TemplateBudgetError, "template stopped: {error}", _BOUNDS_HINT),
    (
        Exception,
        "template failed: {kind}: {error}",
        "a template may use only the documented names (see {guide})",
    ),
)


def _template_failure(
    error: BaseException, default: str, override_dir: Path, guide: str
) -> UserError:
    where = _template_line(error) or default
    message, hint = next((m, h) for kind, m, h in _FAILURES if isinstance(error, kind))
    fill = {"kind": type(error).__name__, "folder": override_dir.as_posix(), "guide": guide}
    return UserError(
        f"{where}: {message.format(error=error, **fill)}", hint=hint.format(error=error, **fill)
    )


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
