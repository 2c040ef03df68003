"""``roadmap-lint review``: render this period's review issue and open it on GitHub."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from roadmap_lint.cli.common import (
    Choice,
    find_roadmap,
    parse_today,
    roadmap_argument,
    today_option,
)
from roadmap_lint.cli.publishing import CADENCE_CHOICES
from roadmap_lint.core.secrets import safe

if TYPE_CHECKING:
    from roadmap_lint.review.service import Draft

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
    type=Choice(CADENCE_CHOICES),
    default="auto",
    show_default=True,
    help="auto: January annual; April, July, October quarterly; other months monthly.",
)
@click.option(
    "--repo",
    metavar="OWNER/NAME",
    help="Repository [default: $GITHUB_REPOSITORY, then the roadmap repository's origin].",
)
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
    from roadmap_lint.cli.environment import check_environment, github_token
    from roadmap_lint.cli.publishing import GitHubTarget, publish_drafts, template_search
    from roadmap_lint.review.service import ReviewOptions, draft_reviews

    path = find_roadmap(roadmap)
    token = github_token(token)
    options = ReviewOptions(
        roadmap=path,
        today=parse_today(today),
        cadence=cadence,
        scan=not no_scan,
        history=not no_history,
        search=template_search(path),
        **check_environment(token),
    )
    chosen, drafts = draft_reviews(options)
    if dry_run:
        _print_drafts(drafts)
        return 0
    publish_drafts(
        chosen,
        drafts,
        GitHubTarget(repo, token, max_wait, timeout),
        path,
        update=update,
        echo=click.echo,
        github_output=os.environ.get("GITHUB_OUTPUT"),
    )
    return 0


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
