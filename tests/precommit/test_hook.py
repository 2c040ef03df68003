"""The pre-commit hook, as a user meets it: ``pre-commit try-repo`` of this repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from roadmap_lint.cli.hook import main as hook_main
from tests.conftest import EXAMPLES, REPO_ROOT
from tests.support.gitrepo import commit, git, make_repo

BROKEN = "version: 1\nprofile:\n  level: guru\nareas: {}\n"
GOOD = (EXAMPLES / "portfolio" / "roadmap.yml").read_text(encoding="utf-8")


def test_hook_manifest_matches_roadmap_files() -> None:
    import re

    (hook,) = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "roadmap-lint"
    pattern = re.compile(hook["files"])
    for path in ("roadmap.yml", "roadmap.yaml", ".github/roadmap.yml", "docs/roadmap.yml"):
        assert pattern.search(path), path
    for path in ("myroadmap.yml", "roadmap.yml.bak", "roadmap.json"):
        assert not pattern.search(path), path


def test_hook_checks_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "roadmap.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "roadmap.yml").write_text(BROKEN, encoding="utf-8")
    good, bad = str(tmp_path / "a" / "roadmap.yml"), str(tmp_path / "b" / "roadmap.yml")
    assert hook_main(["--today", "2026-11-25", good]) == 0
    assert hook_main(["--fail-on", "error", good, bad]) == 1
    assert "RL002" in capsys.readouterr().out
    assert hook_main([]) == 0


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hook environment for the module: pre-commit builds it once per repository revision."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(portfolio: Path, home: Path) -> subprocess.CompletedProcess[str]:
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    assert pre_commit, "pre-commit is not installed next to this Python"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [pre_commit, "try-repo", str(REPO_ROOT), "roadmap-lint", "--all-files", "--verbose"],
        cwd=portfolio,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_try_repo_fails_on_a_broken_roadmap_and_passes_once_fixed(
    tmp_path: Path, pre_commit_home: Path
) -> None:
    portfolio = make_repo(tmp_path / "portfolio", {"roadmap.yml": BROKEN, "README.md": "hi\n"})
    failed = _try_repo(portfolio, pre_commit_home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "roadmap-lint" in failed.stdout and "Failed" in failed.stdout
    assert "RL002" in failed.stdout and "roadmap.yml:3:" in failed.stdout

    fixed = GOOD.replace("fail_on: error", "fail_on: error  # fixed")
    commit(portfolio, {"roadmap.yml": fixed}, date="2026-11-20", message="fix the roadmap")
    git(portfolio, "status")
    passed = _try_repo(portfolio, pre_commit_home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_the_hook_does_not_fail_a_commit_because_time_passed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An overdue review is the scheduled run's business: nothing a commit changes fixes it."""
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(GOOD, encoding="utf-8")

    def codes(*args: str) -> tuple[int, set[str]]:
        code = hook_main([*args, "--fail-on", "warning", "--format", "json", str(roadmap)])
        report = json.loads(capsys.readouterr().out)
        return code, {finding["rule"] for finding in report["findings"]}

    assert codes("--today", "2030-01-01") == codes("--today", "2026-10-01")
    from roadmap_lint.cli import main

    main(["check", "--no-scan", "--today", "2030-01-01", str(roadmap)])
    assert "RL101" in capsys.readouterr().out
