"""action.yml, run step by step as a GitHub runner would, in a temporary portfolio repository.

actions/setup-python is skipped (a ``uses:`` step); a bare virtual environment stands in for
the Python it would provide, and the action's own install step installs roadmap-lint into it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.conftest import REPO_ROOT
from tests.support.actions import ActionRun, run_action, runner_env
from tests.support.github_schema import checked_server
from tests.support.github_server import GitHubServer
from tests.support.reference import reference_file

ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
pytestmark = pytest.mark.slow


def _run(
    runner_python: Path, portfolio: Path, server: GitHubServer | None = None, **inputs: str
) -> ActionRun:
    github = {
        "workspace": str(portfolio),
        "repository": server.repo if server else "ada/portfolio",
        # Without a stand-in nothing listens there: the check must not call GitHub.
        "api_url": server.url if server else "http://127.0.0.1:9/api",
        "server_url": "https://github.com",
        "action_path": str(REPO_ROOT),
        "event_name": "schedule",
        "token": server.token if server else "ghs_" + "T0k3n" * 8,
    }
    env = runner_env(runner_python, portfolio.parent / "runner-home")
    (portfolio.parent / "runner-home").mkdir(exist_ok=True)
    return run_action(REPO_ROOT, inputs, github, env)


def _expected(cli: Any, portfolio: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(portfolio)
    return dict(json.loads(cli("check", "roadmap.yml", "--format", "json").out))


def test_inputs_reach_scripts_only_through_env() -> None:
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], f"expression inside run: of {step['name']}"
            assert step["shell"] == "bash"
    declared = set(ACTION["inputs"])
    used = set(re.findall(r"inputs\.([\w-]+)", (REPO_ROOT / "action.yml").read_text("utf-8")))
    assert used == declared, "an input is declared but never used, or used but not declared"


def test_check_annotates_summarises_and_sets_outputs(
    runner_python: Path, portfolio: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = {"roadmap": "roadmap.yml", "sarif-file": "out.sarif", "fail-on": "never"}
    run = _run(runner_python, portfolio, **inputs)
    assert not run.failed, run.steps
    assert [step.outcome for step in run.steps] == [
        "skipped",  # unknown-command guard
        "skipped",  # actions/setup-python: stood in for
        "success",  # install
        "success",  # check
        "skipped",  # review: command is check
    ]
    expected = _expected(cli, portfolio, monkeypatch)
    for finding in expected["findings"]:
        command = {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        line = f"::{command} file=roadmap.yml,line={finding['line']},col={finding['column']}"
        assert f"{line},title={finding['rule']} {finding['name']}::" in run.stdout
    assert run.outputs["errors"] == str(expected["summary"]["error"])
    assert run.outputs["warnings"] == str(expected["summary"]["warning"])
    assert 0 <= int(run.outputs["score"]) <= 100
    assert run.outputs["issue-url"] == run.outputs["issue-number"] == ""

    assert run.summary.startswith("## roadmap-lint: roadmap.yml")
    for part in ("### Findings", "### Evidence in the projects", "```mermaid", "Weakest area"):
        assert part in run.summary
    assert "RL211 `tool-without-reason`" in run.summary

    sarif = json.loads((portfolio / "out.sarif").read_text(encoding="utf-8"))
    schema = json.loads(reference_file("sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert len(sarif["runs"][0]["results"]) == len(expected["findings"])


def test_findings_at_fail_on_fail_the_step(runner_python: Path, portfolio: Path) -> None:
    run = _run(runner_python, portfolio, **{"fail-on": "warning"})
    check = run.step("check")
    assert check.outcome == "failure" and check.returncode == 1
    assert int(run.outputs["warnings"]) > 0, "outputs are written before the step fails"
    assert "::warning file=roadmap.yml" in check.stdout


def test_an_unknown_command_stops_the_action(runner_python: Path, portfolio: Path) -> None:
    run = _run(runner_python, portfolio, command="lint")
    assert run.steps[0].outcome == "failure"
    assert "::error title=roadmap-lint::" in run.steps[0].stdout
    assert all(step.outcome == "skipped" for step in run.steps[1:])


@pytest.mark.parametrize(
    "hostile",
    ['roadmap.yml"; touch pwned; echo "', "$(touch pwned)`touch pwned`", "x\n::error::forged"],
)
def test_inputs_cannot_inject_shell(runner_python: Path, portfolio: Path, hostile: str) -> None:
    run = _run(runner_python, portfolio, roadmap=hostile, **{"sarif-file": hostile})
    assert not (portfolio / "pwned").exists()
    check = run.step("check")
    assert check.outcome == "failure" and check.returncode == 2
    for line in (check.stdout + check.stderr).splitlines():
        assert not line.startswith("::error::forged")


def test_both_opens_the_review_issue_once(runner_python: Path, portfolio: Path) -> None:
    with checked_server() as server:
        first = _run(runner_python, portfolio, server, command="both", **{"fail-on": "never"})
        assert not first.failed, [(step.name, step.stderr) for step in first.steps]
        assert [step.outcome for step in first.steps[2:]] == ["success"] * 3
        assert len(server.issues) == 1
        issue = server.issues[0]
        assert issue["title"].startswith("Roadmap review: ")
        assert "<!-- roadmap-lint:review " in issue["body"]
        assert first.outputs["issue-number"] == str(issue["number"])
        assert first.outputs["issue-url"] == issue["html_url"]
        assert first.outputs["errors"] != "" and first.outputs["score"] != ""
        assert "::warning file=roadmap.yml" in first.stdout

        again = _run(runner_python, portfolio, server, command="review")
        assert not again.failed
        assert again.step("check").outcome == "skipped"
        assert len(server.issues) == 1, "a second run in the same period opens nothing"
        assert again.outputs["issue-url"] == issue["html_url"]
        for run in (first, again):
            for step in run.steps:
                assert server.token not in step.stdout + step.stderr


def test_review_runs_even_when_the_check_fails(runner_python: Path, portfolio: Path) -> None:
    with checked_server() as server:
        run = _run(runner_python, portfolio, server, command="both", **{"fail-on": "info"})
        assert run.step("check").outcome == "failure"
        assert run.step("review").outcome == "success"
        assert len(server.issues) == 1
