"""`roadmap-lint rules` and the generated docs/rules.md come from the rules' docstrings."""

from __future__ import annotations

import json

import pytest

from roadmap_lint import rules
from roadmap_lint.rules.docs import doc, markdown, schema_definitions
from tests.conftest import REPO_ROOT

SECTIONS = ("**Why:**", "**Fix:**", "**Fails", "**Passes:**")


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.CODE)
def test_every_rule_is_documented(rule) -> None:
    text = doc(rule)
    assert text.splitlines()[0].endswith("."), "the first line is a one-sentence summary"
    for section in SECTIONS:
        assert section in text, f"{rule.CODE} docstring lacks {section}"
    for option in rule.OPTIONS:
        assert f"`{option.name}`" in text, f"{rule.CODE} does not document {option.name}"


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.CODE for rule in rules.RULES]
    names = [rule.NAME for rule in rules.RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert all(code.startswith("RL") and len(code) == 5 for code in codes)


def test_schema_rule_settings_come_from_the_declarations() -> None:
    """Change an option's default or range in its rule, and this fails until the schema is
    regenerated: the two cannot drift."""
    schema = json.loads((REPO_ROOT / "schemas" / "roadmap.schema.json").read_text("utf-8"))
    for name, generated in schema_definitions(rules.RULES).items():
        assert schema["$defs"][name] == generated, "run: python -m roadmap_lint.rules.docs"


def test_an_option_is_declared_once() -> None:
    declared = [option for rule in rules.RULES for option in rule.OPTIONS]
    by_name = rules.options()
    assert all(option is by_name[option.name] for option in declared)
    assert rules.option_users(by_name["annual_days"]) == ["RL103", "RL209"]


def test_docs_rules_md_is_current() -> None:
    current = (REPO_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == markdown(rules.RULES), "run: python -m roadmap_lint.rules.docs"


def test_catalogue_and_one_rule(cli) -> None:
    run = cli("rules")
    assert run.code == 0
    assert "RL207  essential-overload" in run.out
    by_name = cli("rules", "essential-overload")
    assert by_name.out == cli("rules", "RL207").out
    assert by_name.out.startswith("RL207 essential-overload (warning)")
    assert "essential_max" in by_name.out
    listed = json.loads(cli("rules", "--format", "json").out)
    assert [row["code"] for row in listed] == [rule.CODE for rule in rules.RULES]
