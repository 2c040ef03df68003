"""SARIF and Markdown stay well-formed on every case of the hostile-input corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.hostile.case import CHECK, OFFLINE, Case
from tests.hostile.corpus import CASES
from tests.support.reference import reference_file

#: Cases run by `check` in this process (those that need their own process are the heavy ones).
CHECKS = [
    case
    for case in CASES
    if case.args in (CHECK, OFFLINE) and case.code in (0, 1) and not case.process
]


def _run(cli: Any, case: Case, folder: Path, output_format: str) -> str:
    case.build(folder)
    args = [arg.replace("{dir}", str(folder)) for arg in case.args]
    args[args.index("--format") + 1] = output_format
    run = cli(*args, "--fail-on", "never")
    assert run.code == 0, run.err
    return str(run.out)


@pytest.mark.parametrize("case", CHECKS, ids=lambda case: case.name)
def test_sarif_is_valid(cli: Any, tmp_path: Path, case: Case) -> None:
    schema = json.loads(reference_file("sarif-schema-2.1.0.json").read_text("utf-8"))
    log = json.loads(_run(cli, case, tmp_path, "sarif"))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, errors[0].message


@pytest.mark.parametrize("case", CHECKS, ids=lambda case: case.name)
def test_markdown_cannot_be_broken_out_of(cli: Any, tmp_path: Path, case: Case) -> None:
    text = _run(cli, case, tmp_path, "markdown")
    assert "<" not in text.replace("<br>", ""), "raw HTML from the roadmap reached the summary"
    assert all(ch.isprintable() or ch == "\n" for ch in text)
    findings = text.split("### Findings\n")[1].split("### ")[0]
    rows = [line for line in findings.splitlines() if line.startswith("|")]
    cells = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
    assert len(cells) <= 1, "a value split a table row"
