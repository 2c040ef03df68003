"""`scan --explain SIGNAL`, and RL301's hints and minimum strength."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support.gitrepo import make_repo
from tests.support.testcode import real_test

NO_TESTS = {
    "requirements.txt": "flask\npytest\n",
    "app/__init__.py": "",
    "tests/__init__.py": "",
    "checks/smoke_check.py": "def smoke(): pass\n",
    ".devcontainer/Dockerfile": "FROM python\n",
}


def test_explain_names_what_was_looked_for_and_the_near_misses(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", NO_TESTS)
    run = cli("scan", str(repo), "--explain", "tests")
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == f"tests in {repo}: not found"
    assert "looked for (python): test_*.py, *_test.py, tests.py, tests/**/*.py" in run.out
    assert "tests/__init__.py" in run.out and "proves no test" in run.out
    assert re.search(r'checks/smoke_check.py +similar name \("check"\)', run.out)
    assert "requirements.txt#pytest" in run.out
    assert 'tests: {paths: ["checks/**/*.py"]}' in run.out


def test_explain_as_json_and_for_a_dev_only_dockerfile(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", NO_TESTS)
    run = cli("scan", str(repo), "--explain", "dockerfile", "--format", "json")
    explained = json.loads(run.out)["explain"]
    assert explained["present"] is False
    assert explained["near_misses"][0]["what"] == ".devcontainer/Dockerfile"
    assert "developer's machine" in explained["near_misses"][0]["why"]


def test_explain_says_why_a_signal_is_not_exercised(cli: Any, tmp_path: Path) -> None:
    ci = "on: push\njobs:\n  lint:\n    steps:\n      - run: ruff check .\n"
    repo = make_repo(
        tmp_path / "notes",
        {"tests/test_a.py": real_test(".py"), ".github/workflows/lint.yml": ci},
    )
    out = cli("scan", str(repo), "--explain", "tests").out
    assert "shown, present" in out
    assert "present, not exercised: CI files read: .github/workflows/lint.yml" in out


def test_unknown_signal_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", {"README.md": "x"})
    assert cli("scan", str(repo), "--explain", "testz").code == 2


def roadmap(folder: Path, project: str, lint: str = "") -> Path:
    path = folder / "roadmap.yml"
    path.write_text(
        "version: 1\nprofile: {level: beginner}\n"
        "areas: {core_language: {}, api_design: {}, databases: {}, testing_security: {},"
        f" deployment_devops: {{}}}}\nprojects:\n  - {project}\n{lint}",
        encoding="utf-8",
    )
    return path


def rl301(cli: Any, path: Path) -> list[tuple[str, str]]:
    data = json.loads(cli("check", str(path), "--format", "json", "--select", "RL301").out)
    return [(f["message"], f["hint"]) for f in data["findings"]]


@pytest.mark.parametrize(
    ("files", "hint"),
    [
        ({"app.py": "x"}, "commit tests as test_*.py, *_test.py, tests.py, tests/**/*.py"),
        ({"pom.xml": "<project/>", "src/main/java/A.java": "x"}, "src/test/**/*.java"),
        ({"go.mod": "module x\n", "main.go": "x"}, "commit tests as *_test.go"),
    ],
    ids=["python", "java", "go"],
)
def test_rl301_hint_names_the_ecosystems_own_files(
    cli: Any, tmp_path: Path, files: dict[str, str], hint: str
) -> None:
    make_repo(tmp_path / "api", files)
    [(message, found_hint)] = rl301(
        cli, roadmap(tmp_path, "{id: api, repo: api, expects: [tests]}")
    )
    assert "does not show it" in message
    assert hint in found_hint


PIPELINE = "on: push\njobs:\n  ci:\n    steps:\n      - run: pytest\n"


def test_minimum_strength_globally_and_per_project(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", {"tests/test_a.py": real_test(".py"), "requirements.txt": "pg8000"})
    project = "{id: api, repo: api, expects: [tests]}"
    assert rl301(cli, roadmap(tmp_path, project)) == []
    strict = roadmap(tmp_path, project, "lint: {min_strength: {tests: exercised}}\n")
    [(message, hint)] = rl301(cli, strict)
    assert message == "'api' expects tests exercised, but its repository shows it present only"
    assert "a CI step that runs the tests (pytest)" in hint
    relaxed = "{id: api, repo: api, expects: [tests], min_strength: present}"
    assert rl301(cli, roadmap(tmp_path, relaxed, "lint: {min_strength: exercised}\n")) == []
    make_repo(
        tmp_path / "ci", {"tests/test_a.py": real_test(".py"), ".github/workflows/t.yml": PIPELINE}
    )
    assert (
        rl301(
            cli,
            roadmap(
                tmp_path,
                "{id: ci, repo: ci, expects: [tests]}",
                "lint: {min_strength: exercised}\n",
            ),
        )
        == []
    )
