"""Opening review issues on GitHub: shared by ``review`` and ``check --review``.

``check --review`` is what the Action's ``command: both`` runs, so one check (one scan of every
project) gives the annotations, the reports and the issue; ``review`` runs its own check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import safe

if TYPE_CHECKING:
    from roadmap_lint.github.client import Connection, IssueRef
    from roadmap_lint.review.service import Draft, Outcome


#: ``--cadence`` (``review``) and ``--review`` (``check``): auto picks it from the month.
CADENCE_CHOICES = ("auto", "monthly", "quarterly", "annual", "project")


@dataclass(frozen=True)
class GitHubTarget:
    """Where and how to open issues; ``repo`` None means "find it" (``review_repository``)."""

    repo: str | None
    token: str | None
    max_wait: float = 300.0
    timeout: int = 15


def template_search(roadmap: Path) -> list[Path]:
    """Folders searched for ``.github/roadmap-review/`` overrides: the roadmap's, then here."""
    return [roadmap.resolve().parent, Path.cwd()]


def publish_drafts(
    cadence: str,
    drafts: list[Draft],
    target: GitHubTarget,
    roadmap: Path,
    *,
    update: bool,
    echo: Callable[[str], object],
    github_output: str | None,
) -> None:
    """Open (or find) each draft's issue, print what happened, and hand the first issue to
    later workflow steps through ``github_output`` (``steps.<id>.outputs.issue-url``)."""
    from roadmap_lint.github.client import connect
    from roadmap_lint.review.service import publish

    if not drafts:
        echo("no finished project is waiting for a retrospective")
        return
    outcomes = publish(connect(connection_for(target, roadmap)), cadence, drafts, update=update)
    for outcome in outcomes:
        tell_outcome(outcome, echo)
    _write_outputs(github_output, outcomes[0].issue)


def tell_outcome(outcome: Outcome, echo: Callable[[str], object]) -> None:
    """What happened to one issue: created, updated or unchanged, and the ones it closed."""
    echo(safe(f"{outcome.action} #{outcome.issue.number}: {outcome.issue.url}"))
    for number in outcome.closed:
        echo(f"closed #{number}, superseded by #{outcome.issue.number}")


def connection_for(target: GitHubTarget, roadmap: Path) -> Connection:
    """How to reach the repository issues go to (``review_repository``), with the token."""

    from roadmap_lint.cli.environment import api_url, review_repository
    from roadmap_lint.github.client import Connection
    from roadmap_lint.github.retry import RetryPolicy

    if not target.token:
        raise UserError(
            "no GitHub token",
            hint="set GITHUB_TOKEN (or GH_TOKEN) or pass --token; or preview with --dry-run",
        )
    repo = review_repository(target.repo, roadmap)
    if not repo:
        raise UserError(
            "no repository given, and the roadmap's repository has no github.com origin remote",
            hint="pass --repo owner/name or set GITHUB_REPOSITORY",
        )
    return Connection(
        token=target.token,
        repo=repo,
        api_url=api_url(),
        timeout=target.timeout,
        policy=RetryPolicy(max_wait=target.max_wait),
    )


def _write_outputs(path: str | None, issue: IssueRef) -> None:
    """Hand the issue to later workflow steps (``steps.<id>.outputs.issue-url``)."""
    if not path:
        return
    from roadmap_lint.cli.common import output_stream

    with output_stream(path, append=True) as outputs:
        outputs.write(f"issue-url={issue.url}\nissue-number={issue.number}\n")
