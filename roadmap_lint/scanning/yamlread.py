"""YAML and JSON from repositories we do not control: parsed safely, or not at all.

PyYAML's safe loader (its C version when present) builds plain data and never runs anything;
an unknown tag (`!Ref` in CloudFormation, `!reference` in GitLab CI) becomes None instead of
failing the whole document. The blobs are already capped in size by the reader; a walk over
the result is capped in nodes, so aliases that fan out cannot make it exponential.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from typing import Any

import yaml

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Most nodes a walk visits in one document.
WALK_LIMIT = 20_000


class _Loader(_BASE):  # type: ignore[misc]
    """The safe loader, with unknown tags read as None."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def documents(content: bytes, *, json_first: bool = False) -> list[Any]:
    """Every document of a YAML stream (or the one JSON value); [] when it does not parse."""
    text = content.decode("utf-8", errors="replace")
    if json_first:
        try:
            return [json.loads(text)]
        except (ValueError, RecursionError):
            pass
    try:
        return list(yaml.load_all(text, Loader=_Loader))
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError):
        return []


def first_mapping(content: bytes, *, json_first: bool = False) -> dict[Any, Any]:
    """The first document when it is a mapping, else an empty one."""
    found = documents(content, json_first=json_first)
    return found[0] if found and isinstance(found[0], dict) else {}


def walk(node: Any, limit: int = WALK_LIMIT) -> Iterator[tuple[Any, Any]]:
    """``(key, value)`` for every mapping entry and ``(None, item)`` for every list item,
    breadth first, each container visited once, at most ``limit`` of them."""
    queue: deque[Any] = deque([node])
    seen: set[int] = set()
    visited = 0
    while queue and visited < limit:
        current = queue.popleft()
        if id(current) in seen:
            continue
        seen.add(id(current))
        visited += 1
        pairs = current.items() if isinstance(current, dict) else ()
        items = ((None, item) for item in current) if isinstance(current, list) else pairs
        for key, value in items:
            yield key, value
            if isinstance(value, (dict, list)):
                queue.append(value)
