"""Globs compiled into one fast path classifier.

A repository may hold 100,000 paths, so each path must cost about a microsecond. Globs are
indexed by what their last segment pins down: an exact file name, or a fixed extension. A
path then only tries the few regular expressions filed under its own name and extension,
plus the handful of globs that pin neither.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass

_WILDCARDS = frozenset("*?[{")


def expand_braces(glob: str) -> list[str]:
    """``a.{yml,yaml}`` → ``["a.yml", "a.yaml"]``, nested braces included."""
    start = glob.find("{")
    if start < 0:
        return [glob]
    depth = 0
    for end in range(start, len(glob)):
        depth += {"{": 1, "}": -1}.get(glob[end], 0)
        if depth == 0:
            break
    else:
        return [glob]  # an unbalanced brace is a literal character
    head, body, tail = glob[:start], glob[start + 1 : end], glob[end + 1 :]
    return [
        expanded
        for choice in _split_top_level(body)
        for expanded in expand_braces(head + choice + tail)
    ]


def _split_top_level(body: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in body:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def glob_to_regex(glob: str) -> str:
    """The regular expression (without anchors) for one brace-free glob.

    A glob without ``/`` matches a file name at any depth; a leading ``/`` only anchors.
    """
    anchored = "/" in glob.rstrip("/")
    glob = glob.lstrip("/")
    if not anchored:
        glob = "**/" + glob
    out, index = [], 0
    while index < len(glob):
        if glob.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif glob.startswith("**", index):
            out.append(".*")
            index += 2
        else:
            token, index = _token(glob, index)
            out.append(token)
    return "".join(out)


def _token(glob: str, index: int) -> tuple[str, int]:
    char = glob[index]
    if char == "*":
        return "[^/]*", index + 1
    if char == "?":
        return "[^/]", index + 1
    if char == "[":
        end = glob.find("]", index + 2)
        if end > 0:
            body = glob[index + 1 : end].replace("\\", "\\\\")
            if body.startswith("!"):
                body = "^" + body[1:]
            return f"[{body}]", end + 1
    return re.escape(char), index + 1


def index_key(glob: str) -> tuple[str, str]:
    """``("name", file name)``, ``("ext", extension)`` or ``("any", "")`` for one glob."""
    last = glob.rstrip("/").rsplit("/", 1)[-1]
    if last and not _WILDCARDS & set(last):
        return "name", last
    dot = last.rfind(".")
    if dot > 0 and not _WILDCARDS & set(last[dot + 1 :]) and last[dot + 1 :]:
        return "ext", last[dot + 1 :]
    return "any", ""


def split_name(path: str) -> tuple[str, str]:
    """A path's file name and extension, as `index_key` sees them."""
    name = path[path.rfind("/") + 1 :]
    dot = name.rfind(".")
    return name, name[dot + 1 :] if dot > 0 else ""


@dataclass(frozen=True)
class Matcher:
    """Labels (signals, manifest kinds) with their globs, indexed for speed."""

    by_name: Mapping[str, tuple[tuple[Hashable, re.Pattern[str]], ...]]
    by_ext: Mapping[str, tuple[tuple[Hashable, re.Pattern[str]], ...]]
    generic: tuple[tuple[Hashable, re.Pattern[str]], ...]

    def labels(self, path: str, name: str, ext: str) -> Iterator[Hashable]:
        """Every label with a glob that matches ``path`` (whose name and extension are given)."""
        for label, regex in self.by_name.get(name, ()):
            if regex.fullmatch(path):
                yield label
        for label, regex in self.by_ext.get(ext, ()):
            if regex.fullmatch(path):
                yield label
        for label, regex in self.generic:
            if regex.fullmatch(path):
                yield label


def build_matcher(globs: Iterable[tuple[Hashable, str]]) -> Matcher:
    """One ``Matcher`` from ``(label, glob)`` pairs; globs of a label under one key are joined."""
    grouped: dict[tuple[str, str], dict[Hashable, list[str]]] = {}
    for label, glob in globs:
        for single in expand_braces(glob):
            key = index_key(single)
            grouped.setdefault(key, {}).setdefault(label, []).append(glob_to_regex(single))
    compiled = {
        key: tuple((label, re.compile("|".join(parts))) for label, parts in labels.items())
        for key, labels in grouped.items()
    }
    return Matcher(
        by_name={value: entry for (kind, value), entry in compiled.items() if kind == "name"},
        by_ext={value: entry for (kind, value), entry in compiled.items() if kind == "ext"},
        generic=compiled.get(("any", ""), ()),
    )


def any_glob(globs: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching a path that any of ``globs`` (or a path below one) matches."""
    parts = [glob_to_regex(single) for glob in globs for single in expand_braces(glob)]
    return re.compile(f"(?:{'|'.join(parts)})(?:/.*)?") if parts else None
