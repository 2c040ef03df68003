"""The few issue operations ``review`` needs, over PyGithub, each under the retry policy.

PyGithub is imported only here, and only when a connection is opened, so the other commands
(and ``review --dry-run``) never pay for it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.names import GITHUB_API, github_repo
from roadmap_lint.github.answers import (
    MAX_PAGES,
    PER_PAGE,
    bounded_connections,
    check_repository,
    issue_fields,
    issue_list,
    repository_list,
)
from roadmap_lint.github.retry import RetryingCaller, RetryPolicy


@dataclass(frozen=True)
class Connection:
    """Where and as whom to talk to GitHub; the CLI fills it from flags and environment."""

    token: str
    repo: str
    api_url: str = GITHUB_API
    timeout: int = 15
    policy: RetryPolicy = field(default_factory=RetryPolicy)

    def __repr__(self) -> str:  # keep the token out of any debug print
        return f"Connection(repo={self.repo!r}, api_url={self.api_url!r})"


@dataclass(frozen=True)
class IssueRef:
    number: int
    title: str
    body: str
    state: str
    url: str
    pull_request: bool = False


class IssueTracker:
    """One repository's issues: list by label, create (never twice), update, close, label."""

    def __init__(self, repo: Any, caller: RetryingCaller) -> None:
        self._repo = repo
        self._call = caller

    def ensure_label(self, name: str, color: str, description: str) -> None:
        if self._call(f"read the label {name!r}", lambda: self._label(name)):
            return
        self._call(
            f"create the label {name!r}",
            lambda: self._repo.create_label(name, color, description),
            recover=lambda: self._label(name),
        )

    def list_issues(self, labels: list[str]) -> list[IssueRef]:
        """Every issue, open or closed, carrying all of ``labels``, newest first.

        Listing (not the search API) sees an issue the moment it is created; search's index
        lags, and a lagging index is how duplicates happen. Pages are asked for by number, not
        by following ``Link`` headers, so an answer cannot lead the listing in a circle; an
        incomplete listing could hide this period's issue, so running out of pages is an error.
        """
        what = f"list the issues labelled {', '.join(labels)}"
        found: list[IssueRef] = []
        for number in range(1, MAX_PAGES + 1):
            page = self._call(what, functools.partial(self._page, labels, number))
            found += [ref for ref in page if not ref.pull_request]
            if len(page) < PER_PAGE:
                return found
        raise UserError(
            f"GitHub listed more than {MAX_PAGES * PER_PAGE} issues labelled "
            f"{', '.join(labels)} in {self._call.repo}; roadmap-lint stopped there",
            hint="close or relabel old review issues, or check that GITHUB_API_URL points "
            "at GitHub's API",
        )

    def _page(self, labels: list[str], number: int) -> list[IssueRef]:
        """One page of the listing, read as raw JSON (PyGithub's list objects would fetch
        each issue again to show its raw data)."""
        _, data = self._repo.requester.requestJsonAndCheck(
            "GET",
            f"{self._repo.url}/issues",
            parameters={
                "state": "all",
                "labels": ",".join(labels),
                "per_page": PER_PAGE,
                "page": number,
            },
        )
        return [_ref_from(item) for item in issue_list(data)]

    def create_issue(self, title: str, body: str, labels: list[str], marker: str) -> IssueRef:
        return self._call(
            "create the issue",
            lambda: _ref(self._repo.create_issue(title=title, body=body, labels=labels)),
            recover=lambda: self.find(labels, marker),
        )

    def find(self, labels: list[str], marker: str) -> IssueRef | None:
        return next((i for i in self.list_issues(labels) if marker in i.body), None)

    def update_body(self, number: int, body: str) -> IssueRef:
        return self._call(f"update issue #{number}", lambda: _ref(self._edit(number, body=body)))

    def close_with_comment(self, number: int, comment: str) -> None:
        # Comment first, so the link is there before the issue leaves the open list. A comment
        # retried after a lost answer can repeat a note; it can never duplicate an issue.
        self._call(
            f"comment on issue #{number}",
            lambda: self._repo.get_issue(number).create_comment(comment),
        )
        self._call(f"close issue #{number}", lambda: self._edit(number, state="closed"))

    def _label(self, name: str) -> Any:
        from github import UnknownObjectException

        try:
            return self._repo.get_label(name)
        except UnknownObjectException:
            return None

    def _edit(self, number: int, **changes: Any) -> Any:
        issue = self._repo.get_issue(number)
        issue.edit(**changes)
        return issue


def connect(connection: Connection) -> IssueTracker:
    """Open the repository (one request, which also checks the token and the name)."""
    if github_repo(connection.repo) != connection.repo:
        raise UserError(
            f"'{connection.repo}' is not a repository name",
            hint="write it as owner/name, e.g. --repo ada/portfolio",
        )
    hub = _hub(connection)
    caller = _caller(connection)
    repo = caller("open the repository", lambda: _checked_repo(hub, connection.repo))
    return IssueTracker(repo, caller)


@dataclass(frozen=True)
class OrgRepository:
    """A repository of an organisation's listing: ``owner/name`` and what the cohort filters on."""

    full_name: str
    private: bool
    archived: bool
    topics: tuple[str, ...]


def org_repositories(connection: Connection, org: str) -> list[OrgRepository]:
    """Every repository of ``org`` the token may see (``connection.repo`` names the
    organisation in messages), asked for page by page as ``list_issues`` does."""
    if not _ORG_NAME.fullmatch(org):
        raise UserError(f"'{org}' is not an organisation name", hint="write it as on GitHub")
    requester = _hub(connection).requester
    caller = _caller(connection)
    url = f"{connection.api_url.rstrip('/')}/orgs/{org}/repos"
    found: list[OrgRepository] = []
    for number in range(1, MAX_PAGES + 1):
        parameters = {"type": "all", "per_page": PER_PAGE, "page": number}
        _, data = caller(
            f"list the repositories of {org}",
            functools.partial(requester.requestJsonAndCheck, "GET", url, parameters=parameters),
        )
        page = repository_list(data)
        found += [
            OrgRepository(
                item["full_name"],
                item["private"],
                item.get("archived", False),
                tuple(item.get("topics", [])),
            )
            for item in page
        ]
        if len(page) < PER_PAGE:
            return found
    raise UserError(f"{org} lists more than {MAX_PAGES * PER_PAGE} repositories; stopped there")


#: GitHub's rule for an organisation's login.
_ORG_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,39}")


def _caller(connection: Connection) -> RetryingCaller:
    return RetryingCaller(
        connection.policy,
        repo=connection.repo,
        token=connection.token,
        api_url=connection.api_url,
    )


def _hub(connection: Connection) -> Any:
    import github

    bounded_connections()
    return github.Github(
        auth=github.Auth.Token(connection.token) if connection.token else None,
        base_url=connection.api_url.rstrip("/"),
        timeout=connection.timeout,
        retry=None,  # our policy, not PyGithub's: see retry.py
        seconds_between_requests=None,
        seconds_between_writes=None,
        user_agent="roadmap-lint",
        per_page=PER_PAGE,
    )


def _checked_repo(hub: Any, name: str) -> Any:
    repo = hub.get_repo(name)
    check_repository(repo.raw_data)
    return repo


def _ref(issue: Any) -> IssueRef:
    """The issue as GitHub sent it, read from the checked JSON rather than PyGithub's
    attributes, which pass on whatever type arrived."""
    return _ref_from(issue.raw_data)


def _ref_from(data: Any) -> IssueRef:
    raw = issue_fields(data)
    return IssueRef(
        number=raw["number"],
        title=raw.get("title") or "",
        body=raw.get("body") or "",
        state=raw["state"],
        url=raw["html_url"],
        pull_request=raw.get("pull_request") is not None,
    )
