"""The GitHub stand-in itself: GitHub's shapes, pagination, and each fault, through PyGithub."""

from __future__ import annotations

from typing import Any

import github as pygithub
import pytest
import requests

from tests.support.github_schema import allow_null, validate_response
from tests.support.github_server import GitHubServer


def _client(server: GitHubServer, per_page: int = 30) -> Any:
    hub = pygithub.Github(
        auth=pygithub.Auth.Token(server.token),
        base_url=server.url,
        retry=None,
        per_page=per_page,
        seconds_between_requests=0,
        seconds_between_writes=0,
    )
    return hub.get_repo(server.repo)


def test_validator_rejects_a_wrong_shape() -> None:
    with pytest.raises(Exception, match="not of type"):
        validate_response("issues/get", 200, {"number": "seven"})


def test_nullable_becomes_a_null_branch() -> None:
    assert allow_null({"type": "string", "nullable": True}) == {"type": ["string", "null"]}
    assert allow_null({"allOf": [{"type": "object"}], "nullable": True}) == {
        "anyOf": [{"type": "null"}, {"allOf": [{"type": "object"}]}]
    }


def test_issues_are_listed_by_label_and_state_across_pages(github: GitHubServer) -> None:
    github.max_per_page = 2
    repo = _client(github)
    for number in range(5):
        repo.create_issue(title=f"issue {number}", labels=["roadmap-review", "monthly"])
    repo.create_issue(title="unrelated", labels=["bug"])
    repo.get_issue(1).edit(state="closed")
    listed = repo.get_issues(state="all", labels=["roadmap-review", "monthly"])
    assert [issue.number for issue in listed] == [5, 4, 3, 2, 1]
    assert [issue.number for issue in repo.get_issues(state="open", labels=["monthly"])] == [
        5,
        4,
        3,
        2,
    ]
    assert github.count("issues/list-for-repo") >= 3  # the Link header was followed


def test_labels_comments_and_rate_limit(github: GitHubServer) -> None:
    repo = _client(github)
    repo.create_label("roadmap-review", "0e8a16", "made by roadmap-lint")
    with pytest.raises(pygithub.GithubException) as refused:
        repo.create_label("Roadmap-Review", "0e8a16")
    assert refused.value.status == 422
    assert repo.get_label("roadmap-review").color == "0e8a16"
    issue = repo.create_issue(title="t", body="b")
    issue.create_comment("see #2")
    assert github.comments[1][0]["body"] == "see #2"
    assert repo.get_issue(1).comments == 1


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("unauthorized", 401),
        ("forbidden", 403),
        ("rate_limit", 403),
        ("secondary_rate_limit", 429),
        ("not_found", 404),
        ("issues_disabled", 410),
        ("unprocessable", 422),
        ("server_error", 502),
    ],
)
def test_refusals(github: GitHubServer, kind: str, status: int) -> None:
    repo = _client(github)
    github.inject(kind, "issues/create")
    with pytest.raises(pygithub.GithubException) as refused:
        repo.create_issue(title="t")
    assert refused.value.status == status
    assert repo.create_issue(title="again").number == 1  # the fault was used up


def test_dropped_and_lost_answers(github: GitHubServer) -> None:
    repo = _client(github)
    github.inject("drop", "issues/create")
    with pytest.raises(requests.exceptions.ConnectionError):
        repo.create_issue(title="dropped")
    assert github.issues == []
    github.inject("lost_answer", "issues/create")
    with pytest.raises(requests.exceptions.ConnectionError):
        repo.create_issue(title="lost")
    assert [issue["title"] for issue in github.issues] == ["lost"]


def test_wrong_token_and_unknown_repo(github: GitHubServer) -> None:
    hub = pygithub.Github(auth=pygithub.Auth.Token("nope"), base_url=github.url, retry=None)
    with pytest.raises(pygithub.BadCredentialsException):
        hub.get_repo(github.repo)
    with pytest.raises(pygithub.UnknownObjectException):
        _client(github).get_issue(99)
