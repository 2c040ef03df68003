"""Globs compiled into one fast path classifier.

A repository may hold 100,000 paths, so each path must cost about a microsecond. Globs are
indexed by what their last segment pins down: an exact file name, or a fixed extension. A
path then only tries the few regular expressions filed under its own name and extension,
plus the handful of globs that pin neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import NamedTuple

_WILDCARDS = frozenset("*?[{")

#: (label, file-name regex) pairs of the folder-tied globs that apply in one folder.
Placed = tuple[tuple[Hashable, "re.Pattern[str]"], ...]


def expand_braces(glob: str) -> list[str]:
    """``a.{yml,yaml}`` → ``["a.yml", "a.yaml"]``, nested braces included."""
    start = glob.find("{")
    if start < 0:
        return [glob]
    end = _closing(glob, start)
    if end < 0:
        return [glob]  # an unbalanced brace is a literal character
    head, body, tail = glob[:start], glob[start + 1 : end], glob[end + 1 :]
    return [
        expanded
        for choice in _split_top_level(body)
        for expanded in expand_braces(head + choice + tail)
    ]


def _split_top_level(body: str) -> list[str]:
    """``a,{b,c},d`` → ``["a", "{b,c}", "d"]``: a comma in nested braces does not split."""
    if "{" not in body:
        return body.split(",")
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        if char == "," and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        else:
            depth += _DEPTH.get(char, 0)
    return [*parts, body[start:]]


def glob_to_regex(glob: str) -> str:
    """The regular expression (without anchors) for one brace-free glob.

    A glob without ``/`` matches a file name at any depth; a leading ``/`` only anchors.
    """
    anchored = "/" in glob.rstrip("/")
    glob = glob.lstrip("/")
    return ("" if anchored else "(?:.*/)?") + _translate(glob)


def _translate(glob: str, *, folder: bool = False) -> str:
    out, index = [], 0
    while index < len(glob):
        if glob[index] == "{" and (end := _closing(glob, index)) > 0:
            choices = _split_top_level(glob[index + 1 : end])
            out.append("(?:" + "|".join(_translate(choice) for choice in choices) + ")")
            index = end + 1
        elif glob.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif folder and glob.startswith("/**", index) and index + 3 == len(glob):
            out.append("(?:/.*)?")  # `tests/**` includes `tests` itself
            index += 3
        elif glob.startswith("**", index):
            out.append(".*")
            index += 2
        elif (plain := _PLAIN.match(glob, index)) is not None:
            # A run of ordinary characters is escaped at once: the index has ~600 globs to
            # translate on every scan, mostly letters.
            out.append(re.escape(plain.group()))
            index = plain.end()
        else:
            token, index = _token(glob, index)
            out.append(token)
    return "".join(out)


#: Characters with no meaning in a glob, up to the next one that may have one.
_PLAIN = re.compile(r"[^*?\[{/]+")


def _closing(glob: str, start: int) -> int:
    """The index of the `}` closing the `{` at ``start``; -1 when it is never closed."""
    depth = 0
    for end in range(start, len(glob)):
        depth += _DEPTH.get(glob[end], 0)
        if depth == 0:
            return end
    return -1


_DEPTH = {"{": 1, "}": -1}


class PathRule(NamedTuple):
    """One glob with a brace-free file name, split for matching (braces in the folder part
    stay alternatives of one expression: `**/{k8s,helm}/**/*.yaml` is one rule, not two).

    The parts stay globs until a bucket first needs them (`_name_regex`, `_folder_regex`):
    a tree meets the globs of a few buckets only, and translating all of them cost 2 ms.
    """

    label: Hashable
    #: glob for the folder; None when any folder will do
    folder: str | None
    #: glob for the file name
    name: str
    #: folder names one of which the path must contain for ``folder`` to match ("" for the
    #: top folder); None if none is fixed
    anchors: frozenset[str] | None


def split_glob(label: Hashable, glob: str) -> PathRule:
    """A glob (braces only in its folder part) as a `PathRule`: folder, file name, anchors."""
    folder, slash, name = glob.rpartition("/")
    if not slash:
        return PathRule(label, None, name, None)
    folder = folder.lstrip("/")
    fixed = [choices for part in folder.split("/") if (choices := _fixed(part))]
    # The top folder splits into [""]: naming it lets every other folder skip the glob.
    anchors = fixed[-1] if fixed else frozenset({""}) if not folder else None
    return PathRule(label, folder, name, anchors)


@functools.lru_cache(maxsize=4096)
def _name_regex(glob: str) -> str:
    """The regex for a file-name glob of a `PathRule` (a `*` never crosses a `/`)."""
    return _translate(glob).replace(".*", "[^/]*")


@functools.lru_cache(maxsize=4096)
def _folder_regex(glob: str) -> str:
    """The regex for a folder glob of a `PathRule` (`tests/**` includes `tests`)."""
    return _translate(glob, folder=True)


def _fixed(part: str) -> frozenset[str] | None:
    """The names a folder part stands for (`src`; `{k8s,helm}`), None if it has wildcards."""
    choices = _split_top_level(part[1:-1]) if part[:1] == "{" and part[-1:] == "}" else [part]
    if not part or any(not choice or _WILDCARDS & set(choice) for choice in choices):
        return None
    return frozenset(choices)


def expand_name(glob: str) -> list[str]:
    """``glob`` with the braces of its file name expanded (each file name has its own index
    key); braces in the folder part are kept, unless one spans a `/`."""
    folder, slash, name = glob.rpartition("/")
    if slash and folder.count("{") == folder.count("}"):
        return [f"{folder}/{single}" for single in expand_braces(name)]
    return expand_braces(glob)


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
    """Where a glob is filed: under its exact file name, its extension, the first three
    letters of its file name, or nowhere in particular (``("any", "")``)."""
    last = glob.rstrip("/").rsplit("/", 1)[-1]
    if last and not _WILDCARDS & set(last):
        return "name", last
    dot = last.rfind(".")
    if dot > 0 and last[dot + 1 :] and not _WILDCARDS & set(last[dot + 1 :]):
        return "ext", last[dot + 1 :]
    if len(last) >= 3 and not _WILDCARDS & set(last[:3]):
        return "prefix", last[:3]
    return "any", ""


def split_name(path: str) -> tuple[str, str]:
    """A path's file name and extension, as `index_key` sees them (`.env` has none)."""
    name = path.rpartition("/")[2]
    stem, _, ext = name.rpartition(".")
    return name, ext if stem else ""


class Bucket:
    """The globs filed under one key, split into a folder part and a file-name part.

    Globs for any folder are tested on the file name alone, with one combined expression
    (`quick`). Globs tied to folders (`**/migrations/*.py`) are tested once per distinct
    folder, and only when the folder contains a name they need (`migrations`): a repository
    has far fewer folders than files, and few folders with such names.
    Regular expressions are compiled on first use; most buckets never see a path, and globs
    that only use `*` are tested by hand for a bucket's first paths (`_COMPILE_AFTER`).
    """

    def __init__(self, rules: list[PathRule]) -> None:
        self._rules = rules
        #: folder → the (label, file-name regex) pairs whose folder part matches it
        self.folders: dict[str, Placed] = {}
        #: `fullmatch` of all any-folder globs together; None when there are none
        self.quick: Callable[[str], object] | None = None
        self.label_set = frozenset(rule.label for rule in rules)
        placed = [rule for rule in rules if rule.folder is not None]
        #: folder names one of which a folder needs for any folder-tied glob to apply
        self.anchors = anchors_of(rule.anchors for rule in placed)
        self._names: tuple[tuple[Hashable, NameTest], ...] | None = None
        self._placed = placed
        self._ready = False
        self._anywhere = [rule.name for rule in rules if rule.folder is None]

    def without(self, labels: set[Hashable]) -> Bucket | None:
        """This bucket less the globs of ``labels``; None when nothing is left.

        Cheap: `re` caches the compiled expressions the new bucket asks for again.
        """
        rules = [rule for rule in self._rules if rule.label not in labels]
        return Bucket(rules) if rules else None

    def placed_in(self, folder: str) -> Placed:
        """The folder-tied globs that apply in ``folder`` (cached)."""
        placed = self.folders.get(folder)
        if placed is None:
            if not self._ready:
                self._compile()
            parts = folder.split("/")
            if self.anchors is not None and self.anchors.isdisjoint(parts):
                placed = ()
            else:  # a rule's regexes are compiled only once a folder has its anchor
                placed = tuple(
                    (rule.label, _regex(_name_regex(rule.name)))
                    for rule in self._placed
                    if (rule.anchors is None or not rule.anchors.isdisjoint(parts))
                    and _regex(_folder_regex(rule.folder or "")).fullmatch(folder)
                )
            self.folders[folder] = placed
        return placed

    def labels(self, folder: str, name: str) -> list[Hashable]:
        """Every label of this bucket whose glob matches ``folder/name``."""
        found = [label for label, regex in self.placed_in(folder) if regex.fullmatch(name)]
        if self.quick is not None and self.quick(name):
            found += [label for label, test in self._label_names() if test(name)]
        return found

    def _label_names(self) -> tuple[tuple[Hashable, NameTest], ...]:
        """Each label's any-folder globs as one test, made on the first match."""
        if self._names is None:
            anywhere: dict[Hashable, list[str]] = {}
            for rule in self._rules:
                if rule.folder is None:
                    anywhere.setdefault(rule.label, []).append(rule.name)
            self._names = tuple((label, name_test(globs)) for label, globs in anywhere.items())
        return self._names

    def _compile(self) -> None:
        if self._anywhere:
            self.quick = self._by_hand_first()
        self._ready = True

    def _by_hand_first(self) -> NameTest:
        """`quick` for the bucket's first paths; then the compiled expression takes over."""
        by_hand, left = name_test(self._anywhere), _COMPILE_AFTER

        def quick(name: str) -> object:
            nonlocal left
            left -= 1
            if left <= 0:  # `<=`: buckets are shared by the threads of `check`
                combined = "|".join(_name_regex(glob) for glob in self._anywhere)
                self.quick = _regex(combined).fullmatch
            return by_hand(name)

        return quick


#: A test of a file name: truthy when it matches.
NameTest = Callable[[str], object]

#: Paths a bucket tests its `*`-only globs on by hand before it compiles them into one
#: expression: compiling a bucket of forty globs costs more than a millisecond, and most
#: buckets a tree uses see only a few of its paths (its one `ci.yml`, its `package.json`).
_COMPILE_AFTER = 32


def name_test(globs: list[str]) -> NameTest:
    """A test of a file name against file-name ``globs``: the globs that only use `*` by
    string methods, the others (`[Oo]pen[Aa][Pp][Ii]*.yml`) by one compiled expression."""
    plain, rest = [], []
    for glob in globs:
        if _NOT_PLAIN & set(glob):
            rest.append(_name_regex(glob))
        else:
            plain.append(glob.split("*"))
    other = _regex("|".join(rest)).fullmatch if rest else None

    def test(name: str) -> bool:
        if any(_plain_match(parts, name) for parts in plain):
            return True
        return other is not None and other(name) is not None

    return test


_NOT_PLAIN = frozenset("?[{\\")


def _plain_match(parts: list[str], name: str) -> bool:
    """``name`` matches the glob ``"*".join(parts)`` (each `*` any run of characters)."""
    if len(parts) == 1:
        return name == parts[0]
    first, last = parts[0], parts[-1]
    if len(name) < len(first) + len(last):
        return False
    if not name.startswith(first) or not name.endswith(last):
        return False
    start, end = len(first), len(name) - len(last)
    for part in parts[1:-1]:  # the leftmost place of each is as good as any
        found = name.find(part, start, end)
        if found < 0:
            return False
        start = found + len(part)
    return True


def anchors_of(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """All the folder names in ``sets`` (each what one glob needs); None when one of them is
    None, a glob that applies in any folder."""
    names: set[str] = set()
    for anchors in sets:
        if anchors is None:
            return None
        names |= anchors
    return frozenset(names)


class Matcher(NamedTuple):
    """Labels (signals, manifest kinds) with their globs, indexed by `index_key`."""

    by_name: Mapping[str, Bucket]
    by_ext: Mapping[str, Bucket]
    by_prefix: Mapping[str, Bucket]
    generic: Bucket | None


@functools.lru_cache(maxsize=4096)
def _regex(pattern: str) -> re.Pattern[str]:
    """One compiled expression per pattern, shared by every bucket (a retired label makes new
    buckets that ask for the same ones again; `re`'s own cache holds only 512)."""
    return re.compile(pattern)


def build_matcher(globs: Iterable[tuple[Hashable, str]]) -> Matcher:
    """One ``Matcher`` from ``(label, glob)`` pairs."""
    grouped: dict[tuple[str, str], list[PathRule]] = {}
    for label, glob in globs:
        for single in expand_name(glob):
            grouped.setdefault(index_key(single), []).append(split_glob(label, single))
    buckets = {key: Bucket(rules) for key, rules in grouped.items()}

    def of(kind: str) -> dict[str, Bucket]:
        return {value: bucket for (k, value), bucket in buckets.items() if k == kind}

    return Matcher(of("name"), of("ext"), of("prefix"), buckets.get(("any", "")))


def any_glob(globs: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching a path that any of ``globs`` (or a path below one) matches."""
    parts = [glob_to_regex(single) for glob in globs for single in expand_braces(glob)]
    return re.compile(f"(?:{'|'.join(parts)})(?:/.*)?") if parts else None
