"""``--format json``: the stable, versioned document described in the docs."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from roadmap_lint.core.jsontext import dumps

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    stream.write(dumps(result.to_json()))
