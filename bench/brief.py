"""Benchmark `roadmap-lint brief` against `roadmap-lint check` on the bundled portfolio.

The brief runs the same check (scans, history) and then renders a page; the target is that the
page costs little on top: brief at most 1.5 times check, measured side by side (the commands
take turns, medians compared). With `--postings`, both read the test postings, so the
comparison includes reading and matching them.

    python bench/brief.py [--runs 15] [--postings]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import as_installed, compare, report, tool

ROOT = Path(__file__).resolve().parent.parent
ROADMAP = ROOT / "examples" / "portfolio" / "roadmap.yml"
POSTINGS = ROOT / "tests" / "postings" / "corpus"
TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--postings", action="store_true", help="also read the test postings")
    options = parser.parse_args()
    as_installed()
    extra = ["--postings", str(POSTINGS)] if options.postings else []
    today = ["--today", "2026-11-25"]
    medians = compare(
        {
            "roadmap-lint check": [tool("roadmap-lint"), "check", str(ROADMAP), *today, *extra],
            "roadmap-lint brief": [tool("roadmap-lint"), "brief", str(ROADMAP), *today, *extra],
        },
        options.runs,
    )
    title = "brief against check on examples/portfolio" + (" (with postings)" if extra else "")
    ok = report(title, medians, [("roadmap-lint brief", "roadmap-lint check", TARGET)])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
