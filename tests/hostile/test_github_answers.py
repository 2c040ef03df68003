"""GitHub answers that are not GitHub's: ``review`` stops with one line (exit 2), never a
traceback, never a duplicate issue, within bounded time and memory.

The stand-in carries out each request, then sends a broken answer in place of its real one
(see the fault kinds in ``tests/support/github_server.py``); its valid answers are still checked
against GitHub's published schema.
"""

from __future__ import annotations

import copy
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.github.answers import MAX_PAGES, PER_PAGE
from tests.review.conftest import github, pauses, review  # noqa: F401 (fixtures)
from tests.support.cli import Run
from tests.support.github_server import GitHubServer

TODAY = ("--today", "2026-10-01")
MARKER = "<!-- roadmap-lint:review quarterly 2026-Q4 -->"
LABELS = ["roadmap-review", "quarterly"]
TIME_LIMIT_S = 5.0
HINT = "GITHUB_API_URL"


def _each_item(change: Callable[[dict[str, Any]], Any]) -> Callable[[Any], Any]:
    return lambda body: [change(item) for item in body]


# (fault, operation, options, words in the one line)
BROKEN: list[tuple[str, str, dict[str, Any], str]] = [
    ("malformed_json", "repos/get", {}, "not valid JSON"),
    ("malformed_json", "issues/list-for-repo", {}, "not valid JSON"),
    ("malformed_json", "issues/create", {}, "not valid JSON"),
    ("html_page", "repos/get", {}, "not JSON but text starting '<!DOCTYPE html>"),
    ("html_page", "issues/list-for-repo", {}, "not JSON but text starting '<!DOCTYPE html>"),
    ("html_page", "issues/create", {}, "not JSON but text starting '<!DOCTYPE html>"),
    ("reshape", "repos/get", {"change": lambda body: [body]}, "got an array"),
    ("reshape", "issues/list-for-repo", {"change": lambda body: {"issues": body}}, "got an object"),
    ("reshape", "issues/list-for-repo", {"change": lambda body: [1, "two"]}, "got a number"),
    (
        "reshape",
        "issues/list-for-repo",
        {"change": _each_item(lambda issue: {**issue, "number": str(issue["number"])})},
        "an issue's number is '1'",
    ),
    (
        "reshape",
        "issues/list-for-repo",
        {"change": _each_item(lambda issue: {**issue, "body": ["not", "text"]})},
        "issue #1's body is ['not', 'text'], not text",
    ),
    (
        "reshape",
        "issues/create",
        {"change": lambda issue: {**issue, "number": "2"}},
        "an issue's number is '2'",
    ),
    ("huge", "issues/list-for-repo", {}, "larger than 32 MB"),
]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, to show that nothing is written."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _seed(server: GitHubServer, marker: str = MARKER) -> None:
    server.add_issue("Roadmap review: 2026-Q4 (quarterly)", f"{marker}\n", LABELS)


def _marked(server: GitHubServer) -> int:
    return sum(1 for issue in server.issues if MARKER in (issue["body"] or ""))


def _assert_one_clear_line(done: Run, server: GitHubServer, words: str) -> None:
    assert done.code == 2, done.out + done.err
    assert done.out == ""
    assert len(done.err.splitlines()) == 1 and done.err.startswith("roadmap-lint: error: ")
    assert words in done.err, done.err
    assert "Traceback" not in done.err and "internal error" not in done.err
    assert server.token not in done.err


def _timed(run: Callable[..., Run], *args: str) -> Run:
    started = time.monotonic()
    done = run(*args)
    assert time.monotonic() - started < TIME_LIMIT_S
    return done


@pytest.mark.parametrize(
    ("kind", "operation", "options", "words"),
    BROKEN,
    ids=[f"{kind}-{operation}-{index}" for index, (kind, operation, *_) in enumerate(BROKEN)],
)
def test_a_broken_answer_is_one_line_and_never_a_duplicate(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
    in_tmp: Path,
    kind: str,
    operation: str,
    options: dict[str, Any],
    words: str,
) -> None:
    if operation != "issues/create":  # this period's issue exists: a misread list would repeat it
        _seed(github)
    github.inject(kind, operation, times=None, **options)
    done = _timed(review, *TODAY)
    _assert_one_clear_line(done, github, words)
    assert HINT in done.err
    assert list(in_tmp.iterdir()) == []  # nothing written
    github.faults.clear()
    again = review(*TODAY)
    assert again.code == 0, again.err
    assert _marked(github) == 1  # the garbled create happened once; the rerun found it


def test_pages_that_never_end_are_cut_off_with_one_line(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
) -> None:
    _seed(github, "<!-- roadmap-lint:review quarterly 2026-Q3 -->")
    other = copy.deepcopy(github.issues[0])
    github.inject("reshape", "issues/list-for-repo", times=None, change=lambda _: [other] * 100)
    done = _timed(review, *TODAY)
    _assert_one_clear_line(done, github, f"more than {MAX_PAGES * PER_PAGE} issues")
    assert github.count("issues/list-for-repo") == MAX_PAGES
    assert github.count("issues/create") == 0


@pytest.mark.parametrize("loop", [True, False])
def test_link_headers_cannot_lead_the_listing_in_circles(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
    loop: bool,
) -> None:
    _seed(github)
    github.inject("endless_pages", "issues/list-for-repo", times=None, loop=loop)
    done = _timed(review, *TODAY)
    assert done.code == 0 and "unchanged #1" in done.out, done.err
    assert github.count("issues/list-for-repo") == 1  # pages are asked for by number
    assert _marked(github) == 1


def test_issues_without_labels_are_still_found(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
) -> None:
    """The listing is filtered by GitHub; the labels in its answer are never read."""
    _seed(github)
    drop_labels = _each_item(lambda issue: {k: v for k, v in issue.items() if k != "labels"})
    github.inject("reshape", "issues/list-for-repo", times=None, change=drop_labels)
    done = review(*TODAY)
    assert done.code == 0 and "unchanged #1" in done.out, done.err
    assert _marked(github) == 1


@pytest.mark.parametrize("declare", [True, False], ids=["declared", "undeclared"])
def test_a_huge_answer_is_not_held_in_memory(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
    declare: bool,
) -> None:
    """Refused on its ``Content-Length`` alone, or read no further than the cap."""
    _seed(github)
    github.inject("huge", "issues/list-for-repo", times=None, size=200 << 20, declare=declare)
    tracemalloc.start()
    try:
        done = _timed(review, *TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    _assert_one_clear_line(done, github, "larger than 32 MB")
    assert peak < 100 << 20, f"peak {peak >> 20} MiB"
