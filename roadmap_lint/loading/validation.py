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
from roadmap_lint.loading.document import Document
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
    from jsonschema import Draft202012Validator

    schema = roadmap_schema()
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


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
    problems = [
        problem
        for error in _validator().iter_errors(instance)
        for problem in _explain(error, document)
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
    if isinstance(value, bytes):
        return repr(value)
    return value


def _explain(error: Any, document: Document) -> Iterator[SchemaProblem]:
    pointer = from_path(error.absolute_path)
    validator = error.validator
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        yield from _unknown_keys(error, pointer, document)
        return
    message, hint = _describe(error, pointer)
    line, column = document.locate(pointer)
    yield SchemaProblem(message, hint, pointer, line, column)


def _unknown_keys(error: Any, pointer: str, document: Document) -> Iterator[SchemaProblem]:
    allowed = sorted(error.schema.get("properties", {}))
    for key in error.instance:
        if key in allowed or _matches_pattern(error.schema, key):
            continue
        child = join(pointer, key)
        line, column = document.locate(child, key=True)
        hint = _did_you_mean(key, allowed) or f"allowed keys: {', '.join(allowed)}"
        yield SchemaProblem(f"unknown key '{key}' in {_where(pointer)}", hint, child, line, column)


def _matches_pattern(schema: dict[str, Any], key: str) -> bool:
    import re

    return any(re.search(pattern, key) for pattern in schema.get("patternProperties", {}))


def _describe(error: Any, pointer: str) -> tuple[str, str]:
    where = _where(pointer)
    validator, expected, value = error.validator, error.validator_value, error.instance
    if validator == "enum":
        choices = [str(choice) for choice in expected]
        hint = _did_you_mean(str(value), choices) or f"allowed: {', '.join(choices)}"
        return f"{_show(value)} is not an allowed value for {where}", hint
    if validator == "const":
        return f"{where} must be {_show(expected)}, not {_show(value)}", ""
    if validator == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        names = " or ".join(_TYPE_NAMES.get(str(name), str(name)) for name in wanted)
        return f"{where} must be {names}, not {_kind(value)}", ""
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
    if validator == "pattern":
        return f"{_show(value)} is not a valid value for {where}", f"expected to match {expected}"
    if validator == "propertyNames":
        return f"{where} has a key that is not allowed: {error.message}", ""
    return f"{where}: {error.message}", ""


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
    for python_type, name in ((dict, "object"), (list, "array"), (str, "string"), (int, "integer")):
        if isinstance(value, python_type):
            return _TYPE_NAMES[name]
    return _TYPE_NAMES["number"] if isinstance(value, float) else type(value).__name__


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        close = [choice for choice in choices if choice.startswith(word[:4]) and len(word) >= 4]
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
