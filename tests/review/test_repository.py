"""Where `review` opens its issue: --repo, else GITHUB_REPOSITORY, else the github.com `origin`
of the roadmap's own repository; and `check --review`, which reuses the check's run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.review.conftest import PORTFOLIO
from tests.support.github_server import GitHubServer
from tests.support.gitrepo import git, make_repo

TODAY = ("--today", "2026-11-02")


@pytest.fixture
def portfolio(
    tmp_path: Path, github: GitHubServer, pauses: list[float], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The demo roadmap in a repository of its own, GitHub reached at the stand-in."""
    monkeypatch.setenv("GITHUB_API_URL", github.url)
    monkeypatch.setenv("GITHUB_TOKEN", github.token)
    repo = make_repo(tmp_path / "portfolio", {"roadmap.yml": PORTFOLIO.read_text("utf-8")})
    monkeypatch.chdir(repo)
    return repo


@pytest.mark.parametrize(
    "origin",
    ["https://github.com/{repo}.git", "git@github.com:{repo}.git", "ssh://git@github.com/{repo}"],
)
def test_without_repo_the_origin_remote_names_it(
    cli: Any, portfolio: Path, github: GitHubServer, origin: str
) -> None:
    git(portfolio, "remote", "add", "origin", origin.format(repo=github.repo))
    run = cli("review", "--no-scan", "--no-history", *TODAY)
    assert (run.code, run.err) == (0, "")
    assert run.out == f"created #1: {github.web}/{github.repo}/issues/1\n"


def test_github_repository_comes_before_the_origin(
    cli: Any, portfolio: Path, github: GitHubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    git(portfolio, "remote", "add", "origin", "https://github.com/someone/else.git")
    monkeypatch.setenv("GITHUB_REPOSITORY", github.repo)
    assert cli("review", "--no-scan", "--no-history", *TODAY).code == 0
    assert len(github.issues) == 1


@pytest.mark.parametrize("origin", [None, "https://gitlab.com/ada/portfolio.git"])
def test_no_github_origin_is_one_clear_line(
    cli: Any, portfolio: Path, github: GitHubServer, origin: str | None
) -> None:
    if origin:
        git(portfolio, "remote", "add", "origin", origin)
    run = cli("review", "--no-scan", "--no-history", *TODAY)
    assert run.code == 2 and len(run.err.splitlines()) == 1
    assert "no repository given" in run.err and "--repo" in run.err
    assert github.issues == []


def test_check_review_opens_the_issue_from_the_same_run(
    cli: Any, portfolio: Path, github: GitHubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_REPOSITORY", github.repo)
    outputs = portfolio.parent / "outputs"
    run = cli(
        "check", "--no-scan", "--format", "json", "--review", "auto",
        "--github-output", str(outputs), "--fail-on", "info", *TODAY,
    )  # fmt: skip
    assert run.code == 1, "findings still fail the run, after the issue is open"
    report = json.loads(run.out)  # the issue's lines go to stderr: stdout stays a report
    assert run.err == f"created #1: {github.web}/{github.repo}/issues/1\n"
    (issue,) = github.issues
    assert issue["title"] == "Roadmap review: 2026-11 (monthly)"
    rules = {finding["rule"] for finding in report["findings"]}
    assert all(rule in issue["body"] for rule in rules), "the issue holds this run's findings"
    lines = outputs.read_text("utf-8").splitlines()
    assert f"issue-url={issue['html_url']}" in lines and "issue-number=1" in lines
    assert cli("check", "--no-scan", "--review", "", "--fail-on", "never", *TODAY).code == 0
    assert len(github.issues) == 1, "an empty --review opens nothing"
