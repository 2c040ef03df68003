"""``roadmap-lint brief``: the page to read before an interview."""

from __future__ import annotations

import json
from pathlib import Path

import click

from roadmap_lint.cli.common import (
    Choice,
    find_roadmap,
    output_stream,
    parse_today,
    postings_option,
    progress_printer,
    roadmap_argument,
    today_option,
)

_EPILOG = """\b
Examples:
  roadmap-lint brief                                 the brief of ./roadmap.yml, as text
  roadmap-lint brief --format markdown -o BRIEF.md
  roadmap-lint brief --postings ~/job-hunt/postings  with what saved postings ask for
  roadmap-lint brief --format json                   the facts, for your own tools
"""


@click.command("brief", epilog=_EPILOG)
@roadmap_argument
@click.option(
    "--format",
    "output_format",
    type=Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", metavar="FILE", help="Write the brief to FILE ('-': stdout).")
@postings_option
@click.option("--no-scan", is_flag=True, help="Do not scan the projects (no evidence shown).")
@click.option("--no-history", is_flag=True, help="Do not read the roadmap's git history.")
@today_option
def command(
    roadmap: str | None,
    output_format: str,
    output: str | None,
    postings: Path | None,
    no_scan: bool,
    no_history: bool,
    today: str | None,
) -> int:
    """One page to read before an interview, from ROADMAP (default: roadmap.yml).

    Your role and level, the five columns in a line each, each project with its summary,
    address, what it proves (with links to the files, at the scanned commit) and its talking
    points; the essential skills to rehearse and the questions your projects invite; the gaps
    an interviewer may probe; what changed since your last review; and, with saved job
    postings, the skills they keep asking for against your roadmap.
    """
    from roadmap_lint.brief.facts import brief_facts
    from roadmap_lint.brief.page import render_brief
    from roadmap_lint.check import CheckOptions, run_check
    from roadmap_lint.cli.environment import remote_settings

    path = find_roadmap(roadmap)
    result = run_check(
        CheckOptions(
            roadmap=path,
            today=parse_today(today),
            scan=not no_scan,
            history=not no_history,
            postings=postings,
            progress=progress_printer(),
            remote=remote_settings(),
        )
    )
    facts = brief_facts(result)
    if output_format == "json":
        text = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
    else:
        search = [path.resolve().parent, Path.cwd()]
        text = render_brief(facts, search, markdown=output_format == "markdown")
    with output_stream(None if output == "-" else output) as stream:
        stream.write(text)
    return 0
