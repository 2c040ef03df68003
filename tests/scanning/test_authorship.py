"""Whose work a project is: the learner's commits, RL306 not-own-work, and "unknown" when
the history was cut."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.scanning.authorship import Learner
from roadmap_lint.scanning.scanner import scan
from tests.scanning.conftest import Daemon, FakeGitHub
from tests.support.gitrepo import commit, git, make_repo

ME = "learner@example.invalid"  # the identity tests/support/gitrepo.py commits with
OTHER = "Template Author <author@example.org>"
PROFILE = "profile: {level: beginner, github: ada-example, emails: [LEARNER@example.invalid]}"


def roadmap(folder: Path, repo: str, *, kind: str = "independent", profile: str = PROFILE) -> Path:
    path = folder / "roadmap.yml"
    path.write_text(
        f"version: 1\n{profile}\n"
        "areas: {core_language: {}, api_design: {}, databases: {}, testing_security: {},"
        " deployment_devops: {}}\n"
        f"projects:\n  - {{id: shop, repo: '{repo}', kind: {kind}}}\n",
        encoding="utf-8",
    )
    return path


def check(cli: Any, path: Path) -> dict[str, Any]:
    run = cli("check", str(path), "--format", "json", "--select", "RL306")
    assert run.code in (0, 1), run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


def someone_elses(folder: Path) -> Path:
    repo = make_repo(folder, {"README.md": "# template\n"})
    git(repo, "commit", "-q", "--amend", "--no-edit", f"--author={OTHER}")
    return repo


def test_a_copy_of_someone_elses_repository_is_not_own_work(cli: Any, tmp_path: Path) -> None:
    someone_elses(tmp_path / "shop")
    data = check(cli, roadmap(tmp_path, "shop"))
    assert [f["rule"] for f in data["findings"]] == ["RL306"]
    assert "none of its 1 commits is by ada-example" in data["findings"][0]["message"]
    assert data["projects"][0]["authorship"] == {
        "commits": 1,
        "by_learner": 0,
        "share": 0.0,
        "history": "complete",
    }


def test_the_learners_own_repository_passes(cli: Any, tmp_path: Path) -> None:
    repo = someone_elses(tmp_path / "shop")
    commit(repo, {"app.py": "print()\n"}, date="2026-02-01")  # by the learner, any case
    data = check(cli, roadmap(tmp_path, "shop"))
    assert data["findings"] == []
    assert data["projects"][0]["authorship"]["share"] == 0.5


@pytest.mark.parametrize(
    ("kind", "profile"),
    [("tutorial", PROFILE), ("independent", "profile: {level: beginner}")],
    ids=["a tutorial", "no learner named"],
)
def test_silent_for_tutorials_and_without_a_learner(
    cli: Any, tmp_path: Path, kind: str, profile: str
) -> None:
    someone_elses(tmp_path / "shop")
    assert check(cli, roadmap(tmp_path, "shop", kind=kind, profile=profile))["findings"] == []


def test_githubs_noreply_address_is_the_learners(tmp_path: Path) -> None:
    repo = someone_elses(tmp_path / "shop")
    (repo / "a.py").write_text("x\n")
    git(repo, "add", "-A")
    noreply = "Ada <12345+Ada-Example@users.noreply.github.com>"
    git(repo, "commit", "-q", "-m", "work", f"--author={noreply}")
    result = scan(str(repo), base=tmp_path, learner=Learner.named("ada-example", ()))
    assert result.authorship is not None and result.authorship.learner == 1


def test_a_shallow_clone_gives_unknown_never_a_guess(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "origin", {"README.md": "# mine\n"})  # the learner's commit
    git(repo, "commit", "-q", "--allow-empty", "-m", "later", f"--author={OTHER}")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", "shop")
    data = check(cli, roadmap(tmp_path, "shop"))
    assert data["findings"] == []
    assert data["projects"][0]["authorship"] == {
        "commits": 1,
        "by_learner": None,
        "share": None,
        "history": "shallow",
    }
    text = cli("check", str(tmp_path / "roadmap.yml"), "--select", "RL306").out
    assert "unknown: the history was cut" in text


def test_a_remote_clone_fetches_the_history_it_needs(
    cli: Any, tmp_path: Path, daemon: Daemon
) -> None:
    work = daemon.publish("authored", {"README.md": "# mine\n"})
    commit(work, {"a.py": "x\n"}, date="2026-02-01")
    git(work, "push", "-q", str(daemon.base / "authored"), "HEAD:refs/heads/main")
    data = check(cli, roadmap(tmp_path, daemon.url("authored")))
    assert data["projects"][0]["authorship"]["history"] == "complete"
    assert data["projects"][0]["authorship"]["by_learner"] == 2


def test_via_api_the_contributors_list_is_read(github: FakeGitHub, tmp_path: Path) -> None:
    from roadmap_lint.scanning.access import RemoteSettings

    sha = "1" * 40
    base = "/repos/ada/shop"
    commit = {"sha": sha, "commit": {"committer": {"date": "2026-05-06T07:08:09Z"}}}
    github.routes[f"{base}/commits/HEAD"] = (200, json.dumps(commit).encode())
    tree = {"sha": sha, "tree": [], "truncated": False}
    github.routes[f"{base}/git/trees/{sha}?recursive=1"] = (200, json.dumps(tree).encode())
    people = [
        {"login": "Ada-Example", "contributions": 7},
        {"email": "ada@example.com", "type": "Anonymous", "contributions": 2},
        {"login": "mentor", "contributions": 1},
    ]
    github.routes[f"{base}/contributors?anon=1&per_page=100&page=1"] = (
        200,
        json.dumps(people).encode(),
    )
    remote = RemoteSettings(api_url=github.url)
    learner = Learner.named("ada-example", ["ada@example.com"])
    result = scan("ada/shop", base=tmp_path, remote=remote, via="api", learner=learner)
    assert result.authorship is not None
    assert (result.authorship.learner, result.authorship.commits) == (9, 10)
