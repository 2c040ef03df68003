"""What ``roadmap-lint scan`` does once its arguments are known, and its usual command lines
read without click.

A scan is what a pre-commit hook or a CI step runs, often, on a large tree. Importing click
brings in ``inspect``, ``ast`` and ``uuid``: 66 M of the 867 M instructions a 100,000-file
scan took, all of them before git could start. So the forms people type (a source and the
options below, each given as ``--option value`` or ``--option=value``) are read here;
anything else, such as ``--help``, an unknown option, a value not among the choices or an
option given twice, goes to the click command in ``scan_cmd``, which gives the full answer
(and a "did you mean" for a typo). Both ways end in `run`; a test checks that they accept
the same options and values.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roadmap_lint.cli.environment import remote_settings, use_color
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.scanning.gitread import ScanError
from roadmap_lint.scanning.scanner import VIA, inspect

if TYPE_CHECKING:
    from roadmap_lint.scanning.authorship import Learner

FORMATS = ("text", "json")
SIGNAL_NAMES = tuple(SIGNALS)

#: option → (parameter of `run`, the values it accepts; None for any, repeatable)
OPTIONS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "--format": ("output_format", FORMATS),
    "--via": ("via", VIA),
    "--explain": ("explain_signal", SIGNAL_NAMES),
    "--author": ("authors", None),
}
#: each parameter when its option is not given (the click command's defaults too)
DEFAULTS: dict[str, Any] = {
    "output_format": "text",
    "via": "git",
    "explain_signal": None,
    "authors": (),
}


def plain_arguments(args: Sequence[str]) -> dict[str, Any] | None:
    """``run``'s arguments when ``args`` (what follows ``scan``) is one of the usual forms;
    None when click has to read them."""
    given = dict(DEFAULTS)
    seen: set[str] = set()
    sources: list[str] = []
    pending: str | None = None
    for arg in args:
        if pending is not None:
            if arg.startswith("-") or not _accept(given, seen, pending, arg):
                return None  # a value that looks like an option: click decides what it is
            pending = None
        elif arg.startswith("-"):
            option, equals, value = arg.partition("=")
            if option not in OPTIONS:
                return None  # `--help`, `-` as a source, a typo: click answers those
            if not equals:
                pending = option
            elif not _accept(given, seen, option, value):
                return None
        else:
            sources.append(arg)
    if pending is not None or len(sources) != 1:
        return None
    return {"source": sources[0], **given}


def _accept(given: dict[str, Any], seen: set[str], option: str, value: str) -> bool:
    parameter, choices = OPTIONS[option]
    if choices is None:
        given[parameter] = (*given[parameter], value)
        return True
    if option in seen or value not in choices:
        return False  # given twice, or a value click would refuse with a suggestion
    seen.add(option)
    given[parameter] = value
    return True


def run(
    source: str, output_format: str, via: str, explain_signal: str | None, authors: tuple[str, ...]
) -> int:
    """Scan ``source`` and print its signals; the exit code (a refusal raises `UserError`)."""
    remote = remote_settings()
    try:
        result, found, paths = inspect(
            source, base=Path.cwd(), remote=remote, via=via, learner=_learner(authors)
        )
    except ScanError as error:
        raise UserError(
            remote.redact(f"cannot scan {safe(source)}: {error}"),
            hint=error.hint
            or "check the path or URL; `roadmap-lint scan --help` lists what is accepted",
        ) from None
    explained: dict[str, Any] = {}
    if explain_signal:
        from roadmap_lint.scanning.explain import explain, text

        explanation = explain(explain_signal, result, found, paths)
        if output_format != "json":
            _echo("\n".join(safe(line) for line in text(explanation, result.repo).split("\n")))
            return 0
        explained["explain"] = explanation.to_json()
    if output_format == "json":
        from roadmap_lint.core.jsontext import dumps

        _echo(dumps({"id": project_id(source), **result.scan_json(), **explained}), end="")
    else:
        from roadmap_lint.reporting.scan_table import scan_table  # not needed for JSON

        _echo(scan_table(result, color=use_color(sys.stdout)))
    return 0


def _echo(text: str, end: str = "\n") -> None:
    sys.stdout.write(text + end)
    sys.stdout.flush()


def _learner(authors: tuple[str, ...]) -> Learner | None:
    """`--author` values: an address has an `@`, anything else is a GitHub login."""
    if not authors:
        return None
    from roadmap_lint.scanning.authorship import Learner

    logins = [author for author in authors if "@" not in author]
    return Learner.named(logins[0] if logins else "", [a for a in authors if "@" in a])


def project_id(source: str) -> str:
    """The id a roadmap would likely give this repository: its folder or repository name."""
    name = source.rstrip("/").replace(":", "/").rsplit("/", 1)[-1].removesuffix(".git")
    if name in ("", ".", ".."):
        name = Path(source).resolve().name
    return name or "repo"
