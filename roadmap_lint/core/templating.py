"""The one Jinja environment roadmap-lint renders with, and the bounds it renders within.

Every template — the review issue, the one-page roadmap, the starter files — comes from
``template_environment``: sandboxed, with ``StrictUndefined`` (a misspelt name is an error, not
an empty string), no autoescaping (the output is Markdown or YAML; data is escaped before it
reaches a template), and templates read only through ``ConfinedLoader``.

A template a repository supplies gets hard limits on top.

Jinja2's ``SandboxedEnvironment`` stops a template from reaching Python's internals, and caps
``range()`` at 100,000 items, but nothing stops two nested loops (10^10 steps), a macro that
calls itself twice per level, ``9 ** 9 ** 9``, or ``'x' * 10 ** 10``. A repository's template is
the repository owner's own, yet it is run by a scheduled job nobody watches, so it gets hard
limits, each ending in one ``TemplateBudgetError`` line:

- time: a wall-clock deadline, enforced by a timer signal where the platform has one (it
  interrupts even a loop that prints nothing) and checked between output chunks everywhere;
- memory: the process's address space may grow by at most ``MEMORY_BYTES`` while rendering
  (Linux), so a giant allocation fails at once with ``MemoryError``;
- output: rendering stops once ``OUTPUT_CHARS`` are produced, as the body is cut anyway;
- numbers: ``**`` refuses results beyond ``MAX_POWER_BITS``, which Python would otherwise
  compute for minutes inside one uninterruptible step.

Templates are read only from their folders (no symlink out of them) and only up to
``TEMPLATE_BYTES``.
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

RENDER_SECONDS = 2.0
MEMORY_BYTES = 192 * 1024 * 1024
OUTPUT_CHARS = 4 * 65536
MAX_POWER_BITS = 4096
TEMPLATE_BYTES = 256 * 1024


def template_environment(
    folders: Sequence[Path] = (),
    *,
    filters: Mapping[str, Callable[..., Any]] | None = None,
    trim_blocks: bool = True,
    lstrip_blocks: bool = True,
) -> BoundedEnvironment:
    """An environment loading from ``folders`` (a repository's overrides), then from
    roadmap-lint's own ``templates/``."""
    from roadmap_lint.core.resources import data_dir

    environment = BoundedEnvironment(
        loader=ConfinedLoader([*map(str, folders), str(data_dir("templates"))]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=trim_blocks,
        lstrip_blocks=lstrip_blocks,
        keep_trailing_newline=True,
    )
    environment.filters.update(filters or {})
    return environment


class TemplateBudgetError(Exception):
    """A template ran past one of the limits above."""


class TemplateRefused(Exception):
    """A template file that is not read: a link out of its folder, too big, not UTF-8."""


class BoundedEnvironment(SandboxedEnvironment):
    """The sandbox, with ``**`` kept to numbers of a sane size and ``*`` to sequences of a
    sane length (intercepted operators are also never computed while compiling)."""

    intercepted_binops = frozenset({"**", "*"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _power_bits(left, right) > MAX_POWER_BITS:
            raise TemplateBudgetError(f"{left!r} ** {right!r} is too large a number")
        if operator == "*" and _repeated_length(left, right) > OUTPUT_CHARS:
            raise TemplateBudgetError(f"repeating a sequence {right!r} times is too much")
        return super().call_binop(context, operator, left, right)


def _repeated_length(left: Any, right: Any) -> int:
    """The length of ``left * right`` when it repeats a sequence, else 0."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            return len(sequence) * times
    return 0


def _power_bits(base: Any, exponent: Any) -> float:
    if not isinstance(base, int | float) or not isinstance(exponent, int | float):
        return 0.0
    return abs(exponent) * math.log2(abs(base)) if abs(base) > 1 and exponent > 0 else 0.0


class ConfinedLoader(jinja2.FileSystemLoader):
    """A ``FileSystemLoader`` that will not follow a link out of its folders, nor read a file
    bigger than ``TEMPLATE_BYTES``, nor stop at text that is not UTF-8."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            path = Path(folder, *pieces)
            if not path.is_file():
                continue
            if not path.resolve().is_relative_to(Path(folder).resolve()):
                raise TemplateRefused(f"{path} links outside {folder}")
            if path.stat().st_size > TEMPLATE_BYTES:
                raise TemplateRefused(f"{path} is over {TEMPLATE_BYTES // 1024} KB")
            try:
                return super().get_source(environment, template)
            except UnicodeDecodeError:
                raise TemplateRefused(f"{path} is not UTF-8 text") from None
        raise jinja2.TemplateNotFound(template)


def bounded_render(
    load: Callable[[], jinja2.Template], context: dict[str, Any]
) -> tuple[str, bool]:
    """The text of the template ``load`` returns, and whether it was cut at ``OUTPUT_CHARS``.

    Loading counts too: Jinja computes constant expressions (``'x' * 10 ** 10``, a filter
    with literal arguments) while compiling, before a single chunk is produced.
    """
    deadline = time.monotonic() + RENDER_SECONDS
    chunks: list[str] = []
    size = 0
    with _alarm(RENDER_SECONDS), _memory_ceiling(MEMORY_BYTES):
        for chunk in load().generate(**context):
            chunks.append(chunk)
            size += len(chunk)
            if size > OUTPUT_CHARS:
                return "".join(chunks)[:OUTPUT_CHARS], True
            if time.monotonic() > deadline:
                raise _out_of_time()
    return "".join(chunks), False


def _out_of_time() -> TemplateBudgetError:
    return TemplateBudgetError(f"it ran for more than {RENDER_SECONDS:g} seconds")


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Raise ``TemplateBudgetError`` in this thread after ``seconds`` (POSIX, main thread).

    A timer someone else set (a test runner's timeout, say) is put back afterwards with the
    time it had left, firing at once if that ran out meanwhile.
    """
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def ring(signum: int, frame: Any) -> None:
        raise _out_of_time()

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, ring)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)
        if outer_delay > 0:
            left = max(outer_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


@contextmanager
def _memory_ceiling(extra: int) -> Iterator[None]:
    """Let the address space grow by at most ``extra`` bytes (Linux; elsewhere a no-op)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = used + extra
    ceiling = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
    if soft != resource.RLIM_INFINITY and soft <= ceiling:
        yield  # already stricter
        return
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
