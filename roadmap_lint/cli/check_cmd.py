"""``roadmap-lint check``: lint the roadmap and report findings."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import (
    STDIN_NAME,
    Choice,
    find_roadmap,
    output_stream,
    parse_today,
    postings_option,
    progress_printer,
    read_stdin,
    roadmaps_argument,
    split_list,
    today_option,
)
from roadmap_lint.cli.environment import use_color
from roadmap_lint.cli.publishing import CADENCE_CHOICES
from roadmap_lint.core.errors import UserError
from roadmap_lint.reporting import FORMATS

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult
    from roadmap_lint.scanning.access import RemoteSettings

_EPILOG = """\b
Examples:
  roadmap-lint check                               ./roadmap.yml, or the nearest one above
  roadmap-lint check portfolio/roadmap.yml --format json --output report.json
  roadmap-lint check a/roadmap.yml b/roadmap.yml   several roadmaps, one report
  cat roadmap.yml | roadmap-lint check -           standard input (no history)
  roadmap-lint check --no-scan --no-history        schema and static rules only (fast)
  roadmap-lint check --ignore RL209,tutorial-heavy --fail-on warning
  roadmap-lint check --format github --sarif out.sarif --summary "$GITHUB_STEP_SUMMARY"
  roadmap-lint check --format github --review auto    and open this month's review issue
  roadmap-lint check --publish                     and publish the report for a mentor
"""


@click.command("check", epilog=_EPILOG)
@roadmaps_argument
@click.option(
    "--format",
    "output_format",
    type=Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o", "--output", metavar="FILE", help="Write the report to FILE instead of stdout ('-')."
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Only these rules (codes, names, prefixes like RL3).",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (codes or names).")
@click.option(
    "--fail-on",
    type=Choice(["error", "warning", "info", "never"]),
    envvar="ROADMAP_LINT_FAIL_ON",
    show_envvar=True,
    help="Lowest severity that makes the exit code 1 [default: lint.fail_on, else error].",
)
@click.option("--no-scan", is_flag=True, help="Do not scan the projects' repositories.")
@click.option("--no-history", is_flag=True, help="Do not read the roadmap's git history.")
@click.option(
    "--no-clock",
    is_flag=True,
    help="Skip the rules that fire because time passed (overdue reviews, stale projects):"
    " a commit cannot fix them, so the pre-commit hook leaves them to the scheduled run.",
)
@postings_option
@click.option("--sarif", metavar="FILE", help="Also write a SARIF report to FILE.")
@click.option(
    "--summary", metavar="FILE", help="Also append the Markdown report to FILE (a job summary)."
)
@click.option(
    "--github-output",
    metavar="FILE",
    help="Append errors=, warnings=, infos= and score= lines to FILE ($GITHUB_OUTPUT).",
)
@click.option(
    "--review",
    metavar="CADENCE",
    type=Choice(["", *CADENCE_CHOICES]),
    help="Also open this period's review issue from the same run, as `review --cadence` does.",
)
@click.option(
    "--publish",
    is_flag=True,
    envvar="ROADMAP_LINT_PUBLISH",
    show_envvar=True,
    help="Also publish the report for a mentor's `cohort` on the roadmap-lint-report branch"
    " of the repository's origin (docs/cohort.md).",
)
@today_option
def command(
    roadmaps: tuple[str, ...],
    output_format: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    no_scan: bool,
    no_history: bool,
    no_clock: bool,
    postings: Path | None,
    sarif: str | None,
    summary: str | None,
    github_output: str | None,
    review: str | None,
    publish: bool,
    today: str | None,
) -> int:
    """Lint each ROADMAP (default: roadmap.yml here or above) and report what needs attention.

    Validates the file against the schema, scans each project's repository for evidence,
    reads the roadmap's git history, and runs every rule (`roadmap-lint rules` lists them).
    """
    from dataclasses import replace

    from roadmap_lint.check import CheckOptions, run_check
    from roadmap_lint.cli.environment import check_environment
    from roadmap_lint.cli.extra_reports import write_extra_reports
    from roadmap_lint.loading.document import Limits
    from roadmap_lint.reporting import write_reports

    # An empty argument is no roadmap: a wrapper such as the Action may pass an unset variable.
    roadmaps = tuple(given for given in roadmaps if given)
    options = CheckOptions(
        roadmap=find_roadmap(None) if not roadmaps else Path(roadmaps[0]),
        today=parse_today(today),
        select=split_list(select),
        ignore=split_list(ignore),
        fail_on=fail_on,
        scan=not no_scan,
        history=not no_history,
        clock=not no_clock,
        postings=postings,
        progress=progress_printer(),
        **check_environment(),
    )
    if roadmaps.count("-") > 1:
        raise UserError("standard input (-) can be read only once")
    each = [
        replace(options, roadmap=Path(STDIN_NAME), content=read_stdin(Limits().max_bytes))
        if given == "-"
        else replace(options, roadmap=Path(given))
        for given in roadmaps or [str(options.roadmap)]
    ]
    results = [run_check(one) for one in each]
    with output_stream(output) as stream:
        color = output is None and use_color(stream)
        write_reports(output_format, results, stream, color=color)
    write_extra_reports(results, sarif=sarif, summary=summary, github_output=github_output)
    if review:
        _open_review(results, review, github_output)
    if publish:
        _publish(results, options.remote)
    return 1 if any(result.failed for result in results) else 0


def _publish(results: list[CheckResult], remote: RemoteSettings) -> None:
    """Push this run's report to the branch a mentor's cohort reads (lines on stderr)."""
    import os

    from roadmap_lint.cohort.published import BRANCH, publish
    from roadmap_lint.core.secrets import safe
    from roadmap_lint.git.worktree import origin_url
    from roadmap_lint.scanning.remote import github_clone_url, remote_env

    if len(results) != 1 or results[0].document.path.name == STDIN_NAME:
        raise UserError("--publish publishes the report of one roadmap file; give one")
    (result,) = results
    roadmap = Path(result.document.path)
    url = origin_url(roadmap.absolute().parent)
    if url is None and os.environ.get("GITHUB_REPOSITORY"):
        url = github_clone_url(os.environ["GITHUB_REPOSITORY"], remote)
    if url is None:
        raise UserError(
            "the roadmap's repository has no origin remote to publish to",
            hint="add one (git remote add origin URL), or set GITHUB_REPOSITORY",
        )
    commit = publish(result, roadmap, url, remote_env(url, remote))
    click.echo(safe(remote.redact(f"published the report to {BRANCH} ({commit[:12]})")), err=True)


def _open_review(results: list[CheckResult], cadence: str, github_output: str | None) -> None:
    """The review issue from this run's findings and scans. Its lines go to stderr, so that
    stdout holds the report alone (a JSON document stays parseable)."""
    from roadmap_lint.cli.environment import github_token
    from roadmap_lint.cli.publishing import GitHubTarget, publish_drafts, template_search
    from roadmap_lint.review.service import drafts_of

    if len(results) != 1:
        raise UserError("--review opens the issue of one roadmap; give one")
    (result,) = results
    roadmap = Path(result.document.path)
    chosen, drafts = drafts_of(result, cadence, template_search(roadmap))
    publish_drafts(
        chosen,
        drafts,
        GitHubTarget(repo=None, token=github_token()),
        roadmap,
        update=False,
        echo=functools.partial(click.echo, err=True),
        github_output=github_output,
    )
