"""Read a YAML file into plain data plus a map from JSON pointer to line:column.

PyYAML's composer (the C one when libyaml is present) gives nodes with marks; this module builds
the data from those nodes itself, so that it can see what plain ``yaml.safe_load`` hides:
duplicate keys, alias bombs, unsupported tags, and where each value came from.
"""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.files import NotRegularFile, read_regular
from roadmap_lint.loading.pointers import join

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
_TAG_HINT = "remove the tag; a roadmap holds only plain text, numbers, dates and lists"
_INT_TAG = "tag:yaml.org,2002:int"
#: Longest integer literal read as a number. Longer ones stay text (which the schema refuses):
#: Python will not print an integer of more than 4,300 digits, and the base-60 form
#: (``1:59:59:…``) makes PyYAML multiply ever larger numbers, in quadratic time.
MAX_NUMBER_CHARS = 32


#: The kinds of problem the loader finds: the file cannot be read as YAML data at all
#: (syntax, encoding, size, tags, caps), or a mapping repeats a key.
UNREADABLE = "unreadable"
DUPLICATE_KEY = "duplicate-key"


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile file from exhausting memory or time."""

    max_bytes: int = 1024 * 1024
    max_nodes: int = 50_000
    max_depth: int = 64


@dataclass(frozen=True)
class ParseProblem:
    """Something wrong with the file itself, found while loading; ``kind`` says what."""

    kind: str
    message: str
    hint: str
    line: int
    column: int
    pointer: str = ""


@dataclass
class Document:
    """A loaded YAML file; ``data`` is None when the file could not be parsed at all."""

    path: Path
    text: str = ""
    data: Any = None
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    problems: list[ParseProblem] = field(default_factory=list)
    #: what the caps measured: YAML events read, values built (aliases counted each time),
    #: and the deepest level reached
    events: int = 0
    values: int = 0
    depth: int = 0

    @property
    def parsed(self) -> bool:
        return not any(problem.kind == UNREADABLE for problem in self.problems)

    def locate(self, pointer: str, *, key: bool = False) -> tuple[int, int]:
        """Line and column of ``pointer``'s value (or its key), else of its nearest ancestor."""
        if key and pointer in self.key_positions:
            return self.key_positions[pointer]
        while pointer:
            if pointer in self.positions:
                return self.positions[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return self.positions.get("", (1, 1))


#: What to do when the named file is not there, unless the caller knows better.
MISSING_ROADMAP_HINT = "give the roadmap's path, or run `init`"


def read_document(
    path: Path, limits: Limits = Limits(), *, missing_hint: str = MISSING_ROADMAP_HINT
) -> Document:
    """Load ``path``; problems with the content become ``ParseProblem``s, never exceptions.

    Raises ``UserError`` only when there is no file to read (with ``missing_hint`` when
    there is no file at all).
    """
    return load_bytes(_read_bytes(path, limits, missing_hint), path, limits)


def load_bytes(raw: bytes, path: Path, limits: Limits = Limits()) -> Document:
    """Load a roadmap's bytes, read from a file or from standard input; ``path`` names it."""
    document = Document(path=path)
    text = _decode(raw, document, limits)
    if text is None:
        return document
    document.text = text
    node = _compose(text, document, limits)
    if node is not None:
        _Builder(document, limits).build(node)
    return document


def parse_text(text: str, path: Path, limits: Limits = Limits()) -> Document:
    """Load YAML already in memory (a blob from git history, a test case)."""
    document = Document(path=path, text=text)
    node = _compose(text, document, limits)
    if node is not None:
        _Builder(document, limits).build(node)
    return document


def _read_bytes(path: Path, limits: Limits, missing_hint: str) -> bytes:
    if not path.exists():
        raise UserError(f"{path}: no such file", hint=missing_hint)
    try:
        return read_regular(path, limits.max_bytes)
    except NotRegularFile as error:
        raise UserError(f"{path}: {error.strerror}", hint="give the roadmap file itself") from None
    except OSError as error:
        raise UserError(f"{path}: cannot read: {error.strerror or error}") from None


_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


def _decode(raw: bytes, document: Document, limits: Limits) -> str | None:
    def fail(message: str, hint: str, line: int = 1, column: int = 1) -> None:
        document.problems.append(ParseProblem(UNREADABLE, message, hint, line, column))

    if len(raw) > limits.max_bytes:
        fail(
            f"the file is larger than {limits.max_bytes // 1024} KiB; a roadmap never needs that",
            "split notes out of the roadmap, or check that this is the right file",
        )
        return None
    for bom, name in _BOMS.items():
        if raw.startswith(bom):
            fail(f"the file is {name}-encoded; roadmaps must be UTF-8", "re-save it as UTF-8")
            return None
    if b"\x00" in raw:
        line, column = _position_of(raw, raw.index(b"\x00"))
        fail(
            "the file contains NUL bytes: it looks binary, not YAML",
            "point at a text file",
            line,
            column,
        )
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _position_of(raw, error.start)
        fail("the file is not valid UTF-8", "re-save it as UTF-8", line, column)
        return None


def _position_of(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode("utf-8", "replace")) + 1


def _compose(text: str, document: Document, limits: Limits) -> yaml.Node | None:
    try:
        if _too_many_events(text, document, limits):
            return None
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        message, hint, (line, column) = _explain(error, text)
        document.problems.append(ParseProblem(UNREADABLE, message, hint, line, column))
    except yaml.reader.ReaderError as error:
        line, column = _text_position(text, error.position)
        message = f"character U+{error.character:04X} is not allowed in YAML"
        hint = "remove control characters; roadmaps are plain text"
        document.problems.append(ParseProblem(UNREADABLE, message, hint, line, column))
    except yaml.YAMLError as error:
        document.problems.append(ParseProblem(UNREADABLE, f"not valid YAML: {error}", "", 1, 1))
    except RecursionError:
        document.problems.append(
            ParseProblem(UNREADABLE, "the YAML is nested too deeply to read", "flatten it", 1, 1)
        )
    return None


def _too_many_events(text: str, document: Document, limits: Limits) -> bool:
    """Count the parser's events first, and refuse a document with too many before a single
    node is composed: composing a megabyte of ``[0,0,0,...]`` takes seconds, counting its
    events a tenth of that. Each value brings at most two events (itself and its key, or its
    start and its end), so a document with more than twice the value cap is over it."""
    most = 2 * limits.max_nodes + 4  # and the stream's and document's start and end
    for document.events, event in enumerate(yaml.parse(text, Loader=_Loader), 1):
        if document.events > most:
            line, column = _mark(event)
            message = f"the document holds more than {limits.max_nodes} values"
            hint = "a roadmap holds a few hundred values; move notes and data out of it"
            document.problems.append(ParseProblem(UNREADABLE, message, hint, line, column))
            return True
    return False


def _text_position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@dataclass(frozen=True)
class _Mistake:
    """A common slip, told by the parser's complaint; ``at_cause`` points at where the
    construct began (the key, the opening quote) rather than where the parser gave up."""

    #: the parser's complaint, in the words of the C loader or of the Python one
    problems: tuple[str, ...]
    context: str
    at_cause: bool
    message: str
    hint: str
    #: told apart by the line the parser stopped on: how it starts, or what it holds
    line_starts: str = ""
    line_has: str = ""
    earlier_on_line: str = ""

    def fits(self, problem: str, context: str, line: str, column: int) -> bool:
        return (
            any(words in problem for words in self.problems)
            and self.context in context
            and line.lstrip().startswith(self.line_starts)
            and self.line_has in line
            and self.earlier_on_line in line[: column - 1]
        )


_MISTAKES = (
    _Mistake(
        ("could not find expected ':'",),
        "simple key",
        True,
        "this key has no colon after it",
        "write `key: value`, with a space after the colon",
    ),
    _Mistake(
        ("end of stream",),
        "quoted scalar",
        True,
        "the quote opened here is never closed",
        "close the quote on the same line, or drop it",
    ),
    _Mistake(
        ("mapping values are not allowed",),
        "",
        False,
        "a colon followed by a space inside a value",
        'put the value in quotes: `next: "Practise this: that"`',
        earlier_on_line=": ",
    ),
    _Mistake(
        ("mapping values are not allowed",),
        "",
        False,
        "this line is indented as if it continued the value above it",
        "line the key up with the keys it belongs with, using spaces only",
    ),
    _Mistake(
        ("but found '?'", "did not find expected '-' indicator"),
        "block collection",
        False,
        "a dash without a space after it",
        "write `- item`, with a space after the dash",
        line_starts="-",
    ),
    _Mistake(
        ("expected <block end>", "did not find expected '-' indicator", "expected key"),
        "block",
        False,
        "this line is indented differently from the lines around it",
        "line it up with the key it belongs to, using spaces only",
    ),
    _Mistake(
        ("expected ',' or '}'",),
        "flow mapping",
        True,
        "the `{` opened here is never closed",
        "close it with `}` before the line ends, or write the mapping in block style",
    ),
    _Mistake(
        ("expected ',' or ']'",),
        "flow sequence",
        True,
        "the `[` opened here is never closed",
        "close it with `]` before the line ends, or write the list in block style",
    ),
    _Mistake(
        ("cannot start any token",),
        "",
        False,
        "a tab where YAML expects spaces",
        "YAML indents with spaces, never tabs",
        line_has="\t",
    ),
)


def _explain(error: yaml.MarkedYAMLError, text: str) -> tuple[str, str, tuple[int, int]]:
    """The message, the hint and the position that help most: at the cause where a common
    mistake tells it, else where the parser gave up, with the parser's own words."""
    problem, context = error.problem or "", error.context or ""
    given_up = _position(error.problem_mark or error.context_mark)
    line = _line(text, given_up[0])
    for mistake in _MISTAKES:
        if not mistake.fits(problem, context, line, given_up[1]):
            continue
        cause = _position(error.context_mark) if mistake.at_cause else given_up
        return f"not valid YAML: {mistake.message}", mistake.hint, cause
    parts = [part for part in (context, problem) if part]
    return "not valid YAML: " + (", ".join(parts) or "syntax error"), "", given_up


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


class _TooBig(Exception):
    def __init__(self, message: str, node: yaml.Node, hint: str) -> None:
        super().__init__(message)
        self.node = node
        self.hint = hint


class _Builder:
    """Turn a node graph into plain data, recording positions and problems on the way."""

    def __init__(self, document: Document, limits: Limits) -> None:
        self.document = document
        self.limits = limits
        self.constructor = SafeConstructor()

    def build(self, root: yaml.Node) -> None:
        try:
            self.document.data = self._value(root, "", 0)
        except _TooBig as error:
            line, column = _mark(error.node)
            self.document.problems.append(
                ParseProblem(
                    UNREADABLE,
                    str(error),
                    error.hint,
                    line,
                    column,
                )
            )
            self.document.data = None

    def _value(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        self.document.values += 1
        self.document.depth = max(self.document.depth, depth)
        if self.document.values > self.limits.max_nodes:
            raise _TooBig(
                f"the document expands to more than {self.limits.max_nodes} values"
                " (an alias bomb?)",
                node,
                "remove the anchors and aliases; a roadmap never needs them nested",
            )
        if depth > self.limits.max_depth:
            raise _TooBig(
                f"the document nests deeper than {self.limits.max_depth} levels",
                node,
                "flatten the structure; a roadmap is a few levels deep",
            )
        self.document.positions.setdefault(pointer, _mark(node))
        if node.tag not in _COLLECTION_TAGS and not isinstance(node, yaml.ScalarNode):
            self._problem(
                UNREADABLE, f"unsupported YAML tag {node.tag!r}", node, pointer, _TAG_HINT
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, pointer, depth)
        if isinstance(node, yaml.SequenceNode):
            return [
                self._value(item, join(pointer, index), depth + 1)
                for index, item in enumerate(node.value)
            ]
        return self._scalar(node, pointer)

    def _mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.update(self._merge_source(value_node, pointer, depth))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(UNREADABLE, "a mapping key must be plain text", key_node, pointer)
                continue
            key = str(key_node.value)
            child = join(pointer, key)
            if key in result:
                first_line = self.document.key_positions[child][0]
                self._problem(
                    DUPLICATE_KEY,
                    f"duplicate key '{key}' (first defined on line {first_line});"
                    " the later value would silently win",
                    key_node,
                    child,
                )
                continue
            self.document.key_positions[child] = _mark(key_node)
            result[key] = self._value(value_node, child, depth + 1)
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _merge_source(self, node: yaml.Node, pointer: str, depth: int) -> dict[str, Any]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[str, Any] = {}
        for source in sources:
            value = self._value(source, pointer, depth + 1)
            if isinstance(value, dict):
                for key, item in value.items():
                    merged.setdefault(key, item)
            else:
                self._problem(
                    UNREADABLE, "a merge key (<<) must point at a mapping", source, pointer
                )
        return merged

    def _scalar(self, node: yaml.Node, pointer: str) -> Any:
        if node.tag == _INT_TAG and len(str(node.value)) > MAX_NUMBER_CHARS:
            return str(node.value)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except ConstructorError:
            self._problem(
                UNREADABLE, f"unsupported YAML tag {node.tag!r}", node, pointer, _TAG_HINT
            )
            return None
        except ValueError:
            return str(node.value)  # an impossible date such as 2026-02-30: the schema says why
        if isinstance(value, dt.datetime):
            return value.isoformat()
        return value

    def _problem(
        self, kind: str, message: str, node: yaml.Node, pointer: str, hint: str = ""
    ) -> None:
        line, column = _mark(node)
        self.document.problems.append(ParseProblem(kind, message, hint, line, column, pointer))


def _mark(node: yaml.Node | yaml.Event) -> tuple[int, int]:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)
