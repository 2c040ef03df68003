"""No git process roadmap-lint starts runs a program that a repository or the caller names.

One portfolio holds every layout a project can take (a bare repository committed as plain
files, a working copy, a folder inside one), each with every program-naming setting of
``planted.PROGRAM_SETTINGS`` pointing at a script that leaves a marker; the portfolio's own
repository is configured the same way, so the history stage is tried too. ``scan``, ``check``
(with history) and ``render`` then run, first in a clean environment and then with the caller's
``GIT_*`` variables pointing elsewhere, and must leave no marker and still read the right
repositories.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.planted import FILES, hostile_repo, in_portfolio
from tests.hostile.repos import MARKER, plant
from tests.support.gitrepo import git, make_repo
from tests.support.lint import MINIMAL

TODAY = ("--today", "2026-11-25")
LAYOUTS = {"bare": "./projects/notes.git", "working": "./notes", "subfolder": "./mono/tests"}


@dataclass(frozen=True)
class Portfolio:
    folder: Path
    roadmap: Path
    heads: dict[str, str]

    def markers(self) -> list[str]:
        return sorted(path.name for path in self.folder.rglob(MARKER + "*"))


def _roadmap_text() -> str:
    items = "".join(
        f"  - {{id: {layout}, repo: '{repo}', status: in_progress, expects: [tests]}}\n"
        for layout, repo in LAYOUTS.items()
    )
    return MINIMAL + "projects:\n" + items


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Portfolio:
    folder = tmp_path_factory.mktemp("hardening")
    text = _roadmap_text()
    root = folder / "portfolio"
    hostile_repo(folder, root, bare=False, files={**FILES, "roadmap.yml": text})
    (root / "roadmap.yml").write_text(text, encoding="utf-8")
    heads = {}
    for layout in LAYOUTS:
        in_portfolio(layout)(root)
        repo = root / LAYOUTS[layout]
        heads[layout] = git(repo, "rev-parse", "HEAD")
    built = Portfolio(folder, root / "roadmap.yml", heads)
    assert built.markers() == [], "building the portfolio ran a planted program"
    return built


def _hostile_environment(folder: Path) -> dict[str, str]:
    """What a git hook, a misconfigured shell or a hostile wrapper might export."""
    other = make_repo(folder / "other", {"other-only.txt": "x\n"})
    program = plant(folder, "caller-environment")
    exec_path = folder / "exec-path"
    exec_path.mkdir(exist_ok=True)
    for name in ("git-upload-pack", "git-remote-https", "git-remote-ext", "git-log"):
        target = exec_path / name
        if not target.exists():
            target.symlink_to(program)
    settings = folder / "settings.config"
    settings.write_text(f"[core]\n\tfsmonitor = {program}\n[log]\n\tshowSignature = true\n")
    return {
        "GIT_DIR": str(other / ".git"),
        "GIT_WORK_TREE": str(other),
        "GIT_INDEX_FILE": str(other / ".git" / "index"),
        "GIT_OBJECT_DIRECTORY": str(other / ".git" / "objects"),
        "GIT_COMMON_DIR": str(other / ".git"),
        "GIT_CONFIG": str(settings),
        "GIT_CONFIG_GLOBAL": str(settings),
        "GIT_CONFIG_SYSTEM": str(settings),
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "core.fsmonitor",
        "GIT_CONFIG_VALUE_0": program,
        "GIT_CONFIG_PARAMETERS": f"'gpg.program'='{program}'",
        "GIT_EXTERNAL_DIFF": program,
        "GIT_EXEC_PATH": str(exec_path),
        "GIT_TEMPLATE_DIR": str(exec_path),
        "GIT_ASKPASS": program,
        "GIT_PAGER": program,
        "GIT_EDITOR": program,
        "GIT_SEQUENCE_EDITOR": program,
        "GIT_PROXY_COMMAND": program,
        "GIT_ALLOW_PROTOCOL": "ext:file:git",
        "GIT_NO_LAZY_FETCH": "0",
        "GIT_TRACE": str(folder / f"{MARKER}-trace"),
        "GIT_CEILING_DIRECTORIES": "/",
    }


@pytest.fixture(params=["clean", "hostile"])
def environment(
    request: pytest.FixtureRequest, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    if request.param == "hostile":
        for name, value in _hostile_environment(portfolio.folder).items():
            monkeypatch.setenv(name, value)
    monkeypatch.chdir(portfolio.roadmap.parent)
    yield request.param
    for marker in portfolio.folder.rglob(MARKER + "*"):  # each test reports its own
        marker.unlink()


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_scan_runs_no_planted_program_and_reads_the_right_repository(
    cli: Any, portfolio: Portfolio, environment: str, layout: str
) -> None:
    run = cli("scan", LAYOUTS[layout], "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["head"] == portfolio.heads[layout]
    assert data["signals"]["tests"]["present"]
    assert portfolio.markers() == []


def test_check_with_history_runs_no_planted_program(
    cli: Any, portfolio: Portfolio, environment: str
) -> None:
    run = cli("check", "roadmap.yml", *TODAY, "--format", "json", "--fail-on", "never")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert {p["id"]: p["head"] for p in data["projects"]} == portfolio.heads
    assert not [f for f in data["findings"] if f["rule"] in ("RL301", "RL303")]
    assert data["history"]["available"], data["history"]
    assert portfolio.markers() == []


def test_render_runs_no_planted_program(cli: Any, portfolio: Portfolio, environment: str) -> None:
    run = cli("render", "roadmap.yml", *TODAY, "-o", "-")
    assert run.code == 0, run.err
    assert "test\\_notes.py" in run.out  # the evidence, named on the page by its file name
    assert portfolio.markers() == []
