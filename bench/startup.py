"""Start-up cost: `--version` against bare Python, and `check --no-scan` against check-jsonschema.

Run: python bench/startup.py [--runs N]. Prints medians and ratios measured side by side.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import as_installed, compare, report, tool

ROOT = Path(__file__).resolve().parent.parent
ROADMAP = ROOT / "examples" / "portfolio" / "roadmap.yml"
SCHEMA = ROOT / "schemas" / "roadmap.schema.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    as_installed()
    version = compare(
        {
            "python -c pass": [sys.executable, "-c", "pass"],
            "roadmap-lint --version": [tool("roadmap-lint"), "--version"],
        },
        runs,
    )
    ok = report("--version", version, [("roadmap-lint --version", "python -c pass", 3.0)])
    check = compare(
        {
            "check-jsonschema --schemafile": [
                tool("check-jsonschema"),
                "--schemafile",
                str(SCHEMA),
                str(ROADMAP),
            ],
            "roadmap-lint check --no-scan (history on)": [
                tool("roadmap-lint"),
                "check",
                "--no-scan",
                str(ROADMAP),
            ],
        },
        runs,
        cwd=ROOT,
    )
    ok &= report(
        "schema check of examples/portfolio/roadmap.yml",
        check,
        [("roadmap-lint check --no-scan (history on)", "check-jsonschema --schemafile", 1.0)],
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
