"""Every GitHub fault ``review`` must survive or explain: exit code, one line, no token."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.review.conftest import PORTFOLIO
from tests.support.github_server import GitHubServer

TODAY = ("--today", "2026-10-01")


@pytest.mark.parametrize(
    ("kind", "operation", "words"),
    [
        ("unauthorized", "repos/get", ["401", "token is wrong or expired"]),
        ("forbidden", "issues/create", ["403", "permissions: issues: write"]),
        ("forbidden", "issues/create-label", ["403", "permissions: issues: write"]),
        ("not_found", "repos/get", ["404", "GITHUB_REPOSITORY"]),
        ("issues_disabled", "issues/list-for-repo", ["410", "turn Issues on"]),
        ("unprocessable", "issues/create", ["422", "--dry-run"]),
    ],
)
def test_refusals_are_one_line_that_says_what_to_fix(
    review: Any, github: GitHubServer, kind: str, operation: str, words: list[str]
) -> None:
    github.inject(kind, operation, times=None)
    done = review(*TODAY)
    assert done.code == 2 and done.out == ""
    assert len(done.err.splitlines()) == 1 and done.err.startswith("roadmap-lint: error: ")
    assert all(word in done.err for word in words), done.err
    assert "Traceback" not in done.err
    assert github.issues == []


def test_a_wrong_token_is_refused_and_never_printed(
    cli: Any, github: GitHubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "ghp_" + "W" * 36
    monkeypatch.setenv("GITHUB_REPOSITORY", github.repo)
    monkeypatch.setenv("GITHUB_API_URL", github.url)
    done = cli("review", str(PORTFOLIO), "--no-scan", "--no-history", "--token", wrong, *TODAY)
    assert done.code == 2 and "401" in done.err
    assert wrong not in done.out + done.err


def test_an_unknown_repository(review: Any, github: GitHubServer) -> None:
    done = review("--repo", "someone/elsewhere", *TODAY)
    assert done.code == 2 and "no repository someone/elsewhere" in done.err


@pytest.mark.parametrize("kind", ["server_error", "drop"])
def test_transient_failures_are_retried_with_backoff(
    review: Any, github: GitHubServer, pauses: list[float], kind: str
) -> None:
    github.inject(kind, "issues/list-for-repo", times=3)
    done = review(*TODAY)
    assert done.code == 0, done.err
    assert pauses == [1.0, 2.0, 4.0]
    assert len(github.issues) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_retries_are_bounded(
    review: Any, github: GitHubServer, pauses: list[float], status: int
) -> None:
    github.inject("server_error", "repos/get", times=None, status=status)
    done = review(*TODAY)
    assert done.code == 2
    assert f"GitHub answered {status}, 4 tries" in done.err
    assert github.count("repos/get") == 4 and len(pauses) == 3


def test_a_slow_answer_times_out_and_is_retried(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    github.inject("slow", "issues/list-for-repo", delay=1.6)
    started = time.monotonic()
    done = review("--timeout", "1", *TODAY)
    assert done.code == 0, done.err
    assert pauses == [1.0] and len(github.issues) == 1
    assert time.monotonic() - started < 5


def test_a_slow_answer_within_the_timeout_is_fine(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    github.inject("slow", "issues/create", delay=0.2)
    assert review(*TODAY).code == 0
    assert pauses == [] and len(github.issues) == 1


@pytest.mark.parametrize(
    ("kind", "options", "expected"),
    [
        ("rate_limit", {"reset_in": 30}, 31.0),
        ("secondary_rate_limit", {"retry_after": 7}, 7.0),
    ],
)
def test_rate_limits_are_waited_out(
    review: Any,
    github: GitHubServer,
    pauses: list[float],
    kind: str,
    options: dict[str, int],
    expected: float,
) -> None:
    github.inject(kind, "issues/create", **options)
    done = review(*TODAY)
    assert done.code == 0, done.err
    assert len(pauses) == 1 and abs(pauses[0] - expected) <= 1.5
    assert len(github.issues) == 1


def test_a_rate_limit_beyond_the_allowed_wait_gives_up(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    github.inject("secondary_rate_limit", "repos/get", times=None, retry_after=40)
    done = review("--max-wait", "100", *TODAY)
    assert done.code == 2
    assert "rate limit" in done.err and "--max-wait" in done.err
    assert pauses == [40.0, 40.0]


def test_a_lost_answer_on_create_never_makes_a_duplicate(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    github.inject("lost_answer", "issues/create")
    done = review(*TODAY)
    assert done.code == 0, done.err
    assert done.out.startswith("created #1")
    assert len(github.issues) == 1 and github.count("issues/create") == 1
    assert pauses == []
    assert review(*TODAY).out.startswith("unchanged #1")


def test_a_dropped_create_is_sent_again(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    github.inject("drop", "issues/create")
    assert review(*TODAY).code == 0
    assert len(github.issues) == 1 and github.count("issues/create") == 2


def test_a_lost_answer_when_closing_the_previous_issue(
    review: Any, github: GitHubServer, pauses: list[float]
) -> None:
    review("--cadence", "monthly", "--today", "2026-11-02")
    github.inject("lost_answer", "issues/update")
    done = review("--cadence", "monthly", "--today", "2026-12-01")
    assert done.code == 0, done.err
    assert [issue["state"] for issue in github.issues] == ["closed", "open"]
