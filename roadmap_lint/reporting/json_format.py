"""``--format json``: the stable, versioned document described in the docs."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from roadmap_lint.check import CheckResult


def report(result: CheckResult, stream: TextIO, *, color: bool) -> None:
    json.dump(result.to_json(), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
