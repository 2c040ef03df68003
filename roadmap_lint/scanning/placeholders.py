"""Test files that test nothing: setup files, and the placeholders project generators leave.

`laravel new` writes two `ExampleTest.php`, `dotnet new xunit` an empty `Test1`, Spring
Initializr an empty `contextLoads`, `rails generate model` a test whose only case is
commented out. A repository whose whole suite is that has no tests of its own. A small suite
(`signals.TEST_MAX_COUNT` files at most) is read to tell; a larger one counts as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from roadmap_lint.scanning import frameworks as known

_HASH_COMMENT = re.compile(r"(?m)^\s*#.*$")
_LINE_COMMENT = re.compile(r"(?m)^\s*//.*$")
_HASH_LANGUAGES = frozenset({"py", "rb", "exs"})
#: Characters of a test file looked at: a placeholder is short.
_READ = 65536


def only_placeholders(paths: Sequence[str], contents: Mapping[str, bytes]) -> bool:
    """True when every one of ``paths`` was read and tests nothing of its own."""
    return all(
        path in contents and _placeholder(path, contents[path][:_READ].decode("utf-8", "replace"))
        for path in paths
    )


def _placeholder(path: str, text: str) -> bool:
    extension = path.rpartition(".")[2].lower()
    definitions = _definitions(extension)
    if definitions is None:
        return False  # a language we cannot read: trust the file
    code = _without_comments(extension, text)
    count = len(definitions.findall(code))
    if count == 0:
        return True
    name = path.rpartition("/")[2]
    generated = _generated().search(code) or re.match(known.PLACEHOLDER_NAMES, name)
    return count <= known.PLACEHOLDER_MAX_TESTS and generated is not None


def _without_comments(extension: str, text: str) -> str:
    if extension in _HASH_LANGUAGES:
        return _HASH_COMMENT.sub("", text)
    return _LINE_COMMENT.sub("", _without_blocks(text))


def _without_blocks(text: str) -> str:
    """``text`` less its `/* ... */` comments, in one pass (a regex could go quadratic on
    many unclosed openers)."""
    kept, index = [], 0
    while (start := text.find("/*", index)) >= 0:
        kept.append(text[index:start])
        end = text.find("*/", start + 2)
        if end < 0:
            return "".join(kept)
        index = end + 2
    return "".join(kept) + text[index:]


@functools.lru_cache(maxsize=32)
def _definitions(extension: str) -> re.Pattern[str] | None:
    pattern = known.TEST_DEFINITIONS.get(extension)
    return re.compile(pattern, re.MULTILINE) if pattern else None


@functools.lru_cache(maxsize=1)
def _generated() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in known.PLACEHOLDER_TESTS))
