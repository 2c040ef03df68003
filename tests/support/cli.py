"""Run the CLI in-process, the way a user would, and capture what they would see."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from roadmap_lint.cli import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], args: Sequence[str]) -> Run:
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
