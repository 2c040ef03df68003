"""The example workflows, the init template and docs/action.md agree with action.yml."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from roadmap_lint.starter import render_workflow
from scripts.action_docs import updated
from tests.conftest import EXAMPLES, REPO_ROOT

WORKFLOWS = sorted((EXAMPLES / "workflows").glob("*.yml"))
ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
DOC = (REPO_ROOT / "docs" / "action.md").read_text(encoding="utf-8")
MINIMAL = EXAMPLES / "workflows" / "roadmap-review-minimal.yml"


def _load(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return dict(data)


def test_docs_reference_is_generated_from_action_yml() -> None:
    assert updated(DOC, ACTION) == DOC, "run `python scripts/action_docs.py`"
    grown = {**ACTION, "inputs": {**ACTION["inputs"], "extra": {"description": "new"}}}
    assert "| `extra` | (empty) | new |" in updated(DOC, grown)


def test_docs_show_the_minimal_workflow_verbatim() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC, re.S)
    assert MINIMAL.read_text(encoding="utf-8") in blocks


def test_init_writes_the_minimal_workflow() -> None:
    assert _load(render_workflow(roadmap="roadmap.yml")) == _load(MINIMAL.read_text("utf-8"))


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_triggers_and_least_permissions(path: Any) -> None:
    workflow = _load(path.read_text(encoding="utf-8"))
    triggers = workflow["on"]
    assert "roadmap.yml" in triggers["push"]["paths"]
    assert re.fullmatch(r"\d+ \d+ 1 \* \*", triggers["schedule"][0]["cron"]), "monthly"
    assert "workflow_dispatch" in triggers
    allowed = {"contents": "read", "issues": "write", "security-events": "write"}
    for job in workflow["jobs"].values():
        permissions = {**workflow.get("permissions", {}), **job.get("permissions", {})}
        assert permissions.items() <= allowed.items()
        uses = [step.get("uses", "") for step in job["steps"]]
        uploads = any(use.startswith("github/codeql-action/upload-sarif") for use in uses)
        assert ("security-events" in permissions) == uploads
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout"):
                assert step["with"]["fetch-depth"] == 0
            if step.get("uses", "").startswith("roadmap-lint/roadmap-lint"):
                assert set(step.get("with", {})) <= set(ACTION["inputs"])
            assert "${{" not in step.get("run", "")
