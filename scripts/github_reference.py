"""Extract operations from GitHub's OpenAPI description into tests/data/reference.

    npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-23.0.2.tgz
    python scripts/github_reference.py package/generated/api.github.com.deref.json

writes ``tests/data/reference/github-issues-api.json``: the operations the GitHub stand-in
serves (``OPERATIONS``), each with its parameters, request body and responses, references
inlined, examples and Octokit's notes dropped (``_DROPPED``). Update the digest in that
folder's README after; the operations already there come out byte for byte the same.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parent.parent / "tests/data/reference/github-issues-api.json"
OPERATIONS = (
    "repos/get",
    "issues/list-for-repo",
    "issues/create",
    "issues/get",
    "issues/update",
    "issues/create-comment",
    "issues/get-label",
    "issues/create-label",
    "search/issues-and-pull-requests",
    "git/get-tree",
    "repos/list-commits",
    "rate-limit/get",
    "repos/list-for-org",
)
#: Keys left out: examples, Octokit's own notes, and a routing hint for path parameters.
_DROPPED = ("example", "examples", "x-multi-segment")


def plain(value: Any) -> Any:
    """``value`` without the keys ``_DROPPED`` and Octokit's (``x-octokit…``)."""
    if isinstance(value, dict):
        return {
            key: plain(item)
            for key, item in value.items()
            if not key.startswith("x-octokit") and key not in _DROPPED
        }
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def _content(response: dict[str, Any]) -> dict[str, Any]:
    content = response.get("content") or {}
    if not content:
        return {}
    kind = next(iter(content))
    schema = content[kind].get("schema")
    return {"content_type": kind, **({"schema": plain(schema)} if schema is not None else {})}


def extract(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    path, method, operation = next(
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("operationId") == operation_id
    )
    responses = operation["responses"]
    success = next(status for status in responses if status.startswith("2"))
    body = operation.get("requestBody")
    return {
        "operationId": operation_id,
        "method": method.upper(),
        "path": path,
        "summary": operation.get("summary"),
        "docs_url": (operation.get("externalDocs") or {}).get("url"),
        "parameters": plain(operation.get("parameters", [])),
        "request_body": None
        if body is None
        else {"required": body.get("required", False), **_content(body)},
        "success": {
            "status": int(success),
            "description": responses[success].get("description"),
            **_content(responses[success]),
            **(
                {"headers": plain(headers)}
                if (headers := responses[success].get("headers"))
                else {}
            ),
        },
        "error_statuses": [int(status) for status in responses if status[0] in "45"],
        "other_responses": {
            status: {"description": response.get("description"), **_content(response)}
            for status, response in responses.items()
            if status != success
        },
    }


def main(source: str) -> None:
    spec = json.loads(Path(source).read_text(encoding="utf-8"))
    existing = json.loads(TARGET.read_text(encoding="utf-8"))
    existing["operations"] = [extract(spec, operation) for operation in OPERATIONS]
    TARGET.write_text(json.dumps(existing, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
