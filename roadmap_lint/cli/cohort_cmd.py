"""``roadmap-lint cohort``: one row per learner, for a mentor, a course or a bootcamp."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import Choice, complete_files, output_stream, parse_today, today_option
from roadmap_lint.cohort.formats import FORMATS
from roadmap_lint.core.errors import UserError

if TYPE_CHECKING:
    from roadmap_lint.cohort.formats import Grid
    from roadmap_lint.cohort.portfolio import Row
    from roadmap_lint.cohort.roster import Cohort
    from roadmap_lint.github.client import Connection

_EPILOG = """\b
Examples:
  roadmap-lint cohort cohort.yml                     the grid in Markdown
  roadmap-lint cohort cohort.yml --format html -o cohort.html
  roadmap-lint cohort --org acme-bootcamp --topic portfolio --format csv
  roadmap-lint cohort cohort.yml --open-issue --repo mentor/cohort-notes

Each learner's published report is used while it describes their portfolio's current commit
(see docs/cohort.md); --fresh checks every portfolio here instead. Exit code 0 whatever the
learners' state; 2 when the cohort could not be read at all.
"""


@click.command("cohort", epilog=_EPILOG)
@click.argument("cohort_file", required=False, metavar="[COHORT]", shell_complete=complete_files)
@click.option("--org", metavar="ORG", help="List the organisation's repositories instead.")
@click.option("--topic", metavar="TOPIC", help="With --org: only repositories with this topic.")
@click.option(
    "--format",
    "output_format",
    type=Choice(FORMATS),
    default="markdown",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", metavar="FILE", help="Write the grid to FILE instead of stdout.")
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    metavar="N",
    help="Learners checked at once [default: the number of cores].",
)
@click.option("--fresh", is_flag=True, help="Check every portfolio; ignore published reports.")
@click.option("--open-issue", is_flag=True, help="Also open this period's cohort issue.")
@click.option("--repo", metavar="OWNER/NAME", help="Where --open-issue opens it.")
@click.option(
    "--period",
    type=Choice(["month", "week"]),
    default="month",
    show_default=True,
    help="One cohort issue per month or per week.",
)
@today_option
def command(
    cohort_file: str | None,
    org: str | None,
    topic: str | None,
    output_format: str,
    output: str | None,
    jobs: int | None,
    fresh: bool,
    open_issue: bool,
    repo: str | None,
    period: str,
    today: str | None,
) -> int:
    """One row per learner of COHORT (a cohort file, see docs/cohort.md) or of --org.

    Per learner: level and stage, the five areas' strength, evidence, the last commit and
    review, open errors and warnings, and the flags a mentor acts on; those who need attention
    come first.
    """
    from roadmap_lint.cli.environment import github_token, remote_settings
    from roadmap_lint.cohort.formats import Grid, write
    from roadmap_lint.cohort.portfolio import CohortOptions
    from roadmap_lint.cohort.run import assess_all, default_jobs

    if (cohort_file is None) == (org is None):
        raise UserError("give a cohort file or --org, one of them", hint="see docs/cohort.md")
    if topic and not org:
        raise UserError("--topic selects among an organisation's repositories: give --org too")
    day = parse_today(today)
    token = github_token()
    remote = remote_settings(token)
    cohort = _read(cohort_file, org, topic, token)
    options = CohortOptions(
        today=day,
        base=cohort.base,
        remote=remote,
        quiet_days=cohort.quiet_days,
        published_max_days=cohort.published_max_days,
        fresh=fresh,
    )
    rows = assess_all(cohort.learners, options, jobs=jobs or default_jobs(), progress=_progress)
    grid = Grid(cohort.name, day, cohort.quiet_days, rows)
    with output_stream(output) as stream:
        write(output_format, grid, stream)
    if open_issue:
        _open_issue(grid, period, repo, token, Path(cohort_file or "."))
    return 0


def _read(cohort_file: str | None, org: str | None, topic: str | None, token: str | None) -> Cohort:
    from roadmap_lint.cohort.roster import org_cohort, read_cohort

    if cohort_file is not None:
        return read_cohort(Path(cohort_file))
    assert org is not None
    from roadmap_lint.github.client import org_repositories

    listed = org_repositories(_api(org, token), org)
    chosen = [r.full_name for r in listed if not r.archived and (not topic or topic in r.topics)]
    return org_cohort(org, sorted(chosen), topic)


def _api(org: str, token: str | None) -> Connection:
    from roadmap_lint.cli.environment import api_url
    from roadmap_lint.github.client import Connection

    return Connection(token=token or "", repo=org, api_url=api_url())


def _progress(done: int, total: int, row: Row) -> None:
    """One line per learner on stderr: who, and where their row came from."""
    from roadmap_lint.core.secrets import safe

    what = row.source if row.reason is None else f"not read ({row.reason})"
    sys.stderr.write(safe(f"[{done}/{total}] {row.learner.name}: {what}") + "\n")
    sys.stderr.flush()


def _open_issue(grid: Grid, period: str, repo: str | None, token: str | None, near: Path) -> None:
    from roadmap_lint.cli.publishing import GitHubTarget, connection_for, tell_outcome
    from roadmap_lint.cohort.issue import draft, open_cohort_issue
    from roadmap_lint.github.client import connect

    tracker = connect(connection_for(GitHubTarget(repo, token), near))
    outcome = open_cohort_issue(tracker, draft(grid, period))
    tell_outcome(outcome, functools.partial(click.echo, err=True))
