"""``cohort --open-issue`` and ``cohort --org`` against the GitHub stand-in, whose answers are
checked against GitHub's published schemas."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.support.github_schema import checked_server
from tests.support.github_server import GitHubServer


@pytest.fixture
def github(monkeypatch: pytest.MonkeyPatch) -> Iterator[GitHubServer]:
    with checked_server() as server:
        monkeypatch.setenv("GITHUB_REPOSITORY", server.repo)
        monkeypatch.setenv("GITHUB_API_URL", server.url)
        monkeypatch.setenv("GITHUB_TOKEN", server.token)
        yield server


def test_one_cohort_issue_per_period_and_the_previous_closed(
    cli: Any, github: GitHubServer
) -> None:
    def run(today: str) -> Any:
        done = cli("cohort", str(EXAMPLES / "cohort.yml"), "--open-issue", "--today", today)
        assert done.code == 0 and github.token not in done.out + done.err
        return done

    first = run("2026-12-02")
    assert f"created #1: {github.web}/{github.repo}/issues/1" in first.err
    assert "unchanged #1" in run("2026-12-20").err
    assert len(github.issues) == 1 and github.count("issues/update") == 0
    later = run("2027-01-04")
    assert "created #2" in later.err and "closed #1, superseded by #2" in later.err
    issue = github.issues[1]
    assert issue["title"] == "Cohort: Backend mentoring, autumn 2026 2027-01"
    assert [label["name"] for label in issue["labels"]] == ["roadmap-cohort"]
    assert issue["body"].startswith(
        "<!-- roadmap-lint:cohort backend-mentoring-autumn-2026 2027-01 -->"
    )
    assert [item["state"] for item in github.issues] == ["closed", "open"]


def test_a_large_cohort_issue_lists_as_many_learners_as_fit() -> None:
    import datetime as dt

    from roadmap_lint.cohort.formats import Grid
    from roadmap_lint.cohort.issue import MAX_BODY, draft
    from roadmap_lint.cohort.portfolio import Row
    from roadmap_lint.cohort.roster import Learner

    rows = [Row(Learner(f"learner {n}", "x/y"), "failed", reason="r" * 200) for n in range(900)]
    made = draft(Grid("big", dt.date(2026, 11, 25), 30, rows), "week")
    assert made.key == "2026-W48" and len(made.body) < MAX_BODY + 1_024
    assert "more learners need less attention" in made.body and "900 learners" in made.body


def test_org_lists_its_portfolios_by_topic(cli: Any, github: GitHubServer) -> None:
    github.add_org_repo("acme", "ada-portfolio", topics=("portfolio",))
    github.add_org_repo("acme", "website")
    github.add_org_repo("acme", "old-portfolio", topics=("portfolio",), archived=True)
    github.add_org_repo("acme", "bo-portfolio", topics=("portfolio", "python"), private=True)
    run = cli(
        "cohort",
        "--org",
        "acme",
        "--topic",
        "portfolio",
        "--format",
        "json",
        "--today",
        "2026-11-25",
    )
    assert run.code == 0, run.err
    document = json.loads(run.out)
    assert document["cohort"] == "acme (topic portfolio)"
    assert sorted(row["repo"] for row in document["learners"]) == [
        "acme/ada-portfolio",
        "acme/bo-portfolio",
    ]
    assert github.count("repos/list-for-org") == 1


def test_org_and_file_together_are_refused(cli: Any) -> None:
    run = cli("cohort", str(EXAMPLES / "cohort.yml"), "--org", "acme")
    assert (run.code, run.out) == (2, "")
    assert "give a cohort file or --org, one of them" in run.err
