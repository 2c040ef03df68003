"""`ROADMAP.md` is read on GitHub: it never links to a folder on the learner's machine.

A project kept in the portfolio repository keeps its relative link (GitHub follows it); one
kept elsewhere links to its github.com `origin` at the commit that was scanned; one with no
GitHub remote is plain text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.scanning.test_check_scan import AREAS
from tests.support.gitrepo import git, make_repo

FILES = {"README.md": "# x\n", "tests/test_app.py": "def test_app(): pass\n"}


@pytest.fixture
def page(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str]]:
    heads = {}
    for name, origin in [
        ("microblog", "git@github.com:ada/microblog.git"),
        ("mono", "https://github.com/ada/mono"),
        ("scratch", None),
        ("mirror", "https://gitlab.com/ada/mirror.git"),
    ]:
        files = {f"services/api/{path}": text for path, text in FILES.items()}
        repo = make_repo(tmp_path / name, files if name == "mono" else FILES)
        if origin:
            git(repo, "remote", "add", "origin", origin)
        heads[name] = git(repo, "rev-parse", "HEAD")
    projects = "".join(
        f"  - {{id: {name}, title: {name.capitalize()}, repo: {repo}, expects: [tests]}}\n"
        for name, repo in [
            ("microblog", "../microblog"),
            ("mono", "../mono/services/api"),
            ("scratch", "../scratch"),
            ("mirror", "../mirror"),
            ("inside", "projects/inside"),
        ]
    )
    roadmap = f"version: 1\nprofile: {{level: intermediate}}\nareas:\n{AREAS}projects:\n{projects}"
    portfolio = make_repo(
        tmp_path / "portfolio",
        {"roadmap.yml": roadmap, "projects/inside/tests/test_a.py": "def test_a(): pass"},
    )
    monkeypatch.chdir(portfolio)
    run = cli("render", "-o", "-", "--today", "2026-11-25")
    assert run.code == 0, run.err
    return run.out, heads


def test_no_link_leads_to_the_machine(page: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    text, _ = page
    targets = re.findall(r"\]\(([^)]*)\)", text)
    assert targets, "the page has links"
    assert not [t for t in targets if t.startswith(("..", "/", "file:"))], targets
    assert str(tmp_path) not in text


def test_a_project_elsewhere_links_to_its_github_origin_at_the_scanned_commit(
    page: tuple[str, dict[str, str]],
) -> None:
    text, heads = page
    blog = f"https://github.com/ada/microblog/tree/{heads['microblog']}"
    assert f"[Microblog]({blog})" in text
    blob = f"https://github.com/ada/microblog/blob/{heads['microblog']}/tests/test_app.py"
    assert f"[test\\_app.py]({blob})" in text
    mono = f"https://github.com/ada/mono/tree/{heads['mono']}/services/api"
    assert f"[Mono]({mono})" in text, "a folder inside a repository keeps its place in it"
    assert f"ada/mono/blob/{heads['mono']}/services/api/tests/test_app.py)" in text


def test_no_github_remote_is_plain_text_and_the_portfolio_stays_relative(
    page: tuple[str, dict[str, str]],
) -> None:
    text, _ = page
    projects = text.split("## Projects", 1)[1]
    assert "- Scratch (in progress)" in projects
    assert "- Mirror (in progress)" in projects, "only github.com remotes are linked"
    assert "[Inside](projects/inside)" in projects
    assert "[test\\_a.py](projects/inside/tests/test_a.py)" in projects
