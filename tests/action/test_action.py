"""action.yml, run step by step as a GitHub runner would, in a temporary portfolio repository.

Its ``uses:`` steps run as stand-ins (``tests.support.actions.USES``): setup-python hands over
a bare virtual environment, the cache finds nothing. Every ``run:`` step runs for real: the
install step builds roadmap-lint's own virtual environment under ``RUNNER_TEMP``.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from roadmap_lint.reporting import sarif as sarif_format
from tests.conftest import REPO_ROOT
from tests.support.actions import ActionRun, run_action, runner_env
from tests.support.github_schema import checked_server
from tests.support.github_server import GitHubServer
from tests.support.reference import reference_file

ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
pytestmark = pytest.mark.slow


def _run_action(
    workspace: Path,
    server: GitHubServer | None = None,
    *,
    python: Path,
    temp: Path,
    home: Path,
    path: str = "",
    **inputs: str,
) -> ActionRun:
    github = {
        "workspace": str(workspace),
        "repository": server.repo if server else "ada/portfolio",
        # Without a stand-in nothing listens there: the check must not call GitHub.
        "api_url": server.url if server else "http://127.0.0.1:9/api",
        "server_url": "https://github.com",
        "action_path": str(REPO_ROOT),
        "event_name": "schedule",
        "token": server.token if server else "ghs_" + "T0k3n" * 8,
    }
    home.mkdir(exist_ok=True)
    env = runner_env(home, temp)
    if path:
        env["PATH"] = f"{path}:{env['PATH']}"
    return run_action(REPO_ROOT, inputs, github, env, python=python)


@pytest.fixture
def action(runner_python: Path, runner_temp: Path, tmp_path: Path) -> Any:
    """``action(workspace, server=None, path="", **inputs)`` → a scheduled workflow's run."""
    return functools.partial(
        _run_action, python=runner_python, temp=runner_temp, home=tmp_path / "home"
    )


@pytest.fixture(scope="module")
def checked(runner_python: Path, runner_temp: Path, shared_portfolio: Path) -> ActionRun:
    """``command: check`` at the root of a checkout, with a SARIF report: several tests read it."""
    inputs = {"roadmap": "roadmap.yml", "sarif-file": "out.sarif", "fail-on": "never"}
    home = shared_portfolio.parent / "home"
    return _run_action(
        shared_portfolio, python=runner_python, temp=runner_temp, home=home, **inputs
    )


def _expected(cli: Any, portfolio: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(portfolio)
    return dict(json.loads(cli("check", "roadmap.yml", "--format", "json").out))


def _outcomes(run: ActionRun) -> dict[str, str]:
    return {step.id or step.name: step.outcome for step in run.steps}


def test_inputs_reach_scripts_only_through_env() -> None:
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], f"expression inside run: of {step['name']}"
            assert step["shell"] == "bash"
    declared = set(ACTION["inputs"])
    used = set(re.findall(r"inputs\.([\w-]+)", (REPO_ROOT / "action.yml").read_text("utf-8")))
    assert used == declared, "an input is declared but never used, or used but not declared"


def test_check_annotates_summarises_and_sets_outputs(
    checked: ActionRun, shared_portfolio: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, portfolio = checked, shared_portfolio
    assert not run.failed, run.steps
    assert _outcomes(run) == {
        "Reject an unknown command": "skipped",
        "python": "success",
        "cache-key": "success",
        "restore": "success",
        "install": "success",
        "Save the pip cache": "success",
        "check": "success",
        "review": "skipped",  # command is check
    }
    expected = _expected(cli, portfolio, monkeypatch)
    for finding in expected["findings"]:
        command = {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        line = f"::{command} file=roadmap.yml,line={finding['line']},col={finding['column']}"
        assert f"{line},title={finding['rule']} {finding['name']}::" in run.stdout
    for name in ("errors", "warnings", "infos"):
        assert run.outputs[name] == str(expected["summary"][name.removesuffix("s")])
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


def test_the_callers_python_and_environment_are_left_alone(
    checked: ActionRun, runner_temp: Path
) -> None:
    run = checked
    setup = run.step("python")
    assert setup.given["update-environment"] == "false", "setup-python would change PATH"
    assert all(step.exported == "" for step in run.steps), "no step changes later steps' env"
    tool = Path(run.step("install").outputs["roadmap-lint"])
    assert tool.is_relative_to(runner_temp), "roadmap-lint lives in a virtual env of its own"
    pins = dict(
        line.split("==", 1)
        for line in (REPO_ROOT / "constraints.txt").read_text("utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    listing = "import importlib.metadata as m\nfor d in m.distributions(): print(d.name, d.version)"
    frozen = subprocess.run(
        [str(tool.parent / "python"), "-c", listing],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    installed = dict(line.lower().replace("_", "-").split() for line in frozen.splitlines())
    assert installed.pop("roadmap-lint")
    assert installed == {name: version for name, version in pins.items() if name in installed}
    assert set(installed) >= {"click", "jinja2", "jsonschema", "pygithub", "pyyaml", "requests"}


def test_from_a_subfolder_checkout_results_land_on_the_right_file(
    action: Any, checked: ActionRun, shared_portfolio: Path, tmp_path: Path
) -> None:
    """`actions/checkout` with `path: portfolio`: the workspace holds the repository below it.

    Annotations and SARIF name the file from the repository's root, and the fingerprints are
    those of a checkout at the workspace's root, so code scanning sees the same alerts.
    """
    # The same repositories, checked out one level down this time.
    workspace = tmp_path / "workspace"
    shutil.copytree(shared_portfolio.parent, workspace, symlinks=True)
    portfolio = workspace / "portfolio"
    inputs = {"roadmap": "portfolio/roadmap.yml", "sarif-file": "portfolio/sub.sarif"}
    below = action(workspace, **inputs, **{"fail-on": "never"})
    assert not below.failed, [(step.name, step.stderr) for step in below.steps]
    files = set(re.findall(r"^::\w+ file=([^,]+),", below.step("check").stdout, re.M))
    assert files == {"roadmap.yml"}

    def results(sarif: Path) -> list[tuple[str, str, str]]:
        log = json.loads(sarif.read_text("utf-8"))
        return [
            (
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
                r["partialFingerprints"][sarif_format.FINGERPRINT_KEY],
            )
            for r in log["runs"][0]["results"]
        ]

    assert results(portfolio / "sub.sarif") == results(shared_portfolio / "out.sarif")
    assert {uri for uri, _, _ in results(portfolio / "sub.sarif")} == {"roadmap.yml"}
    assert checked.step("check").stdout == below.step("check").stdout


def test_findings_at_fail_on_fail_the_step(action: Any, portfolio: Path) -> None:
    run = action(portfolio, **{"fail-on": "warning"})
    check = run.step("check")
    assert check.outcome == "failure" and check.returncode == 1
    assert int(run.outputs["warnings"]) > 0, "outputs are written before the step fails"
    assert "::warning file=roadmap.yml" in check.stdout


def test_an_unknown_command_stops_the_action(action: Any, portfolio: Path) -> None:
    run = action(portfolio, command="lint")
    assert run.steps[0].outcome == "failure"
    assert "::error title=roadmap-lint::" in run.steps[0].stdout
    assert all(step.outcome == "skipped" for step in run.steps[1:])


@pytest.mark.parametrize(
    "hostile",
    ['roadmap.yml"; touch pwned; echo "', "$(touch pwned)`touch pwned`", "x\n::error::forged"],
)
def test_inputs_cannot_inject_shell(action: Any, portfolio: Path, hostile: str) -> None:
    run = action(portfolio, roadmap=hostile, **{"sarif-file": hostile})
    assert not (portfolio / "pwned").exists()
    check = run.step("check")
    assert check.outcome == "failure" and check.returncode == 2
    for line in (check.stdout + check.stderr).splitlines():
        assert not line.startswith("::error::forged")


def _git_shim(folder: Path) -> tuple[Path, Path]:
    """A ``git`` first on PATH that logs the folder of every listing, then runs the real one."""
    log = folder / "git.log"
    shim = folder / "git"
    real = subprocess.run(["which", "git"], capture_output=True, text=True, check=True)
    shim.write_text(
        "#!/bin/sh\n"
        f'case " $* " in *" rev-parse --is-bare-repository "*) pwd >> "{log}";; esac\n'
        f'exec {real.stdout.strip()} "$@"\n',
        encoding="utf-8",
    )
    shim.chmod(0o755)
    return folder, log


def test_both_is_one_check_that_opens_the_issue_and_scans_each_project_once(
    action: Any, portfolio: Path, tmp_path: Path
) -> None:
    shim, log = _git_shim(tmp_path)
    with checked_server() as server:
        first = action(portfolio, server, path=str(shim), command="both", **{"fail-on": "never"})
        assert not first.failed, [(step.name, step.stderr) for step in first.steps]
        assert (first.step("check").outcome, first.step("review").outcome) == (
            "success",
            "skipped",
        )
        scanned = Counter(log.read_text("utf-8").splitlines())
        projects = sorted(str(p) for p in (tmp_path / "projects").iterdir())
        assert sorted(scanned) == projects and set(scanned.values()) == {1}, scanned
        (issue,) = server.issues
        assert issue["title"].startswith("Roadmap review: ")
        assert "<!-- roadmap-lint:review " in issue["body"]
        assert first.outputs["issue-number"] == str(issue["number"])
        assert first.outputs["issue-url"] == issue["html_url"]
        assert first.outputs["errors"] != "" and first.outputs["score"] != ""
        assert "::warning file=roadmap.yml" in first.stdout

        again = action(portfolio, server, command="review")
        assert not again.failed
        assert again.step("check").outcome == "skipped"
        assert len(server.issues) == 1, "a second run in the same period opens nothing"
        assert again.outputs["issue-url"] == issue["html_url"]
        for run in (first, again):
            for step in run.steps:
                assert server.token not in step.stdout + step.stderr


def test_both_opens_the_issue_even_when_findings_fail_the_step(
    action: Any, portfolio: Path
) -> None:
    with checked_server() as server:
        run = action(portfolio, server, command="both", **{"fail-on": "info"})
        check = run.step("check")
        assert check.outcome == "failure" and check.returncode == 1
        assert len(server.issues) == 1
        assert run.outputs["issue-url"] == server.issues[0]["html_url"]


def test_publish_pushes_the_report_branch_a_cohort_reads(
    action: Any, portfolio: Path, tmp_path: Path
) -> None:
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(portfolio), str(origin)], check=True)
    subprocess.run(
        ["git", "-C", str(portfolio), "remote", "add", "origin", str(origin)], check=True
    )
    run = action(portfolio, publish="true", **{"fail-on": "never"})
    check = run.step("check")
    assert check.outcome == "success", check.stderr
    assert "published the report to roadmap-lint-report" in check.stderr
    head = subprocess.run(
        ["git", "-C", str(portfolio), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    shown = subprocess.run(
        ["git", "-C", str(origin), "show", "roadmap-lint-report:report.json"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(shown.stdout)
    assert report["made"]["commit"] == head and report["made"]["roadmap"] == "roadmap.yml"
    branches = subprocess.run(
        ["git", "-C", str(portfolio), "branch", "--list"], capture_output=True, text=True
    ).stdout
    assert "roadmap-lint-report" not in branches, "the learner's own branches are left alone"
