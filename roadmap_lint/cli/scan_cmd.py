"""``roadmap-lint scan``: one repository's signals, with the paths that show them.

The command line as click reads it, with its help; what the scan does is `scan_run.run`,
which also serves the usual command lines without importing click.
"""

from __future__ import annotations

import click

from roadmap_lint.cli.common import Choice
from roadmap_lint.cli.scan_run import DEFAULTS, FORMATS, SIGNAL_NAMES, run
from roadmap_lint.scanning.scanner import VIA

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
    type=Choice(FORMATS),
    default=DEFAULTS["output_format"],
    show_default=True,
    help="Output format.",
)
@click.option(
    "--via",
    type=Choice(VIA),
    default=DEFAULTS["via"],
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
    return run(source, output_format, via, explain_signal, authors)
