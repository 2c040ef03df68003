"""Where each learner's row comes from: a clone checked here, or their published report; and
a row with a reason for every portfolio that cannot be read, the others unaffected."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cohort.conftest import TODAY
from tests.scanning.conftest import Daemon
from tests.support.gitrepo import commit, git
from tests.support.portfolios import Commit, bare_repo, roadmap_text

Rows = dict[str, dict[str, Any]]


def _rows(run: Any) -> Rows:
    assert run.code == 0, run.err
    return {row["name"]: row for row in json.loads(run.out)["learners"]}


def _portfolio(served: Daemon, owner: str, files: dict[str, str | None]) -> str:
    bare_repo(served.base / owner / "portfolio.git", [Commit(TODAY, files)] if files else [])
    return f"{owner}/portfolio"


def test_every_unreadable_portfolio_is_a_row_with_its_reason(
    served: Daemon,
    make_learner: Callable[[str, int], str],
    cohort_file: Callable[[list[dict[str, Any]]], Path],
    cohort: Any,
) -> None:
    good = make_learner("ada", 1)
    broken = _portfolio(served, "bea", {"roadmap.yml": "version: 1\nprofile: [unclosed\n"})
    empty = _portfolio(served, "cy", {})
    bare = _portfolio(served, "dee", {"README.md": "# no roadmap here\n"})
    learners = [
        {"name": "Ada", "repo": good},
        {"name": "Missing", "repo": "nobody/portfolio"},
        {"name": "Broken", "repo": broken},
        {"name": "Empty", "repo": empty},
        {"name": "No roadmap", "repo": bare},
        {"name": "Local", "repo": "./no-such-folder"},
    ]
    run = cohort(cohort_file(learners), "--format", "json")
    rows = _rows(run)
    reasons = {name: row["reason"] or "" for name, row in rows.items()}
    assert rows["Ada"]["source"] == "checked" and rows["Ada"]["facts"]["projects"]["listed"] == 3
    assert "does not exist, or it is private" in reasons["Missing"]
    assert "roadmap.yml does not parse as YAML (line 2" in reasons["Broken"]
    assert reasons["Empty"] == "the portfolio has no commits yet"
    assert reasons["No roadmap"].startswith("no roadmap in the portfolio (looked for roadmap.yml")
    assert reasons["Local"] == "no such folder: ./no-such-folder"
    assert list(rows)[-1] == "Ada"  # those who could not be read come first
    assert run.err.count("\n") == len(learners)  # one progress line per learner


def test_a_roadmap_link_and_a_local_path_outside_the_portfolio_are_never_followed(
    served: Daemon,
    cohort_file: Callable[[list[dict[str, Any]]], Path],
    cohort: Any,
    tmp_path: Path,
) -> None:
    secret = tmp_path / "mentor-secret"
    secret.mkdir()
    (secret / "Dockerfile").write_text("FROM scratch\n")
    work = tmp_path / "eve"
    git(tmp_path, "init", "-q", str(work))
    (work / "roadmap.yml").symlink_to("/etc/passwd")
    commit(work, {"README.md": "eve"}, date="2026-11-20")
    served_link = served.base / "eve" / "portfolio.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(served_link))
    git(served_link, "config", "uploadpack.allowFilter", "true")
    text = roadmap_text("fay", 0, TODAY).replace("repo: fay/notes-api", f"repo: {secret}")
    fay = _portfolio(served, "fay", {"roadmap.yml": text})
    learners = [{"name": "Eve", "repo": "eve/portfolio"}, {"name": "Fay", "repo": fay}]
    rows = _rows(cohort(cohort_file(learners), "--format", "json"))
    assert (
        rows["Eve"]["reason"] == "roadmap.yml is not a regular file (a link or a folder): not read"
    )
    facts = rows["Fay"]["facts"]
    assert "dockerfile" not in facts["signals"]
    assert "repo-unreachable" in facts["rules"]


def test_a_project_inside_the_portfolio_is_read_from_its_clone(
    served: Daemon, cohort_file: Callable[[list[dict[str, Any]]], Path], cohort: Any
) -> None:
    text = roadmap_text("gus", 1, TODAY).replace("repo: gus/notes-api", "repo: projects/notes")
    files: dict[str, str | None] = {
        "roadmap.yml": text,
        "projects/notes/Dockerfile": "FROM python:3.12\n",
        "projects/notes/tests/test_x.py": "def test_x():\n    pass\n",
    }
    path = cohort_file([{"name": "Gus", "repo": _portfolio(served, "gus", files)}])
    rows = _rows(cohort(path, "--format", "json"))
    signals = rows["Gus"]["facts"]["signals"]
    assert {"dockerfile", "tests"} <= set(signals)


def test_history_is_read_from_the_blobless_clone(
    served: Daemon,
    make_learner: Callable[[str, int], str],
    cohort_file: Callable[[list[dict[str, Any]]], Path],
    cohort: Any,
) -> None:
    """Four versions of the roadmap: the history rules see them (a growing roadmap)."""
    from roadmap_lint.check import CheckOptions, run_check
    from roadmap_lint.git.objects import StoredFile
    from roadmap_lint.scanning.access import RemoteSettings
    from roadmap_lint.scanning.remote import history_clone, remote_env

    url = f"git://127.0.0.1:{served.port}/{make_learner('hal', 2)}.git"
    remote = RemoteSettings(cache_dir=served.base.parent / "cache")
    with history_clone(url, remote, None) as repo:
        shown = ["git", "cat-file", "-p", "HEAD:roadmap.yml"]
        raw = subprocess.run(shown, cwd=repo, capture_output=True, check=True).stdout
        stored = StoredFile(repo, "roadmap.yml", remote_env(url, remote), partial=True)
        result = run_check(
            CheckOptions(Path("roadmap.yml"), TODAY, content=raw, stored=stored, scan=False)
        )
        assert git(repo, "rev-parse", "--is-shallow-repository") == "false"
    assert result.history is not None and result.history.available
    assert (result.history.timeline.versions, result.history.uncommitted) == (4, False)


def test_a_published_report_is_used_while_current_and_ignored_once_stale(
    served: Daemon,
    make_learner: Callable[[str, int], str],
    cohort_file: Callable[[list[dict[str, Any]]], Path],
    cohort: Any,
    cli: Any,
    tmp_path: Path,
) -> None:
    name = make_learner("ivy", 1)
    origin = served.base / "ivy" / "portfolio.git"
    work = tmp_path / "ivy-work"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    published = cli("check", str(work / "roadmap.yml"), "--publish", "--today", "2026-11-23")
    assert published.code == 1 and "published the report to roadmap-lint-report" in published.err
    path = cohort_file([{"name": "Ivy", "repo": name}])

    rows = _rows(cohort(path, "--format", "json"))
    assert (rows["Ivy"]["source"], rows["Ivy"]["made"]) == ("published", "2026-11-23")
    checked = _rows(cohort(path, "--format", "json", "--fresh"))["Ivy"]
    assert checked["source"] == "checked"
    assert checked["facts"] == rows["Ivy"]["facts"] | {
        "last_review": checked["facts"]["last_review"]
    }

    commit(work, {"README.md": "changed after publishing"}, date="2026-11-24")
    git(work, "push", "-q", "origin", "HEAD:main")
    assert _rows(cohort(path, "--format", "json"))["Ivy"]["source"] == "checked"


def test_a_report_older_than_the_cohort_allows_or_malformed_is_not_used(
    served: Daemon,
    make_learner: Callable[[str, int], str],
    cohort_file: Callable[[list[dict[str, Any]]], Path],
    cohort: Any,
    tmp_path: Path,
) -> None:
    from roadmap_lint.cohort.published import parse_report

    name = make_learner("jo", 1)
    origin = served.base / "jo" / "portfolio.git"
    head = git(origin, "rev-parse", "HEAD")
    report = {
        "version": 1,
        "made": {
            "by": "roadmap-lint 0.1.0",
            "today": "2026-11-01",
            "commit": head,
            "roadmap": "roadmap.yml",
            "blob": head,
        },
        "facts": {},
    }
    assert parse_report(json.dumps(report).encode()) is None  # facts missing: not believed
    blob = (
        subprocess.run(
            ["git", "hash-object", "-w", "--stdin"],
            cwd=origin,
            input=json.dumps(report).encode(),
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .strip()
    )
    tree = (
        subprocess.run(
            ["git", "mktree"],
            cwd=origin,
            input=f"100644 blob {blob}\treport.json\n".encode(),
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .strip()
    )
    tip = git(origin, "commit-tree", tree, "-m", "forged")
    git(origin, "update-ref", "refs/heads/roadmap-lint-report", tip)
    rows = _rows(cohort(cohort_file([{"name": "Jo", "repo": name}]), "--format", "json"))
    assert rows["Jo"]["source"] == "checked"
    assert dt.date.fromisoformat(rows["Jo"]["made"]) == TODAY
