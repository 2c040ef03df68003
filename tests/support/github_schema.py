"""Check the stand-in's answers against GitHub's published OpenAPI description.

The description is vendored in ``tests/data/reference/github-issues-api.json``. Its schemas are
OpenAPI 3.0 Schema Objects, whose ``nullable: true`` plain JSON Schema ignores, so they are
rewritten to allow ``null`` first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import jsonschema

from tests.support.github_server import GitHubServer
from tests.support.reference import reference_file

REFERENCE = reference_file("github-issues-api.json")


def allow_null(schema: Any) -> Any:
    """``schema`` with every OpenAPI ``nullable: true`` turned into a JSON Schema null branch."""
    if isinstance(schema, list):
        return [allow_null(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {key: allow_null(value) for key, value in schema.items() if key != "nullable"}
    if schema.get("nullable") is not True:
        return converted
    if isinstance(converted.get("type"), str) and "enum" not in converted:
        return {**converted, "type": [converted["type"], "null"]}
    return {"anyOf": [{"type": "null"}, converted]}


@cache
def _schemas() -> dict[tuple[str, int], dict[str, Any]]:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    table: dict[tuple[str, int], dict[str, Any]] = {}
    for operation in reference["operations"]:
        name = operation["operationId"]
        success = operation["success"]
        table[(name, int(success["status"]))] = allow_null(success["schema"])
        for status, response in (operation.get("other_responses") or {}).items():
            if response.get("schema"):
                table[(name, int(status))] = allow_null(response["schema"])
    return table


def validate_response(operation: str, status: int, body: Any) -> None:
    """Raise ``jsonschema.ValidationError`` when ``body`` breaks the published schema.

    Statuses the description does not list (401 and 429 on these endpoints, 5xx errors) have no
    schema to check; GitHub answers them with its plain error object.
    """
    schema = _schemas().get((operation, status))
    if schema is not None:
        jsonschema.Draft7Validator(schema).validate(body)


@contextmanager
def checked_server(**options: Any) -> Iterator[GitHubServer]:
    """A started ``GitHubServer`` whose every answer is checked against the reference (when it
    is present); leaving the block fails when any answer broke GitHub's schema."""
    validator = validate_response
    with GitHubServer(validator=validator, **options) as server:
        yield server
    assert not server.violations, "stand-in answers broke GitHub's schema:\n" + "\n".join(
        server.violations
    )
