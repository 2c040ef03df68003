"""The expression subset the runner stand-in evaluates, against the runner's documented rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.actions import parse_output_file
from tests.support.expressions import evaluate, substitute

CONTEXT = {
    "inputs": {"command": "both", "fail-on": "", "roadmap": "roadmap.yml"},
    "steps": {"install": {"outcome": "success", "outputs": {"n": "3"}}},
    "github": {"token": "t0k"},
}


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("inputs.command == 'both'", True),
        ("inputs.command == 'BOTH'", True),  # strings compare ignoring case
        ("inputs.command != 'check' && inputs.command != 'review'", True),
        ("inputs.fail-on || 'error'", "error"),
        ("inputs.roadmap && 'x'", "x"),
        ("!inputs.fail-on", True),
        ("steps.install.outcome == 'success' && (inputs.command == 'review')", False),
        ("steps.missing.outputs.n", None),
        ("'it''s'", "it's"),
        ("!cancelled() && always()", True),
        ("success()", True),
        ("failure()", False),
    ],
)
def test_evaluate(expression: str, value: Any) -> None:
    assert evaluate(expression, CONTEXT) == value


def test_status_functions_follow_earlier_failures() -> None:
    assert evaluate("failure() && !success()", CONTEXT, failed=True) is True


def test_substitute_and_unknown_functions() -> None:
    assert substitute("${{ github.token }}/${{ steps.install.outputs.n }}", CONTEXT) == "t0k/3"
    assert substitute("${{ inputs.nothing }}|${{ true }}", CONTEXT) == "|true"
    with pytest.raises(AssertionError):
        evaluate("hashFiles('x')", CONTEXT)


def test_output_file_lines_and_blocks() -> None:
    text = "errors=2\nbody<<EOF\nline one\nline=two\nEOF\nscore=71\n"
    assert parse_output_file(text) == {"errors": "2", "body": "line one\nline=two", "score": "71"}
