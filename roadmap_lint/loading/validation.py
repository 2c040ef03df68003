"""Check a loaded document against ``schemas/roadmap.schema.json``: every error, in plain words.

Each schema error becomes a ``SchemaProblem`` at the line:column of the value (or, for an
unknown key, of the key itself), with the allowed values and a "did you mean" for near misses.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from roadmap_lint.core.resources import schema_path
from roadmap_lint.loading.document import MAX_NUMBER_CHARS, Document
from roadmap_lint.loading.pointers import from_path, join

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "empty",
}


@dataclass(frozen=True)
class SchemaProblem:
    message: str
    hint: str
    pointer: str
    line: int
    column: int


@cache
def roadmap_schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as stream:
        return json.load(stream)  # type: ignore[no-any-return]


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator, validators

    # jsonschema compares every pair of items when a list mixes types it cannot sort (20,000
    # numbers and strings: half a minute); one pass over hashable stand-ins gives the same
    # answer in linear time. And items past a list's `maxItems` are not looked at one by one:
    # the list is reported once as too long.
    items = Draft202012Validator.VALIDATORS["items"]

    def bounded_items(validator: Any, schema_items: Any, instance: Any, schema: Any) -> Any:
        most = schema.get("maxItems")
        if isinstance(most, int) and validator.is_type(instance, "array"):
            instance = instance[:most]
        return items(validator, schema_items, instance, schema)

    bounded = validators.extend(
        Draft202012Validator, {"uniqueItems": _unique_items, "items": bounded_items}
    )
    return bounded(roadmap_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _unique_items(validator: Any, unique: bool, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema import ValidationError

    if not unique or not validator.is_type(instance, "array"):
        return
    seen: set[Any] = set()
    for item in instance:
        key = _json_identity(item)
        if key in seen:
            yield ValidationError("the list repeats an item")
            return
        seen.add(key)


def _json_identity(value: Any) -> Any:
    """A hashable stand-in equal for values JSON Schema calls equal (1 and 1.0 alike, true and
    1 apart, mappings whatever their key order)."""
    if isinstance(value, bool) or value is None:
        return (type(value).__name__, value)
    if isinstance(value, int | float | str):
        return ("str" if isinstance(value, str) else "number", value)
    if isinstance(value, list):
        return ("array", tuple(_json_identity(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, _json_identity(item)) for key, item in value.items()))
    return ("other", repr(value))


def validate(document: Document) -> list[SchemaProblem]:
    """All schema problems of a parsed document, in file order."""
    if not document.parsed:
        return []
    if document.data is None:
        line, column = document.locate("")
        return [
            SchemaProblem(
                "the roadmap is empty",
                "start from `roadmap-lint init`, or add version, profile and areas",
                "",
                line,
                column,
            )
        ]
    instance = to_json_value(document.data)
    suggest = _Suggestions()
    problems = [
        problem
        for error in _validator().iter_errors(instance)
        for problem in _explain(error, document, suggest)
    ]
    return sorted(problems, key=lambda p: (p.line, p.column, p.message))


def to_json_value(value: Any) -> Any:
    """The JSON view of loaded YAML: dates become ISO strings, as the schema expects."""
    if isinstance(value, dict):
        return {key: to_json_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value  # bytes (a `!!binary` value) stay bytes: no type of the schema accepts them


def _explain(error: Any, document: Document, suggest: _Suggestions) -> Iterator[SchemaProblem]:
    pointer = from_path(error.absolute_path)
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        yield from _unknown_keys(error, pointer, document, suggest)
        return
    message, hint = _describe(error, pointer, suggest)
    line, column = document.locate(pointer)
    yield SchemaProblem(message, hint, pointer, line, column)


def _unknown_keys(
    error: Any, pointer: str, document: Document, suggest: _Suggestions
) -> Iterator[SchemaProblem]:
    allowed = sorted(error.schema.get("properties", {}))
    for key in error.instance:
        if key in allowed or _matches_pattern(error.schema, key):
            continue
        child = join(pointer, key)
        line, column = document.locate(child, key=True)
        hint = suggest(key, allowed) or f"allowed keys: {', '.join(allowed)}"
        yield SchemaProblem(f"unknown key '{key}' in {_where(pointer)}", hint, child, line, column)


def _matches_pattern(schema: dict[str, Any], key: str) -> bool:
    import re

    return any(re.search(pattern, key) for pattern in schema.get("patternProperties", {}))


def _describe(error: Any, pointer: str, suggest: _Suggestions) -> tuple[str, str]:
    where = _where(pointer)
    validator, expected, value = error.validator, error.validator_value, error.instance
    if validator == "enum":
        choices = [str(choice) for choice in expected]
        hint = suggest(str(value), choices) or f"allowed: {', '.join(choices)}"
        return f"{_show(value)} is not an allowed value for {where}", hint
    if validator == "const":
        return f"{where} must be {_show(expected)}, not {_show(value)}", ""
    if validator == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        names = " or ".join(_TYPE_NAMES.get(str(name), str(name)) for name in wanted)
        long = isinstance(value, str) and len(value) > MAX_NUMBER_CHARS
        return f"{where} must be {names}, not {_kind(value)}", _LONG_NUMBER_HINT if long else ""
    if validator == "required":
        missing = [name for name in expected if isinstance(value, dict) and name not in value]
        return f"{where} is missing required key '{missing[0] if missing else expected}'", ""
    if validator == "format" and expected == "date":
        return f"{where} is not a real date: {_show(value)}", _date_hint(str(value))
    if validator == "uniqueItems":
        return f"{where} lists the same item twice", "remove the repeated item"
    if validator in ("minimum", "maximum"):
        side = "at least" if validator == "minimum" else "at most"
        return f"{where} must be {side} {expected}, not {_show(value)}", ""
    if validator in _SIZES:
        what, hint = _SIZES[validator]
        return f"{where} holds {len(value)} {what}; at most {expected} are allowed", hint
    if validator == "pattern":
        return f"{_show(value)} is not a valid value for {where}", f"expected to match {expected}"
    if validator == "propertyNames":
        return f"{where} has a key that is not allowed: {error.message}", ""
    return f"{where}: {error.message}", ""


#: Words given a "did you mean" per validation (see ``_Suggestions``).
SUGGESTIONS = 50
_LONG_NUMBER_HINT = "a number this long is read as text: roadmap numbers are small"
#: size keyword → (what is counted, how to fix it)
_SIZES = {
    "maxItems": ("items", "a roadmap stays readable when each list stays short: split or prune it"),
    "maxLength": ("characters", "keep it short; long notes belong in a separate file"),
    "maxProperties": ("keys", "merge some of them"),
}


def _where(pointer: str) -> str:
    return f"'{pointer}'" if pointer else "the roadmap"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, bytes):
        return "binary data (a !!binary value)"
    for python_type, name in ((dict, "object"), (list, "array"), (str, "string"), (int, "integer")):
        if isinstance(value, python_type):
            return _TYPE_NAMES[name]
    return _TYPE_NAMES["number"] if isinstance(value, float) else type(value).__name__


class _Suggestions:
    """ "Did you mean" for the first ``SUGGESTIONS`` words of one validation; a hostile file can
    misspell thousands of keys, and each suggestion compares the word with every choice."""

    def __init__(self) -> None:
        self.left = SUGGESTIONS

    def __call__(self, word: str, choices: list[str]) -> str:
        self.left -= 1
        if self.left < 0:
            return ""
        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        if not close:
            close = [c for c in choices if c.startswith(word[:4]) and len(word) >= 4]
        return f"did you mean '{close[0]}'?" if close else ""


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date_hint(text: str) -> str:
    """Why a date is not real: its month or day when it is written as YYYY-MM-DD already."""
    written = _ISO_DATE.fullmatch(text)
    if written is None:
        return "write dates as YYYY-MM-DD"
    year, month, day = (int(part) for part in written.groups())
    if not 1 <= month <= 12:
        return f"there is no month {month}: months run from 01 to 12"
    if year < 1:
        return "years start at 0001"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days, so day {day} does not exist"
