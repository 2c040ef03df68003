"""JSON pointers (RFC 6901), the address every finding carries."""

from __future__ import annotations

from collections.abc import Iterable


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def join(parent: str, *tokens: object) -> str:
    """``join("/areas", "databases", 0)`` → ``"/areas/databases/0"``."""
    return parent + "".join("/" + escape(str(token)) for token in tokens)


def from_path(path: Iterable[object]) -> str:
    return join("", *path)


def parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0] if pointer else ""


def resolve(data: object, pointer: str) -> object:
    """The value at ``pointer`` in ``data``, or None when the path does not exist."""
    node = data
    for raw in pointer.split("/")[1:] if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def string_items(data: object, pointer: str) -> list[tuple[str, str]]:
    """``(pointer, text)`` for each string in the list at ``pointer``; other items are skipped."""
    items = resolve(data, pointer)
    if not isinstance(items, list):
        return []
    return [(join(pointer, i), item) for i, item in enumerate(items) if isinstance(item, str)]
