"""The bundled examples: every planted problem of broken.yml, and the valid roadmaps stay valid."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

FLAGS = ("--no-scan", "--no-history", "--today", "2026-11-25", "--format", "json")

#: Each planted problem of examples/broken.yml: (code, line, column).
BROKEN = [
    ("RL003", 5, 3),  # profile.name repeated
    ("RL002", 6, 16),  # target_role: backand
    ("RL202", 8, 14),  # three languages for a beginner
    ("RL002", 9, 10),  # stage 9
    ("RL002", 11, 3),  # deployment_devops missing
    ("RL201", 11, 3),
    ("RL002", 12, 5),  # skils
    ("RL002", 14, 32),  # status: comfy
    ("RL302", 15, 32),  # comfortable Docker, no project
    ("RL002", 15, 53),  # bucket: essential
    ("RL005", 16, 16),  # python twice
    ("RL004", 16, 52),  # notes-apy
    ("RL201", 17, 3),
    ("RL211", 19, 61),  # Kubernetes without reason
    ("RL201", 20, 3),
    ("RL201", 21, 3),
    ("RL002", 27, 16),  # 2026-02-30
    ("RL004", 28, 13),  # api_desing
    ("RL002", 29, 22),  # unit_tests is no signal
    ("RL212", 31, 5),  # no next_focus
    ("RL006", 32, 12),  # 2099-01-01
    ("RL004", 34, 12),  # RL999
    ("RL002", 35, 31),  # essential_max: seven
]

VALID = ["beginner.yml", "intermediate.yml", "job-seeking.yml", "portfolio/roadmap.yml"]


def test_broken_example_reports_every_planted_problem(cli) -> None:
    run = cli("check", str(EXAMPLES / "broken.yml"), *FLAGS)
    assert run.code == 1
    found = [(f["rule"], f["line"], f["column"]) for f in json.loads(run.out)["findings"]]
    assert found == BROKEN


@pytest.mark.parametrize("name", VALID)
def test_valid_examples_have_no_schema_errors(cli, name: str) -> None:
    run = cli("check", str(EXAMPLES / name), *FLAGS, "--select", "RL001,RL002,RL003,RL004")
    assert json.loads(run.out)["findings"] == []
    assert run.code == 0


def _check_jsonschema() -> str | None:
    found = shutil.which("check-jsonschema") or str(
        Path(sys.executable).parent / "check-jsonschema"
    )
    return found if Path(found).exists() else None


@pytest.mark.parametrize("name", [*VALID, "broken.yml"])
def test_check_jsonschema_agrees_on_validity(cli, name: str) -> None:
    """roadmap-lint's RL002 and check-jsonschema agree on which examples are valid."""
    tool = _check_jsonschema()
    if tool is None:
        pytest.skip("check-jsonschema is not installed (pip install '.[test]')")
    schema = EXAMPLES.parent / "schemas" / "roadmap.schema.json"
    theirs = subprocess.run(
        [tool, "--schemafile", str(schema), str(EXAMPLES / name)], capture_output=True, check=False
    )
    run = cli("check", str(EXAMPLES / name), *FLAGS, "--select", "RL002")
    ours_valid = not json.loads(run.out)["findings"]
    assert ours_valid == (theirs.returncode == 0), theirs.stdout.decode()
