"""Run a composite action's steps the way a GitHub runner does, on this machine.

Each ``run:`` step is a ``bash --noprofile --norc -eo pipefail`` process (the runner's command
for ``shell: bash``) with the step's ``env:`` evaluated, a fresh ``GITHUB_OUTPUT``,
``GITHUB_STEP_SUMMARY``, ``GITHUB_ENV`` and ``GITHUB_PATH`` file per step, and ``if:``
evaluated with the runner's rules (an implicit ``success()`` unless the condition calls a
status function). ``${{ }}`` is expanded (see ``expressions``) in inputs' defaults, ``env:``,
``with:``, ``if:`` and the outputs' ``value:`` — and, like the runner, in ``run:`` text too,
which the action under test must not use (a test asserts it).

``uses:`` steps run as stand-ins (``USES``): setup-python answers with the Python the caller
gives (``python``, a bare virtual environment standing in for the tool cache's), the cache
actions find nothing and save nothing. Any other action is an assertion error.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.support.expressions import evaluate, substitute, truthy

_STATUS_FUNCTIONS = ("success", "failure", "always", "cancelled")
#: github context key → the variable the runner sets from it.
_GITHUB_VARIABLES = {
    "workspace": "GITHUB_WORKSPACE",
    "repository": "GITHUB_REPOSITORY",
    "api_url": "GITHUB_API_URL",
    "server_url": "GITHUB_SERVER_URL",
    "action_path": "GITHUB_ACTION_PATH",
    "event_name": "GITHUB_EVENT_NAME",
}


@dataclass
class StepRun:
    name: str
    id: str
    outcome: str  # success | failure | skipped
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: dict[str, str] = field(default_factory=dict)
    summary: str = ""
    #: what the step appended to GITHUB_ENV and GITHUB_PATH: changes to later steps
    exported: str = ""
    #: the ``with:`` values a ``uses:`` step was given, expanded
    given: dict[str, str] = field(default_factory=dict)


def _setup_python(given: Mapping[str, str], python: Path) -> dict[str, str]:
    return {"python-path": str(python), "python-version": given.get("python-version", "")}


#: ``owner/name[/path]`` of a ``uses:`` → its stand-in: (``with:``, caller's Python) → outputs.
USES = {
    "actions/setup-python": _setup_python,
    "actions/cache/restore": lambda given, python: {
        "cache-hit": "false",
        "cache-primary-key": given["key"],
    },
    "actions/cache/save": lambda given, python: {},
}


@dataclass
class ActionRun:
    steps: list[StepRun]
    outputs: dict[str, str]
    summary: str

    @property
    def failed(self) -> bool:
        return any(step.outcome == "failure" for step in self.steps)

    @property
    def stdout(self) -> str:
        return "".join(step.stdout for step in self.steps)

    def step(self, step_id: str) -> StepRun:
        return next(step for step in self.steps if step.id == step_id)


def run_action(
    action_dir: Path,
    inputs: Mapping[str, str],
    github: Mapping[str, str],
    env: Mapping[str, str],
    *,
    python: Path,
) -> ActionRun:
    """Run ``action_dir/action.yml`` with ``inputs``; ``github`` is the github context and
    ``python`` the interpreter setup-python's stand-in provides."""
    action = yaml.safe_load((action_dir / "action.yml").read_text(encoding="utf-8"))
    declared = action.get("inputs", {})
    unknown = set(inputs) - set(declared)
    assert not unknown, f"inputs not declared by the action: {unknown}"
    runner = {"temp": env["RUNNER_TEMP"], "os": env["RUNNER_OS"]}
    context: dict[str, Any] = {"github": dict(github), "runner": runner, "steps": {}, "inputs": {}}
    for name, spec in declared.items():
        default = substitute(str(spec.get("default", "")), context)
        context["inputs"][name] = inputs.get(name, default)
    workdir = Path(github["workspace"])
    env = {**env, **{variable: github[key] for key, variable in _GITHUB_VARIABLES.items()}}
    runs: list[StepRun] = []
    for index, step in enumerate(action["runs"]["steps"]):
        run = _run_step(step, index, context, workdir, env, runs, python)
        runs.append(run)
        if run.id:
            context["steps"][run.id] = {
                "outputs": run.outputs,
                "outcome": run.outcome,
                "conclusion": run.outcome,
            }
    outputs = {
        name: substitute(str(spec.get("value", "")), context)
        for name, spec in action.get("outputs", {}).items()
    }
    summary = "".join(run.summary for run in runs)
    return ActionRun(runs, outputs, summary)


def _run_step(
    step: dict[str, Any],
    index: int,
    context: dict[str, Any],
    workdir: Path,
    base_env: Mapping[str, str],
    previous: list[StepRun],
    python: Path,
) -> StepRun:
    run = StepRun(name=step.get("name", f"step {index}"), id=step.get("id", ""), outcome="skipped")
    failed = any(p.outcome == "failure" for p in previous)
    if not _should_run(step.get("if", ""), context, failed):
        return run
    if "uses" in step:
        action = step["uses"].split("@", 1)[0]
        assert action in USES, f"no stand-in for {step['uses']}"
        run.given = {k: substitute(_text(v), context) for k, v in step.get("with", {}).items()}
        run.outputs, run.outcome = USES[action](run.given, python), "success"
        return run
    assert step.get("shell") == "bash", "composite run steps must name their shell"
    names = ("output", "summary", "env", "path")
    files = {name: workdir.parent / f".step{index}-{name}" for name in names}
    for path in files.values():
        path.write_text("", encoding="utf-8")
    step_env = {
        name: substitute(str(value), context) for name, value in step.get("env", {}).items()
    }
    script = workdir.parent / f".step{index}.sh"
    script.write_text(substitute(step["run"], context), encoding="utf-8")
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=workdir,
        env={
            **base_env,
            **step_env,
            "GITHUB_OUTPUT": str(files["output"]),
            "GITHUB_STEP_SUMMARY": str(files["summary"]),
            "GITHUB_ENV": str(files["env"]),
            "GITHUB_PATH": str(files["path"]),
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    run.returncode, run.stdout, run.stderr = done.returncode, done.stdout, done.stderr
    run.outcome = "success" if done.returncode == 0 else "failure"
    run.outputs = parse_output_file(files["output"].read_text(encoding="utf-8"))
    run.summary = files["summary"].read_text(encoding="utf-8")
    run.exported = files["env"].read_text("utf-8") + files["path"].read_text("utf-8")
    return run


def _text(value: object) -> str:
    """A ``with:`` value as the runner hands it over: YAML's booleans as ``true``/``false``."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _should_run(condition: str, context: dict[str, Any], failed: bool) -> bool:
    condition = condition.strip()
    if condition.startswith("${{") and condition.endswith("}}"):
        condition = condition[3:-2]
    if not condition:
        condition = "success()"
    elif not re.search(rf"\b({'|'.join(_STATUS_FUNCTIONS)})\(", condition):
        condition = f"success() && ({condition})"
    return truthy(evaluate(condition, context, failed=failed))


def parse_output_file(text: str) -> dict[str, str]:
    """``name=value`` lines and ``name<<DELIMITER`` blocks, as the runner reads them."""
    outputs: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            body = []
            for body_line in lines:
                if body_line == delimiter:
                    break
                body.append(body_line)
            outputs[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
    return outputs


def runner_env(home: Path, temp: Path) -> dict[str, str]:
    """A runner-like environment: this machine's basics, and its PATH as the caller's own."""
    keep = {name: os.environ[name] for name in ("LANG", "LC_ALL", "TMPDIR") if name in os.environ}
    return {
        **keep,
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "RUNNER_OS": "Linux",
        "RUNNER_TEMP": str(temp),
    }
