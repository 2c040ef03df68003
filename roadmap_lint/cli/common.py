"""Options and helpers shared by several commands."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from roadmap_lint.core.errors import UserError

#: Where ``check`` looks for a roadmap when none is given, in order, in each folder.
DEFAULT_ROADMAPS = ("roadmap.yml", "roadmap.yaml", ".github/roadmap.yml")
#: The name standard input goes by in reports when ``-`` is given as the roadmap.
STDIN_NAME = "<stdin>"


def find_roadmap(given: str | None) -> Path:
    """``given``, or the first default roadmap in this folder or the ones above it.

    The search goes up to the top of the git repository (the folder holding ``.git``), as
    ruff and yamllint look for their settings, and stops there.
    """
    if given:
        return Path(given)
    here = Path.cwd()
    for folder in (here, *here.parents):
        for candidate in DEFAULT_ROADMAPS:
            if (folder / candidate).is_file():
                return Path(os.path.relpath(folder / candidate, here))
        if (folder / ".git").exists():
            break
    raise UserError(
        "no roadmap.yml in this folder or above it, up to the repository's top",
        hint="give the roadmap's path, or create one with `roadmap-lint init`",
    )


def read_stdin(limit: int) -> bytes:
    """Standard input, at most ``limit`` bytes and one more (so the loader sees it is over)."""
    return sys.stdin.buffer.read(limit + 1)


def parse_today(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today '{value}' is not a date", hint="write it as YYYY-MM-DD") from None


def today_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--today",
        metavar="YYYY-MM-DD",
        help="Pretend today is this date, for reproducible output.",
    )(function)


def roadmap_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument("roadmap", required=False, metavar="[ROADMAP]")(function)


def roadmaps_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument("roadmaps", nargs=-1, metavar="[ROADMAP]...")(function)


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, never with NO_COLOR; FORCE_COLOR forces it on."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def progress_printer() -> Callable[[str], None] | None:
    """A callback that prints progress on stderr, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(message: str) -> None:
        sys.stderr.write(f"\r\x1b[K{message}")
        sys.stderr.flush()

    return show


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """stdout, or a file written in full only when the report is complete."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="\n") as stream:
            yield stream
        temporary.replace(target)
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)


def split_list(values: tuple[str, ...]) -> list[str]:
    """``--select RL1,RL2 --select RL3`` → ``["RL1", "RL2", "RL3"]``."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]
