"""Every list, number and free text of the roadmap schema has an upper bound, and the checks
that replace jsonschema's slow ones give its answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from roadmap_lint.loading.validation import _validator, roadmap_schema

#: The thresholds are being rewritten with each rule's own maxima (and a test comparing them).
NOT_HERE = ("/$defs/thresholds",)


def _nodes(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "type" in node:
            yield pointer, node
        for key, child in node.items():
            if key not in ("examples", "default", "enum", "const"):
                yield from _nodes(child, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _nodes(child, f"{pointer}/{index}")


def _unbounded() -> list[str]:
    missing = []
    for pointer, node in _nodes(roadmap_schema()):
        if pointer.startswith(NOT_HERE):
            continue
        kind = node["type"]
        if kind == "array" and "maxItems" not in node:
            missing.append(f"{pointer}: maxItems")
        if kind == "integer" and "maximum" not in node:
            missing.append(f"{pointer}: maximum")
        free_text = "format" not in node and "enum" not in node
        if kind == "string" and free_text and "maxLength" not in node:
            missing.append(f"{pointer}: maxLength")
        open_keys = isinstance(node.get("additionalProperties"), dict)
        named_keys = "enum" in node.get("propertyNames", {})
        if kind == "object" and open_keys and not named_keys and "maxProperties" not in node:
            missing.append(f"{pointer}: maxProperties")
    return missing


def test_every_list_number_and_text_has_a_maximum() -> None:
    assert _unbounded() == []


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([1.0, 2.0, 0.5])
    | st.text(max_size=2),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=120, deadline=None)
@given(items=st.lists(json_values, max_size=6))
def test_unique_items_agrees_with_jsonschema(items: list[Any]) -> None:
    schema = {"type": "array", "uniqueItems": True}
    expected = Draft202012Validator(schema).is_valid(items)
    ours = type(_validator())(schema).is_valid(items)
    assert ours == expected
