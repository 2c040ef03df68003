"""Rule documentation, taken from each rule module's docstring (the single source)."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from roadmap_lint.core.terminal import paint
from roadmap_lint.rules.base import Rule

DOCS_HEADER = """\
# Rules

<!-- Generated from the rules' docstrings by `python -m roadmap_lint.rules.docs`; do not edit. -->

Every rule has a code, a name and a default severity. Select or ignore rules by code, name or
code prefix (`RL3` is every evidence rule) with `--select`/`--ignore`, in the roadmap's `lint:`
section, or on one item with `ignore: [RL302]`.

| code | name | severity | what it flags |
|---|---|---|---|
"""


def summary(rule: Rule) -> str:
    return doc(rule).splitlines()[0]


def doc(rule: Rule) -> str:
    return inspect.cleandoc(rule.__doc__ or "")


def catalogue_rows(rules: Iterable[Rule]) -> list[dict[str, Any]]:
    return [
        {
            "code": rule.CODE,
            "name": rule.NAME,
            "severity": rule.SEVERITY.value,
            "summary": summary(rule),
            "options": dict(rule.OPTIONS),
            "needs": sorted(rule.NEEDS),
            "documentation": doc(rule),
        }
        for rule in rules
    ]


def rule_text(rule: Rule, *, color: bool = False) -> str:
    title = paint(f"{rule.CODE} {rule.NAME}", "bold", color)
    return f"{title} ({rule.SEVERITY.value})\n\n{doc(rule)}\n"


def markdown(rules: Iterable[Rule]) -> str:
    """The whole of `docs/rules.md`."""
    rules = list(rules)
    table = "".join(
        f"| [{r.CODE}](#{r.CODE.lower()}-{r.NAME}) | `{r.NAME}` | {r.SEVERITY.value}"
        f" | {summary(r)} |\n"
        for r in rules
    )
    sections = "".join(
        f"\n## {r.CODE} {r.NAME}\n\nDefault severity: **{r.SEVERITY.value}**"
        + (f"; reads: {', '.join(sorted(r.NEEDS))}" if r.NEEDS else "")
        + f".\n\n{doc(r)}\n"
        for r in rules
    )
    return DOCS_HEADER + table + sections


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from roadmap_lint import rules as registry

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules.md")
    target.write_text(markdown(registry.RULES), encoding="utf-8")
    print(f"wrote {target}")
