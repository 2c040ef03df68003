"""``roadmap-lint render``: write the one-page roadmap (and a badge), or check it is current."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import (
    checked_output,
    find_roadmap,
    output_stream,
    parse_today,
    roadmap_argument,
    today_option,
)
from roadmap_lint.cli.environment import use_color
from roadmap_lint.core.files import read_regular
from roadmap_lint.core.secrets import safe

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult

_EPILOG = """\b
Examples:
  roadmap-lint render                          write ROADMAP.md beside roadmap.yml
  roadmap-lint render --check                  exit 1 when ROADMAP.md is out of date (CI)
  roadmap-lint render --badge badge.json       also write a shields.io endpoint badge
"""


@click.command("render", epilog=_EPILOG)
@roadmap_argument
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Where the page goes; '-' for stdout [default: ROADMAP.md beside the roadmap].",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when FILE is out of date.")
@click.option(
    "--badge", metavar="FILE", help="Also write a shields.io endpoint JSON with the score."
)
@click.option("--no-scan", is_flag=True, help="Do not scan the projects (no evidence links).")
@click.option("--no-history", is_flag=True, help="Do not read git history (for the badge score).")
@today_option
def command(
    roadmap: str | None,
    output: str | None,
    check: bool,
    badge: str | None,
    no_scan: bool,
    no_history: bool,
    today: str | None,
) -> int:
    """Render ROADMAP (default: roadmap.yml) as a one-page ROADMAP.md.

    Five columns — what you know, what you built (linked to the files that prove it), what needs
    practice next — then the balance chart and the signal matrix. The page holds no date, so
    `--check` fails only when the roadmap or a project changed.
    """
    from roadmap_lint.analysis.score import badge as badge_json
    from roadmap_lint.check import CheckOptions, run_check
    from roadmap_lint.page import Page, render_page

    path = find_roadmap(roadmap)
    target = Path(output) if output and output != "-" else path.parent / "ROADMAP.md"
    # The page beside the roadmap is in the repository, and a committed ROADMAP.md may be a
    # link: it is followed only within the roadmap's folder.
    inside = None if output else path.parent
    from roadmap_lint.cli.environment import check_environment

    options = CheckOptions(
        roadmap=path,
        today=parse_today(today),
        scan=not no_scan,
        history=not no_history,
        **check_environment(),
    )
    result = run_check(options)
    if _broken(result):
        return 1
    text = render_page(Page(path, target), result.model, result.scans, path.name)
    if check:
        return _compare(target, text, inside)
    _write(output if output == "-" else str(target), text, inside)
    if badge:
        _write(badge, json.dumps(badge_json(result.score())) + "\n")
    return 0


def _broken(result: CheckResult) -> bool:
    """Report the problems of the file itself, as `check` would, when there are any: a page
    drawn from a file the schema rejects would show its broken parts as something else."""
    from dataclasses import replace

    from roadmap_lint.reporting import write_reports
    from roadmap_lint.rules import FILE_RULES

    problems = [finding for finding in result.findings if finding.rule in FILE_RULES]
    if not problems:
        return False
    shown = replace(result, findings=problems, scans=None, history=None)
    write_reports("text", [shown], sys.stderr, color=use_color(sys.stderr))
    click.echo(f"{result.roadmap}: fix these before rendering; nothing was written.", err=True)
    return True


def _compare(target: Path, text: str, inside: Path | None) -> int:
    """Exit 1 unless ``target`` holds ``text``; a target that could not be written is refused
    here too, or the hint to run `render` would lead nowhere."""
    readable = checked_output(str(target), inside)
    try:
        current = read_regular(readable, 4 * len(text.encode()) + 1024).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current == text:
        click.echo(f"{safe(str(target))} is up to date.")
        return 0
    state = "is out of date" if current is not None else "does not exist"
    click.echo(f"{safe(str(target))} {state}; run `roadmap-lint render` to update it.", err=True)
    return 1


def _write(path: str, text: str, inside: Path | None = None) -> None:
    with output_stream(path, inside=inside) as stream:
        stream.write(text)
    if path != "-":
        click.echo(f"wrote {safe(path)}")
