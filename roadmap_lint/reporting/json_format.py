"""``--format json``: the stable, versioned document described in the docs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from roadmap_lint.core.jsontext import dumps

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    stream.write(dumps(result.to_json()))


def report_many(results: Sequence[CheckResult], stream: TextIO, *, color: bool) -> None:
    """Several roadmaps: a list of the documents, in the order the roadmaps were given."""
    stream.write(dumps([result.to_json() for result in results]))
