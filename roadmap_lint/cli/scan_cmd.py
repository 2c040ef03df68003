"""``roadmap-lint scan``: one repository's signals, with the paths that show them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from roadmap_lint.cli.common import Choice, use_color
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.vocabulary import SIGNALS

if TYPE_CHECKING:
    from roadmap_lint.scanning.authorship import Learner

SIGNAL_NAMES = list(SIGNALS)

_EPILOG = """\b
Examples:
  roadmap-lint scan .                              this working copy (its index)
  roadmap-lint scan ../notes-api --format json
  roadmap-lint scan https://gitlab.com/ada/shop.git
  roadmap-lint scan ada/notes-api --via api        through the GitHub API, no clone
  roadmap-lint scan . --explain tests              what was looked for, and near misses
  roadmap-lint scan . --author ada --author ada@example.com   whose commits these are

Remote repositories are cloned bare, shallow and without file contents into
$XDG_CACHE_HOME/roadmap-lint (default ~/.cache/roadmap-lint) and refreshed on the next run.
GITHUB_TOKEN, when set, is sent to GitHub as an HTTP header, never in a URL.
"""


@click.command("scan", epilog=_EPILOG)
@click.argument("source", metavar="PATH|URL|owner/name")
@click.option(
    "--format",
    "output_format",
    type=Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--via",
    type=Choice(["git", "api"]),
    default="git",
    show_default=True,
    help="How to read an owner/name repository: clone it, or use the GitHub API.",
)
@click.option(
    "--explain",
    "explain_signal",
    type=Choice(SIGNAL_NAMES),
    metavar="SIGNAL",
    help="Why SIGNAL is shown or not: what was looked for, near misses, how to extend.",
)
@click.option(
    "--author",
    "authors",
    multiple=True,
    metavar="LOGIN|EMAIL",
    help="Count the commits by this GitHub login or e-mail address (repeatable).",
)
def command(
    source: str, output_format: str, via: str, explain_signal: str | None, authors: tuple[str, ...]
) -> int:
    """Show which signals (tests, CI, Dockerfile, migrations...) a repository shows.

    SOURCE is a local folder (a working copy, a folder inside one, a bare repository or a
    plain folder), a git URL (https, ssh, git, file), or a GitHub owner/name.
    """
    from roadmap_lint.cli.environment import remote_settings
    from roadmap_lint.scanning.gitread import ScanError
    from roadmap_lint.scanning.scanner import inspect

    remote = remote_settings()
    learner = _learner(authors)
    try:
        result, found, paths = inspect(
            source, base=Path.cwd(), remote=remote, via=via, learner=learner
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
            click.echo("\n".join(safe(line) for line in text(explanation, result.repo).split("\n")))
            return 0
        explained["explain"] = explanation.to_json()
    if output_format == "json":
        from roadmap_lint.core.jsontext import dumps

        data = {"id": project_id(source), **result.scan_json(), **explained}
        click.echo(dumps(data), nl=False)
    else:
        from roadmap_lint.reporting.scan_table import scan_table  # not needed for JSON

        click.echo(scan_table(result, color=use_color(sys.stdout)))
    return 0


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
