"""YAML and JSON from repositories we do not control: parsed safely, or not at all.

PyYAML's safe loader (its C version when present) builds plain data and never runs anything;
an unknown tag (`!Ref` in CloudFormation, `!reference` in GitLab CI) becomes None instead of
failing the whole document. The blobs are already capped in size by the reader; a walk over
the result is capped in nodes, so aliases that fan out cannot make it exponential.

PyYAML is imported on the first parse: a scan with nothing to parse does not pay for it.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterator
from typing import Any

#: Most nodes a walk visits in one document.
WALK_LIMIT = 20_000


@functools.cache
def _yaml() -> tuple[Any, Any]:
    """PyYAML and its safe loader (C when present), with unknown tags read as None."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader: Any = type("Loader", (base,), {})
    loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml, loader


def documents(content: bytes, *, json_first: bool = False) -> list[Any]:
    """Every document of a YAML stream (or the one JSON value); [] when it does not parse."""
    text = content.decode("utf-8", errors="replace")
    if json_first:
        import json  # only JSON documents need it

        try:
            return [json.loads(text)]
        except (ValueError, RecursionError):
            pass
    yaml, loader = _yaml()
    try:
        return list(yaml.load_all(text, Loader=loader))
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError):
        return []


def top_scalars(content: bytes, wanted: frozenset[str]) -> dict[str, str]:
    """The scalar values of ``wanted`` keys of the first document's top mapping, as written.

    Read from the parser's events, stopping once they are all found (or the top mapping
    ends): a 400 KiB OpenAPI description costs the few events before its `openapi:` key,
    not the construction of every object in it.
    """
    yaml, loader = _yaml()
    found: dict[str, str] = {}
    depth, key, expecting_key = 0, None, True
    try:
        for event in yaml.parse(content.decode("utf-8", errors="replace"), Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if depth == 0 and isinstance(event, yaml.SequenceStartEvent):
                    return found
                depth += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                if depth == 0:
                    return found
                if depth == 1:
                    expecting_key = True
            elif isinstance(event, yaml.ScalarEvent) and depth == 1:
                if expecting_key:
                    key = event.value
                elif key in wanted:
                    found[key] = event.value
                    if len(found) == len(wanted):
                        return found
                expecting_key = not expecting_key
            elif isinstance(event, yaml.AliasEvent) and depth == 1:
                expecting_key = not expecting_key
    except (yaml.YAMLError, RecursionError, ValueError):
        pass
    return found


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
