"""``roadmap-lint scan``: one repository's signals, with the paths that show them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import use_color
from roadmap_lint.core.errors import UserError

if TYPE_CHECKING:
    pass

_EPILOG = """\b
Examples:
  roadmap-lint scan .                              this working copy (its index)
  roadmap-lint scan ../notes-api --format json
  roadmap-lint scan https://gitlab.com/ada/shop.git
  roadmap-lint scan ada/notes-api --via api        through the GitHub API, no clone

Remote repositories are cloned bare, shallow and without file contents into
$XDG_CACHE_HOME/roadmap-lint (default ~/.cache/roadmap-lint) and refreshed on the next run.
GITHUB_TOKEN, when set, is sent to GitHub as an HTTP header, never in a URL.
"""


@click.command("scan", epilog=_EPILOG)
@click.argument("source", metavar="PATH|URL|owner/name")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--via",
    type=click.Choice(["git", "api"]),
    default="git",
    show_default=True,
    help="How to read an owner/name repository: clone it, or use the GitHub API.",
)
def command(source: str, output_format: str, via: str) -> int:
    """Show which signals (tests, CI, Dockerfile, migrations...) a repository shows.

    SOURCE is a local folder (a working copy, a folder inside one, a bare repository or a
    plain folder), a git URL (https, ssh, git, file), or a GitHub owner/name.
    """
    from roadmap_lint.cli.environment import remote_settings
    from roadmap_lint.scanning.gitread import ScanError
    from roadmap_lint.scanning.scanner import scan

    remote = remote_settings()
    try:
        result = scan(source, base=Path.cwd(), remote=remote, via=via)
    except ScanError as error:
        from roadmap_lint.core.secrets import safe  # only on the failure path

        raise UserError(
            remote.redact(f"cannot scan {safe(source)}: {error}"),
            hint=error.hint
            or "check the path or URL; `roadmap-lint scan --help` lists what is accepted",
        ) from None
    if output_format == "json":
        from roadmap_lint.core.jsontext import dumps

        click.echo(dumps({"id": project_id(source), **result.scan_json()}), nl=False)
    else:
        from roadmap_lint.reporting.scan_table import scan_table  # not needed for JSON

        click.echo(scan_table(result, color=use_color(sys.stdout)))
    return 0


def project_id(source: str) -> str:
    """The id a roadmap would likely give this repository: its folder or repository name."""
    name = source.rstrip("/").replace(":", "/").rsplit("/", 1)[-1].removesuffix(".git")
    if name in ("", ".", ".."):
        name = Path(source).resolve().name
    return name or "repo"
