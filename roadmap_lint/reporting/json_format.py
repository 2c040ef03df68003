"""``--format json``: the stable, versioned document described in the docs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    json.dump(result.to_json(), stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def report_many(results: Sequence[CheckResult], stream: TextIO, *, color: bool) -> None:
    """Several roadmaps: a list of the documents, in the order the roadmaps were given."""
    json.dump([result.to_json() for result in results], stream, indent=2, ensure_ascii=False)
    stream.write("\n")
