"""Local `repo:` paths in GitHub Actions: an error that says to use owner/name, not a warning
that leaves every claim unchecked while the run stays green."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.starter import render_starter
from tests.scanning.test_check_scan import roadmap
from tests.support.gitrepo import make_repo

PROJECTS = (
    "  - {id: notes-api, repo: ../notes-api, expects: [tests]}\n"
    "  - {id: tasks, repo: 'file:///nowhere/tasks.git', expects: [tests]}\n"
    "  - {id: inside, repo: projects/inside, expects: [readme]}\n"
)


def _check(cli: Any, path: Path) -> tuple[int, list[dict[str, Any]]]:
    run = cli("check", str(path), "--select", "RL3", "--format", "json", "--today", "2026-11-25")
    assert run.code in (0, 1), run.err
    return run.code, json.loads(run.out)["findings"]


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    make_repo(tmp_path / "portfolio" / "projects" / "inside", {"README.md": "x\n"})
    return roadmap(tmp_path / "portfolio", PROJECTS)


def test_in_github_actions_a_missing_local_folder_is_an_error(
    cli: Any, portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, found = _check(cli, portfolio)
    assert code == 1
    assert [(f["rule"], f["severity"], f["pointer"]) for f in found] == [
        ("RL305", "error", "/projects/0/repo"),
        ("RL303", "warning", "/projects/1/repo"),  # a URL that failed: not a local folder
    ]
    assert "GitHub Actions cannot read" in found[0]["message"]
    assert found[0]["hint"].endswith("repo: OWNER/notes-api")


def test_on_a_machine_it_stays_the_unreachable_warning(cli: Any, portfolio: Path) -> None:
    code, found = _check(cli, portfolio)
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in found] == [("RL303", "warning")] * 2


def test_github_actions_must_say_true(
    cli: Any, portfolio: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert "RL305" not in {f["rule"] for f in _check(cli, portfolio)[1]}


@pytest.mark.parametrize("level", ["beginner", "job-seeking"])
def test_the_starter_leads_with_owner_name(level: str) -> None:
    starter = render_starter(level=level, language="python", name="Ada")
    repos = [
        line.split("repo:", 1)[1].split("#")[0].strip()
        for line in starter.splitlines()
        if line.strip().startswith("repo:")
    ]
    assert repos == ["your-github-name/notes-api"]
    assert "../" not in starter


def test_getting_started_leads_with_owner_name() -> None:
    from tests.conftest import REPO_ROOT

    guide = (REPO_ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    section = guide.split("## 4.", 1)[1].split("\n## ", 1)[0]
    first = section.index("owner/name")
    assert first < section.index("path"), "owner/name comes before local paths"
    assert "GitHub Actions" in section
