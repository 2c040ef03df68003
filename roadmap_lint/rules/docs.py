"""Rule documentation and the schema's rule settings, generated from the rules themselves.

The docstring is each rule's prose; its options come from their declarations. Run
``python -m roadmap_lint.rules.docs`` after changing either: it rewrites ``docs/rules.md`` and
the ``thresholds`` and ``severity`` definitions of ``schemas/roadmap.schema.json``.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable
from pathlib import Path
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
    """The docstring, with the options section drawn from the rule's declarations."""
    text = inspect.cleandoc(rule.__doc__ or "")
    if not rule.OPTIONS:
        return text
    lines = "".join(
        f"\n- `{o.name}` (default {o.default}, from {o.minimum} to {o.maximum}): {o.description}"
        for o in rule.OPTIONS
    )
    return f"{text}\n\n**Options** (in `lint.thresholds`):\n{lines}"


def catalogue_rows(rules: Iterable[Rule]) -> list[dict[str, Any]]:
    return [
        {
            "code": rule.CODE,
            "name": rule.NAME,
            "severity": rule.SEVERITY.value,
            "summary": summary(rule),
            "options": {option.name: option.default for option in rule.OPTIONS},
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


def schema_definitions(rules: Iterable[Rule]) -> dict[str, Any]:
    """The schema's ``thresholds`` and ``severity`` definitions, from the declarations."""
    rules = list(rules)
    options = {option.name: option for rule in rules for option in rule.OPTIONS}
    users = {
        name: ", ".join(r.CODE for r in rules if option in r.OPTIONS)
        for name, option in options.items()
    }
    return {
        "thresholds": {
            "title": "Thresholds",
            "description": "Numbers the rules compare against (see docs/rules.md).",
            "type": "object",
            "additionalProperties": False,
            "properties": {
                name: {
                    "description": f"{option.description} ({users[name]})",
                    "type": "integer",
                    "minimum": option.minimum,
                    "maximum": option.maximum,
                    "default": option.default,
                    "examples": [option.default],
                }
                for name, option in sorted(options.items())
            },
            "examples": [{name: options[name].default for name in sorted(options)[:2]}],
        },
        "severity": {
            "title": "Severity per rule",
            "description": "Change a rule's severity, or turn it off (`off`, which YAML also "
            "reads as false). Keys are rule codes, names or code prefixes (`RL3`); a code wins "
            "over a prefix.",
            "type": "object",
            "propertyNames": {"$ref": "#/$defs/ruleName"},
            "additionalProperties": {"enum": ["error", "warning", "info", "off", False]},
            "maxProperties": 200,
            "examples": [{"RL304": "off", "no-tests": "error"}],
        },
    }


def _write_schema(path: Path, rules: Iterable[Rule]) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["$defs"].update(schema_definitions(rules))
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from roadmap_lint import rules as registry
    from roadmap_lint.core.resources import schema_path

    Path("docs/rules.md").write_text(markdown(registry.RULES), encoding="utf-8")
    _write_schema(schema_path(), registry.RULES)
    print("wrote docs/rules.md and the rule settings of", schema_path())
