r"""The vocabulary compiled once into one regular expression, and the checks on each hit.

One expression, so that a posting is scanned in a single pass whatever the vocabulary's size.
The spellings are merged into a trie (``c(?:\+\+|#|...)``): at each position the engine tries
only the spellings that begin with the character found there, instead of every spelling in
turn. The text is folded to lower case first (``terms.fold`` keeps offsets), which is
cheaper than matching case-insensitively; spellings that must match as written are checked
against the original text afterwards.

Boundaries: a spelling must not touch a letter, digit or underscore before it, nor after it
those or ``+`` or ``#``; so ``C`` is not found in ``C++`` or ``C#``, ``Java`` not in
``JavaScript``, ``SQL`` not in ``NoSQL`` or ``MySQL``, and nothing inside "platform". A
spelling that ends in a symbol may be followed by digits (``C++17``). Where spellings overlap,
the longest one found at a place wins ("SQL Server" over "SQL").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from roadmap_lint.postings.terms import Term, fold, normalise
from roadmap_lint.postings.vocabulary import Vocabulary

_FLEX = r"[\s-]+"  # a space in a spelling: any run of spaces, hyphens or line breaks
_AFTER_WORD = r"(?![\w+#])"
_AFTER_SYMBOL = r"(?![^\W\d]|[+#])"
_SHAPE = re.compile(r"[\s-]+")

# Characters skipped when looking back for the start of a sentence: spaces, list bullets,
# Markdown emphasis and heading marks, opening quotes and brackets.
_DECORATION = " \t*_>#•·-–—\"'“‘([+"
_SENTENCE_ENDS = ".!?:\n\r"
_LOOK_BACK = 12  # decoration longer than this is not a bullet; stop looking

#: After a capitalised common word at the start of a sentence: what makes it a technology
#: ("Go developer", "Go, Rust", "Go 1.22", "Go" alone on a list line) and not the verb.
_TECHNICAL_CONTEXT = re.compile(
    r"[ \t]*(?:$|[\r\n,/&(+;]|\d"
    r"|(?:and|or|developers?|engineers?|engineering|programmers?|programming|language|code"
    r"|codebase|services?|microservices|back-?end|apis?|applications?|apps?|stack|experience"
    r"|expertise|knowledge|skills|proficiency|modules|frameworks?|ecosystem|tooling"
    r"|projects?|teams?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Spelling:
    """One spelling of a term: which term, how it is written, and how strictly it matches."""

    term: int  # index into ``Vocabulary.terms``
    shape: str  # as written in the vocabulary, separators made single spaces
    common_word: bool
    capitalised: bool  # a common word written Like-This: the sentence-start rule applies


@dataclass(frozen=True)
class Compiled:
    """The vocabulary ready to scan with: the expression, and what each hit means."""

    pattern: re.Pattern[str]  # a non-word character, then a spelling (group 1)
    leading: re.Pattern[str]  # a spelling, for the very start of the text
    spellings: dict[str, Spelling]  # by ``normalise``d text
    # term index → its exclusion phrases, and how far around a hit one of them can reach
    excludes: dict[int, tuple[re.Pattern[str], int]]


@lru_cache(maxsize=4)
def compile_vocabulary(vocabulary: Vocabulary) -> Compiled:
    """Compile ``vocabulary`` (cached: a run that matches twice compiles once)."""
    spellings: dict[str, Spelling] = {}
    root = _Node()
    for index, term in enumerate(vocabulary.terms):
        for text, spelling in _spellings(index, term):
            spellings[normalise(text)] = spelling
            root.insert(_written(text))
    excludes = {
        index: _exclusions(term.exclude)
        for index, term in enumerate(vocabulary.terms)
        if term.exclude
    }
    # A spelling starts after a character that is not part of a word. Matching that character
    # (rather than looking behind for it) lets the engine jump from one such character to the
    # next, over whole words at once; the lookahead then rules out, in one test, the places
    # where no spelling starts, before the trie is walked.
    trie = f"(?=[{re.escape(''.join(sorted(root.children)))}])" + root.emit()
    return Compiled(re.compile(rf"[^\w]({trie})"), re.compile(trie), spellings, excludes)


def find_terms(
    text: str, folded: str, compiled: Compiled, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, int]]:
    """``(start, end, term index)`` of each mention in ``text[start:end]``, in order.

    ``folded`` is ``fold(text)``; the search runs on it, the case checks on ``text``.
    """
    spellings, excludes = compiled.spellings, compiled.excludes
    for begin, finish in _hits(folded, compiled, start, len(folded) if end is None else end):
        written = folded[begin:finish]
        # Most hits are one word, already their own key; only the others need normalising.
        spelling = spellings.get(written) or spellings.get(normalise(written))
        if spelling is None:  # pragma: no cover - every branch of the trie is a spelling
            continue
        if spelling.common_word and not _used_as_name(text, begin, finish, spelling):
            continue
        excluded = excludes.get(spelling.term)
        if excluded and _inside(*excluded, folded, begin, finish):
            continue
        yield begin, finish, spelling.term


def _hits(folded: str, compiled: Compiled, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of spellings in ``folded[start:end]``.

    The character before ``start`` (a line break, or nothing at the very start) separates like
    any other non-word character, and so does the last character of a mention ("C#.NET").
    """
    position = max(start - 1, 0)
    first = compiled.leading.match(folded, 0, end) if start == 0 else None
    if first is not None:
        yield first.span()
        position = first.end() - 1
    while (hit := compiled.pattern.search(folded, position, end)) is not None:
        yield hit.span(1)
        position = hit.end(1) - 1


def _spellings(index: int, term: Term) -> Iterator[tuple[str, Spelling]]:
    """Each spelling of ``term`` with how it matches; a common word is always strict."""
    words = {normalise(word): word for word in term.common_words}
    for text in term.spellings:
        written = words.get(normalise(text), text)
        word = normalise(text) in words
        capitalised = word and written[:1].isupper() and written[1:] == written[1:].lower()
        yield text, Spelling(index, _SHAPE.sub(" ", written), word, capitalised)


def _written(text: str) -> str:
    """A spelling as the trie holds it: folded, each run of spaces one (flexible) space.

    A hyphen stays a hyphen, so "T-SQL" does not find "don't SQL"; a space also finds a
    hyphen, so "unit testing" finds "unit-testing".
    """
    return " ".join(fold(text).split())


def _used_as_name(text: str, start: int, end: int, spelling: Spelling) -> bool:
    """A common word counts only as written, and not as a capitalised sentence opener.

    "Go" mid-sentence is the language (the verb would be "go"); "Go" opening a sentence or a
    bullet is the language only when something technical follows ("Go developer", "Go, Rust").
    """
    original = text[start:end]
    if original != spelling.shape and _SHAPE.sub(" ", original) != spelling.shape:
        return False  # the usual case: "go", "rest", lower-case
    if not spelling.capitalised or not _opens_sentence(text, start):
        return True
    return _TECHNICAL_CONTEXT.match(text, end) is not None


def _opens_sentence(text: str, start: int) -> bool:
    position = start - 1
    while position >= max(0, start - _LOOK_BACK) and text[position] in _DECORATION:
        position -= 1
    return position < 0 or position < start - _LOOK_BACK or text[position] in _SENTENCE_ENDS


def _exclusions(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    """One term's exclusion phrases as one pattern, and how far around a hit they reach."""
    # Longest first, so that "shipping containers" is tried before "shipping container".
    ordered = sorted(phrases, key=len, reverse=True)
    reach = 2 * len(ordered[0]) + 8  # separators may be longer than the single spaces written
    openers = re.escape("".join(sorted({fold(phrase)[0] for phrase in ordered})))
    alternatives = "|".join(_phrase(phrase) for phrase in ordered)
    return re.compile(f"(?=[{openers}])(?:{alternatives})"), reach


def _inside(excluded: re.Pattern[str], reach: int, folded: str, start: int, end: int) -> bool:
    """Whether an exclusion phrase covers the whole hit ("let go" covers "go")."""
    for phrase in excluded.finditer(folded, max(0, start - reach), end + reach):
        if phrase.start() <= start and end <= phrase.end():
            return True
    return False


def _phrase(phrase: str) -> str:
    """An exclusion phrase as a pattern, written like a spelling, a word boundary on its left."""
    return (r"(?<!\w)" if phrase[:1].isalnum() else "") + _pattern_of(_written(phrase))


def _pattern_of(text: str) -> str:
    return "".join(_FLEX if char == " " else re.escape(char) for char in text)


class _Node:
    """A trie of folded spellings; ``emit`` writes it as one regular expression."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end: str | None = None  # the boundary check when a spelling ends here

    def insert(self, key: str) -> None:
        node = self
        for char in key:
            node = node.children.setdefault(char, _Node())
        node.end = _AFTER_WORD if key[-1].isalnum() or key[-1] == "_" else _AFTER_SYMBOL

    def emit(self) -> str:
        # Longer spellings come first (the end of this one is the last branch), so the engine
        # prefers "sql server" to "sql" and backtracks to the shorter one when needed.
        branches = [
            _pattern_of(char) + child.emit() for char, child in sorted(self.children.items())
        ]
        if self.end is not None:
            branches.append(self.end)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
