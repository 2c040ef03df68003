"""Options and helpers shared by several commands."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.files import NotRegularFile
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.vocabulary import ROADMAP_FILES


class Choice(click.Choice):  # type: ignore[type-arg]
    """click's choice of values, which also names the closest one when a typo is refused
    (`--format jsn`: did you mean 'json'?), as the command names do."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as error:
            import difflib  # only on a typo

            named = [str(choice) for choice in self.choices]
            close = difflib.get_close_matches(str(value), named, n=1, cutoff=0.5)
            if not close:
                raise
            message = f"{error.message} Did you mean '{close[0]}'?"
            raise click.BadParameter(message, ctx=ctx, param=param) from None


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
        for candidate in ROADMAP_FILES:
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
    return click.argument(
        "roadmap", required=False, metavar="[ROADMAP]", shell_complete=complete_files
    )(function)


def postings_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--postings",
        metavar="DIR",
        type=click.Path(file_okay=False, path_type=Path),
        help="Saved job postings (.txt, .md, .html) to compare the roadmap with"
        " [default: the roadmap's lint.postings].",
    )(function)


def roadmaps_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument(
        "roadmaps", nargs=-1, metavar="[ROADMAP]...", shell_complete=complete_files
    )(function)


def complete_files(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Let the shell complete a file name (the roadmap is any path, so none is checked)."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def progress_printer() -> Callable[[str], None] | None:
    """A callback that prints progress on stderr, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(message: str) -> None:
        sys.stderr.write(f"\r\x1b[K{message}")
        sys.stderr.flush()

    return show


@contextmanager
def output_stream(
    path: str | None, *, inside: Path | None = None, append: bool = False
) -> Iterator[TextIO]:
    """Where a report, a page or a starter file goes: stdout for None or ``-``; else the file,
    written in full only once complete (a temporary file renamed over it), or appended to.

    The file must be a regular file or not exist yet. A symbolic link is followed only when it
    ends inside ``inside`` (by default, the folder the path names), so that a committed link
    cannot send the output anywhere else; a folder, a FIFO or a device is refused. Every
    failure, clean-up included, is one "cannot write <path>: <reason>".
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        real = _writable(Path(path), inside)
        with _appending(real) if append else _replacing(real) as stream:
            yield stream
    except (OSError, _Refused) as error:
        raise _cannot_write(path, error) from None


def checked_output(path: str, inside: Path | None = None) -> Path:
    """The file ``output_stream(path, inside=inside)`` would write, or its one-line refusal."""
    try:
        return _writable(Path(path), inside)
    except (OSError, _Refused) as error:
        raise _cannot_write(path, error) from None


def _cannot_write(path: str, error: Exception) -> UserError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return UserError(f"cannot write {safe(path)}: {reason}", hint=_OUTPUT_HINT)


_OUTPUT_HINT = "name a regular file in a folder you may write to, or - for stdout"


class _Refused(Exception):
    """An output path roadmap-lint will not write to; ``str()`` says why."""


def _writable(target: Path, inside: Path | None) -> Path:
    """The file to write: ``target``, or where its link leads when that stays ``inside``."""
    folder = (inside or target.parent).resolve()
    try:
        real = target.resolve() if target.is_symlink() else target.parent.resolve() / target.name
    except RuntimeError:  # a loop of links
        raise _Refused("it is a symbolic link that leads nowhere") from None
    if not real.is_relative_to(folder):
        raise _Refused(f"it is a symbolic link to {real}, outside {folder}")
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    if not stat.S_ISREG(mode):
        raise NotRegularFile(mode)
    return real


@contextmanager
def _replacing(real: Path) -> Iterator[TextIO]:
    temporary = real.with_name(f".{real.name}.{os.urandom(4).hex()}.tmp")
    # O_EXCL: a file or link already at that name is never written through.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    try:
        with _text(descriptor) as stream:
            yield stream
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(real.stat().st_mode))  # keep the old file's mode
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):  # nothing more to say than the first failure
            temporary.unlink()
        raise


@contextmanager
def _appending(real: Path) -> Iterator[TextIO]:
    # O_NONBLOCK: a FIFO put there since the check fails at once instead of waiting.
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_NOFOLLOW
    descriptor = os.open(real, flags, 0o666)
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise NotRegularFile(mode)
    os.set_blocking(descriptor, True)
    with _text(descriptor) as stream:
        yield stream


def _text(descriptor: int) -> TextIO:
    return open(descriptor, "w", encoding="utf-8", errors="backslashreplace", newline="\n")


def split_list(values: tuple[str, ...]) -> list[str]:
    """``--select RL1,RL2 --select RL3`` → ``["RL1", "RL2", "RL3"]``."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]
