"""``roadmap-lint init``: write a starter roadmap (and optionally the review workflow)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from roadmap_lint.cli.common import Choice, checked_output, output_stream
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.vocabulary import LEVELS

WORKFLOW_PATH = Path(".github/workflows/roadmap-review.yml")


@click.command("init")
@click.option("--level", type=Choice(LEVELS), default="beginner", show_default=True)
@click.option("--language", default="python", show_default=True, help="Your backend language.")
@click.option("--name", default="", help="Your name, shown in review issues.")
@click.option(
    "-o",
    "--output",
    default="roadmap.yml",
    show_default=True,
    metavar="FILE",
    help="Where the roadmap goes; '-' for stdout.",
)
@click.option("--workflow", is_flag=True, help=f"Also write {WORKFLOW_PATH}.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def command(level: str, language: str, name: str, output: str, workflow: bool, force: bool) -> int:
    """Write a starter roadmap.yml shaped by your level and language.

    The file passes `roadmap-lint check` with no errors; its comments explain each part.
    Nothing is overwritten without --force.
    """
    from roadmap_lint.starter import render_starter, render_workflow

    targets = {output: render_starter(level=level, language=language, name=name)}
    if workflow:
        targets[str(WORKFLOW_PATH)] = render_workflow(roadmap=output)
    # A link counts as existing even when it leads nowhere: writing would create its target.
    existing = [path for path in targets if path != "-" and os.path.lexists(path)]
    if existing and not force:
        raise UserError(f"{', '.join(existing)} already exists", hint="pass --force to overwrite")
    # The workflow belongs in this repository: a committed `.github` link must not lead it
    # anywhere else. Every target is checked before anything is written (or a folder made).
    places = {path: Path.cwd() if path == str(WORKFLOW_PATH) else None for path in targets}
    for path, inside in places.items():
        if path != "-":
            checked_output(path, inside)
    to_stderr = output == "-"  # the starter itself is on stdout: keep it clean
    for path, text in targets.items():
        _write(path, text, inside=places[path])
        if path != "-":
            click.echo(f"wrote {path}", err=to_stderr)
    click.echo("next: edit it, then run `roadmap-lint check`", err=to_stderr)
    return 0


def _write(path: str, text: str, *, inside: Path | None) -> None:
    if path != "-":
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(f"cannot write {path}: {error.strerror or error}") from None
    with output_stream(path, inside=inside) as stream:
        stream.write(text)
