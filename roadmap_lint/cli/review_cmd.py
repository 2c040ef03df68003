"""``roadmap-lint review``: render this period's review issue and open it on GitHub."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import find_roadmap, parse_today, roadmap_argument, today_option
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import safe

if TYPE_CHECKING:
    from roadmap_lint.github.client import Connection, IssueRef
    from roadmap_lint.review.service import Draft

_CADENCES = ("auto", "monthly", "quarterly", "annual", "project")
_EPILOG = """\b
Examples:
  roadmap-lint review --dry-run                    show this month's issue, offline
  roadmap-lint review --dry-run --today 2026-10-01 the quarterly refresh
  roadmap-lint review --repo ada/portfolio         open it (token from GITHUB_TOKEN)
  roadmap-lint review --cadence project            one retrospective per finished project

Needs a token that may write issues; in a workflow, `permissions: issues: write`.
"""


@click.command("review", epilog=_EPILOG)
@roadmap_argument
@click.option(
    "--cadence",
    type=click.Choice(_CADENCES),
    default="auto",
    show_default=True,
    help="auto: January annual; April, July, October quarterly; other months monthly.",
)
@click.option("--repo", metavar="OWNER/NAME", help="Repository [default: $GITHUB_REPOSITORY].")
@click.option(
    "--token", metavar="TOKEN", help="GitHub token [default: $GITHUB_TOKEN, then $GH_TOKEN]."
)
@click.option("--dry-run", is_flag=True, help="Print title, labels and body; contact nobody.")
@click.option("--update", is_flag=True, help="Rewrite the body of this period's existing issue.")
@click.option("--no-scan", is_flag=True, help="Do not scan the projects' repositories.")
@click.option("--no-history", is_flag=True, help="Do not read the roadmap's git history.")
@click.option(
    "--max-wait",
    type=click.FloatRange(min=0, max=86400),
    default=300.0,
    show_default=True,
    metavar="SECONDS",
    help="Longest total wait for GitHub's rate limit before giving up.",
)
@click.option(
    "--timeout",
    type=click.IntRange(min=1, max=600),
    default=15,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for each GitHub answer.",
)
@today_option
def command(
    roadmap: str | None,
    cadence: str,
    repo: str | None,
    token: str | None,
    dry_run: bool,
    update: bool,
    no_scan: bool,
    no_history: bool,
    max_wait: float,
    timeout: int,
    today: str | None,
) -> int:
    """Render the review issue for this period and open it on GitHub.

    One issue per cadence and period: a second run finds it by its hidden marker and changes
    nothing (or rewrites its body with --update). A new period's issue closes the previous
    one with a comment linking the new one.
    """
    from roadmap_lint.cli.environment import github_token, remote_settings
    from roadmap_lint.github.client import connect
    from roadmap_lint.review.service import ReviewOptions, draft_reviews, publish

    path = find_roadmap(roadmap)
    token = github_token(token)
    options = ReviewOptions(
        roadmap=path,
        today=parse_today(today),
        cadence=cadence,
        scan=not no_scan,
        history=not no_history,
        remote=remote_settings(token),
        search=[path.resolve().parent, Path.cwd()],
    )
    chosen, drafts = draft_reviews(options)
    if dry_run:
        _print_drafts(drafts)
        return 0
    if not drafts:
        click.echo("no finished project is waiting for a retrospective")
        return 0
    outcomes = publish(
        connect(_connection(repo, token, max_wait, timeout)), chosen, drafts, update=update
    )
    for outcome in outcomes:
        click.echo(safe(f"{outcome.action} #{outcome.issue.number}: {outcome.issue.url}"))
        for number in outcome.closed:
            click.echo(f"closed #{number}, superseded by #{outcome.issue.number}")
    _write_outputs(os.environ.get("GITHUB_OUTPUT"), outcomes[0].issue)
    return 0


def _connection(repo: str | None, token: str | None, max_wait: float, timeout: int) -> Connection:
    from roadmap_lint.github.client import DEFAULT_API_URL, Connection
    from roadmap_lint.github.retry import RetryPolicy

    repo = repo or os.environ.get("GITHUB_REPOSITORY") or None
    if not token:
        raise UserError(
            "no GitHub token",
            hint="set GITHUB_TOKEN (or GH_TOKEN) or pass --token; or preview with --dry-run",
        )
    if not repo:
        raise UserError(
            "no repository given", hint="pass --repo owner/name or set GITHUB_REPOSITORY"
        )
    return Connection(
        token=token,
        repo=repo,
        api_url=os.environ.get("GITHUB_API_URL") or DEFAULT_API_URL,
        timeout=timeout,
        policy=RetryPolicy(max_wait=max_wait),
    )


def _print_drafts(drafts: list[Draft]) -> None:
    if not drafts:
        click.echo("no finished project is waiting for a retrospective")
    for index, draft in enumerate(drafts):
        if index:
            click.echo("\n" + "=" * 72 + "\n")
        click.echo(safe(f"Title: {draft.period.title}"))
        click.echo(safe(f"Labels: {', '.join(draft.period.labels)}"))
        click.echo("")
        click.echo("\n".join(safe(line) for line in draft.body.splitlines()))


def _write_outputs(path: str | None, issue: IssueRef) -> None:
    """Hand the issue to later workflow steps (``steps.<id>.outputs.issue-url``)."""
    if not path:
        return
    from roadmap_lint.cli.common import output_stream

    with output_stream(path, append=True) as outputs:
        outputs.write(f"issue-url={issue.url}\nissue-number={issue.number}\n")
