"""Write the inputs and outputs tables of docs/action.md from action.yml.

    python scripts/action_docs.py          # rewrite the tables in docs/action.md
    python scripts/action_docs.py --check  # exit 1 when they are stale (tests do the same)

Only the text between the ``<!-- action-reference:start -->`` and ``:end`` markers changes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- action-reference:start -->", "<!-- action-reference:end -->"


def reference(action: dict[str, Any]) -> str:
    """The two Markdown tables, generated: inputs with defaults, then outputs."""
    inputs = "".join(
        f"| `{name}` | {_default(spec)} | {_cell(spec.get('description', ''))} |\n"
        for name, spec in action.get("inputs", {}).items()
    )
    outputs = "".join(
        f"| `{name}` | {_cell(spec.get('description', ''))} |\n"
        for name, spec in action.get("outputs", {}).items()
    )
    return (
        f"{START}\n<!-- Generated from action.yml by `python scripts/action_docs.py`. -->\n\n"
        "### Inputs\n\n| input | default | description |\n|---|---|---|\n"
        f"{inputs}\n### Outputs\n\n| output | description |\n|---|---|\n{outputs}{END}"
    )


def updated(document: str, action: dict[str, Any]) -> str:
    before, rest = document.split(START, 1)
    _, after = rest.split(END, 1)
    return before + reference(action) + after


def _default(spec: dict[str, Any]) -> str:
    value = str(spec.get("default", ""))
    return f"`{value}`" if value else "(empty)"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def main(argv: list[str]) -> int:
    doc = ROOT / "docs" / "action.md"
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    current = doc.read_text(encoding="utf-8")
    fresh = updated(current, action)
    if "--check" in argv:
        if fresh != current:
            print(f"{doc} is stale: run python scripts/action_docs.py", file=sys.stderr)
            return 1
        return 0
    doc.write_text(fresh, encoding="utf-8")
    print(f"wrote {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
