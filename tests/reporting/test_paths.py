"""Every report names the roadmap from the top of its repository, wherever the command runs.

Code scanning and annotations resolve a path against the repository's root, and SARIF
fingerprints hash it: a path relative to the current folder lands on the wrong file (or none)
and opens duplicate alerts; an absolute one reveals the machine's folders.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.reporting import sarif
from tests.support.gitrepo import make_repo

ROADMAP = "version: 1\nprofile: {level: guru, stage: 99}\nareas: {}\n"
FLAGS = ("--no-scan", "--no-history", "--select", "RL002", "--fail-on", "never")


def _reports(cli: Any, roadmap: str) -> dict[str, str]:
    return {
        form: cli("check", roadmap, "--format", form, *FLAGS).out
        for form in ("text", "json", "github", "sarif", "markdown")
    }


def _fingerprints(log: dict[str, Any]) -> list[str]:
    return [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in log["runs"][0]["results"]]


def _assert_named(reports: dict[str, str], name: str, machine: Path) -> None:
    assert str(machine) not in "".join(reports.values()), "a local absolute path leaked"
    text = reports["text"].splitlines()
    assert all(line.startswith(f"{name}:") for line in text if re.match(r"^\S+:\d+:\d+:", line))
    assert text[-1].endswith(f"in {name} (3 errors, 0 warnings, 0 info).")
    data = json.loads(reports["json"])
    assert data["roadmap"] == name and {f["file"] for f in data["findings"]} == {name}
    assert re.findall(r"^::error file=([^,]+),", reports["github"], re.M) == [name] * 3
    run = json.loads(reports["sarif"])["runs"][0]
    assert set(run["originalUriBaseIds"]) == {sarif.SOURCE_ROOT}
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": name, "uriBaseId": sarif.SOURCE_ROOT}
    assert reports["markdown"].startswith(f"## roadmap-lint: {name}\n")


@pytest.mark.parametrize(
    ("cwd", "argument"),
    [
        ("", "docs/roadmap.yml"),
        ("docs", "roadmap.yml"),
        ("docs/deeper", "../roadmap.yml"),
        ("..", "{absolute}"),
    ],
    ids=["root", "its-folder", "below-it", "outside-with-an-absolute-path"],
)
def test_paths_are_from_the_repository_root_wherever_the_command_runs(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cwd: str, argument: str
) -> None:
    repo = make_repo(tmp_path / "portfolio", {"docs/roadmap.yml": ROADMAP, "docs/deeper/x": ""})
    roadmap = repo / "docs" / "roadmap.yml"
    monkeypatch.chdir(repo / cwd)
    reports = _reports(cli, argument.format(absolute=roadmap))
    _assert_named(reports, "docs/roadmap.yml", tmp_path)

    monkeypatch.chdir(repo)
    from_root = json.loads(cli("check", "docs/roadmap.yml", "--format", "sarif", *FLAGS).out)
    assert _fingerprints(json.loads(reports["sarif"])) == _fingerprints(from_root)


def test_outside_git_the_workspace_is_the_root(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout without .git (actions/checkout falls back to the REST API without git)."""
    workspace = tmp_path / "workspace"
    (workspace / "portfolio").mkdir(parents=True)
    (workspace / "portfolio" / "roadmap.yml").write_text(ROADMAP, encoding="utf-8")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(workspace))
    monkeypatch.chdir(tmp_path)
    _assert_named(
        _reports(cli, "workspace/portfolio/roadmap.yml"), "portfolio/roadmap.yml", tmp_path
    )


def test_git_top_level_wins_over_a_workspace_above_it(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """actions/checkout with `path: portfolio`: the repository's root is below the workspace."""
    make_repo(tmp_path / "portfolio", {"roadmap.yml": ROADMAP})
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    _assert_named(_reports(cli, "portfolio/roadmap.yml"), "roadmap.yml", tmp_path)


def test_with_no_repository_at_all_no_absolute_path_either(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "roadmap.yml").write_text(ROADMAP, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    _assert_named(_reports(cli, str(tmp_path / "plain" / "roadmap.yml")), "roadmap.yml", tmp_path)
    monkeypatch.chdir(tmp_path)
    _assert_named(_reports(cli, "plain/roadmap.yml"), "plain/roadmap.yml", tmp_path)
