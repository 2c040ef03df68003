"""The position-aware loader: values, positions, and what plain YAML loaders would hide."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.loading.document import Limits, parse_text
from roadmap_lint.loading.validation import validate


def load(text: str, **limits: int):
    return parse_text(text, Path("roadmap.yml"), Limits(**limits))


def test_values_and_positions() -> None:
    document = load("a: 1\nb:\n  - x\n  - {c: 2026-01-02}\n")
    assert document.data == {"a": 1, "b": ["x", {"c": dt.date(2026, 1, 2)}]}
    assert document.positions["/b/1/c"] == (4, 9)
    assert document.key_positions["/b"] == (2, 1)
    assert document.locate("/b/1/c/missing") == (4, 9)


def test_impossible_dates_stay_text_for_the_schema_to_explain() -> None:
    document = load("version: 1\nreviews: [{date: 2026-02-30, kind: monthly}]\n")
    assert document.data["reviews"][0]["date"] == "2026-02-30"
    assert any("not a real date" in problem.message for problem in validate(document))


def test_merge_keys_are_expanded_and_explicit_keys_win() -> None:
    document = load("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n")
    assert document.data["item"] == {"x": 1, "y": 3}


def test_keys_keep_their_spelling() -> None:
    """`on:` stays the text "on", not the boolean YAML 1.1 would make of it."""
    assert load("on: 1\n1: 2\n").data == {"on": 1, "1": 2}


def test_duplicate_key_points_at_the_second_occurrence() -> None:
    (problem,) = load("a: 1\nb: 2\na: 3\n").problems
    assert (problem.kind, problem.line, problem.column) == ("duplicate-key", 3, 1)
    assert "line 1" in problem.message


def test_node_cap_stops_alias_expansion() -> None:
    document = load("a: &a [1, 2, 3]\nb: [*a, *a, *a, *a]\n", max_nodes=10)
    assert document.data is None
    assert "alias bomb" in document.problems[0].message


def test_multiple_documents_are_a_syntax_finding() -> None:
    (problem,) = load("a: 1\n---\nb: 2\n").problems
    assert problem.kind == "unreadable" and problem.line == 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_loads_without_raising_and_positions_lie_inside(text: str) -> None:
    document = load(text)
    lines = text.splitlines() or [""]
    for line, column in [
        *document.positions.values(),
        *((p.line, p.column) for p in document.problems),
    ]:
        assert 1 <= line <= len(lines) + 1
        assert column >= 1
    validate(document)


YAML_ATOMS = st.sampled_from(
    [
        "a",
        "- ",
        ": ",
        "&x ",
        "*x",
        "<<: ",
        "{",
        "}",
        "[",
        "]",
        ",",
        "\n",
        "  ",
        "'",
        '"',
        "!!str ",
        "? ",
        "#",
        "1",
        "2026-01-01",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(YAML_ATOMS, max_size=60).map("".join))
def test_yaml_shaped_noise_never_raises(text: str) -> None:
    validate(load(text))


SLIPS = [
    ("profile:\n  name: Ada\n  level beginner\n  stage: 3\n", (3, 3), "no colon", "key: value"),
    ('profile:\n  name: "Ada\n  level: beginner\nareas:\n  x: 1\n', (2, 9), "quote", "close"),
    ("profile:\n  name: 'Ada\n  level: beginner\n", (2, 9), "quote opened", "close"),
    ("areas:\n  core_language:\n    next: Learn this: that\n", (3, 21), "colon", "quotes"),
    ("projects:\n  - id: a\n  -id: b\n", (3, 3), "dash without a space", "- item"),
    ("a:\n  - b: 1\n     c: 2\n", (3, 7), "continued the value", "line the key up"),
    ("profile:\n  name: Ada\n level: beginner\n", (3, 2), "indented differently", "spaces"),
    ("profile: {name: Ada, level: beginner\nareas: {}\n", (1, 10), "`{` opened", "}"),
    ("profile:\n  languages: [python, go\n  stage: 3\n", (2, 14), "`[` opened", "]"),
    ("a:\n\tb: 1\n", (2, 1), "tab", "spaces, never tabs"),
]


@pytest.mark.parametrize(("text", "position", "said", "hinted"), SLIPS)
def test_common_slips_are_explained_where_they_happen(text, position, said, hinted) -> None:
    (problem,) = parse_text(text, Path("roadmap.yml")).problems
    assert (problem.line, problem.column) == position
    assert said in problem.message and hinted in problem.hint


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2026-11-31", "November 2026 has 30 days"),
        ("2025-02-29", "February 2025 has 28 days"),
        ("2026-13-01", "no month 13"),
        ("1st of May", "write dates as YYYY-MM-DD"),
    ],
)
def test_impossible_dates_say_why(tmp_path, written, hint) -> None:
    from tests.support.lint import MINIMAL, lint_text

    text = MINIMAL + f"reviews:\n  - {{date: {written}, kind: monthly}}\n"
    (finding,) = [f for f in lint_text(tmp_path, text).findings if f.rule == "RL002"]
    assert hint in finding.hint
