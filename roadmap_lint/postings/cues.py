r"""Inside one line: which mentions are negated ("no Kubernetes needed") or nice to have.

A cue is a phrase with an effect, a direction and a reach. A forward cue ("no", "you don't
need", "bonus points for") reaches the first mention after it; a backward cue ("is a plus",
"not required") the last mention before it. The reach is a few words, and it stops at
punctuation and at words that open a new clause ("but", "however", "while"), so the "no" in
"No on-call rota, lots of Go" does not reach Go; a comma stops it only when more than one
word follows it ("you don't need React, Docker" reaches Docker over an item the vocabulary
does not know). From that mention the effect spreads along the list it belongs to ("you
don't need Kafka, RabbitMQ or SQS": all three), because a list joined by commas, slashes,
"and" and "or" is one object of the cue. Cues such as "ideally" or "a plus if" reach every
mention to the end of their clause instead ("ideally you have used Terraform and Ansible").

The table is data: a new phrasing is one row. Rows earlier in the table win where two cues
start at one place ("not required:" as a label before plain "not"). A negation beats a
nice-to-have on the same mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from roadmap_lint.postings.sections import Kind


@dataclass(frozen=True)
class _Cue:
    effect: Kind  # NEGATED or NICE
    forward: bool
    backward: bool
    reach: int  # words allowed between the cue and the mention
    clause: bool = False  # forward to every mention up to the clause's end, not one list
    past_commas: bool = False  # reaches back over a comma and "but" ("X, but it's optional")


_NOT_NEEDED = r"(?:strictly\s+|really\s+)?(?:required|needed|necessary|expected|mandatory|used"
_NOT_NEEDED += r"|a\s+(?:requirement|must|prerequisite))\b"
_NICE_WORD = r"(?:plus|bonus|advantage)"

_TABLE: tuple[tuple[_Cue, str], ...] = (
    # Negations. "Not required: Scala" is a label pointing forward; "Scala is not required",
    # "Scala isn't needed" point back; every other negation points forward.
    (_Cue(Kind.NEGATED, True, False, 6), r"\bnot\s+(?:required|needed)\s*:"),
    (
        _Cue(Kind.NEGATED, False, True, 3),
        r"\b(?:(?:is|are)\s+not|isn't|aren't|not|never)\s+" + _NOT_NEEDED,
    ),
    (
        _Cue(Kind.NEGATED, False, True, 2, past_commas=True),
        r"\b(?:it|they|this|that)(?:'s|'re|\s+is|\s+are)\s+not\s+" + _NOT_NEEDED,
    ),
    (
        _Cue(Kind.NEGATED, True, False, 4),
        r"\b(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|wouldn't"
        r"|haven't|hasn't|never|without|neither|nor)\b",
    ),
    (
        _Cue(Kind.NEGATED, True, False, 4),
        r"\bnot\b(?!\s+(?:only|just|limited|merely|afraid|shy|sure)\b)",
    ),
    (_Cue(Kind.NEGATED, True, False, 4), r"\bno\b(?!\s+(?:matter|doubt|two)\b)(?!-)"),
    # Nice to have. A "plus if" or "helpful if" points forward; "(preferred)" back.
    (
        _Cue(Kind.NICE, True, False, 6, clause=True),
        r"\b(?:a|an)\s+(?:\w+\s+)?" + _NICE_WORD + r"\s+(?:if|when)\b",
    ),
    (
        _Cue(Kind.NICE, True, False, 6, clause=True),
        r"\b(?:it(?:'s|\s+is|\s+would\s+be)\s+)?(?:helpful|useful|great|nice|ideal)\s+if\b",
    ),
    (
        _Cue(Kind.NICE, True, False, 6, clause=True),
        r"\b(?:bonus|extra|brownie)\s+points\b(?:\s+(?:if|for))?|\bbonus\s+(?:if|for)\b",
    ),
    (
        _Cue(Kind.NICE, False, True, 1),
        r"\(\s*(?:(?:a|is)\s+)?(?:big\s+)?(?:plus|bonus|nice[\s-]to[\s-]have|preferred|optional"
        r"|ideally|desirable)\s*\)",
    ),
    (_Cue(Kind.NICE, True, True, 4), r"\b(?:nice|good|great)[\s-]to[\s-]have\b"),
    (_Cue(Kind.NICE, True, True, 6, clause=True), r"\b(?:ideally|preferably|optionally)\b"),
    (_Cue(Kind.NICE, True, True, 3), r"\bpreferred\b"),
    (
        _Cue(Kind.NICE, False, True, 4),
        r"\b(?:(?:is|are|would\s+be|will\s+be|as)\s+)?(?:a|an)\s+(?:\w+\s+)?" + _NICE_WORD + r"\b",
    ),
    (
        _Cue(Kind.NICE, False, True, 3),
        r"\b(?:welcome|appreciated|desirable|helpful|useful|optional|beneficial)\b",
    ),
)
_CUES = tuple(cue for cue, _ in _TABLE)
# Every cue opens a word with one of these characters (or is a parenthesis); testing that first
# lets the engine pass over most places in a line without trying each row.
_OPENERS = r"(?<!\w)(?=[abdeghinoptuw(])"
_PATTERN = re.compile(
    _OPENERS + "(?:" + "|".join(f"(?P<c{i}>{row})" for i, (_, row) in enumerate(_TABLE)) + ")"
)

#: What ends a cue's reach: punctuation, a spaced dash, a word that opens a new clause.
_BREAK = re.compile(
    r"[.;:!?()\[\]|,]|\s[-–—]\s|\b(?:but|however|although|though|whereas|while|instead|yet"
    r"|except|unless)\b"
)
_SENTENCE_BREAK = re.compile(r"[.;:!?]")
#: What joins the items of a list.
_LIST_JOINS = re.compile(r"[,/&+]|\b(?:and|or|nor|etc)\b")
#: What may stand between two mentions of one clause: anything but a break.
_CLAUSE_GAP = re.compile(r"(?:(?![.;:!?()\[\]|]|\s[-–—]\s|\b(?:but|however|while)\b).)*", re.S)


def cue_effects(line: str, spans: list[tuple[int, int]]) -> list[Kind | None]:
    """For each mention in ``line`` (folded text), NEGATED, NICE or None (no cue reaches it).

    ``spans`` are the mentions' ``(start, end)`` offsets in ``line``, in order.
    """
    effects: list[Kind | None] = [None] * len(spans)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    for hit in _PATTERN.finditer(line):
        cue = _CUES[int(str(hit.lastgroup)[1:])]
        if cue.forward:
            index = bisect_left(starts, hit.end())
            if index < len(spans) and _within(line[hit.end() : starts[index]], cue, True):
                _spread(effects, line, spans, index, 1, cue)
        if cue.backward:
            index = bisect_right(ends, hit.start()) - 1
            if index >= 0 and _within(line[ends[index] : hit.start()], cue, False):
                _spread(effects, line, spans, index, -1, cue)
    return effects


def _within(gap: str, cue: _Cue, forward: bool) -> bool:
    """Whether a cue reaches over ``gap`` to a mention."""
    if len(gap.split()) > cue.reach:
        return False
    stop = _SENTENCE_BREAK if cue.past_commas else _BREAK
    if stop.search(gap) is None:
        return True
    # Commas may still only separate list items the vocabulary does not know: "you don't
    # need React, Docker" (forward), "Docker, React is a plus" (back). Not "No ego, lots of
    # Python", nor "Python preferred, Java acceptable" (the cue's own clause ends at the comma).
    parts = gap.split(",")
    own, items = (parts[0], parts[1:]) if forward else (parts[-1], parts[:-1])
    return (
        bool(own.strip())
        and stop.search(gap.replace(",", " ")) is None
        and all(len(item.split()) <= 1 for item in items)
    )


def _joined(gap: str) -> bool:
    """Whether ``gap`` only joins two list items, perhaps over items the vocabulary does not
    know ("Docker, React or Kubernetes"), but not over words of a sentence ("Python
    experience and Kafka")."""
    pieces = _LIST_JOINS.split(gap)
    return (
        not pieces[0].strip()
        and not pieces[-1].strip()
        and all(len(piece.split()) <= 1 for piece in pieces)
    )


def _spread(
    effects: list[Kind | None], line: str, spans: list[tuple[int, int]], at: int, step: int,
    cue: _Cue,
) -> None:  # fmt: skip
    """Give the cue's effect to mention ``at`` and to the list it heads or ends, or (for a
    clause cue) to every later mention of the clause."""
    while True:
        if effects[at] is not Kind.NEGATED:
            effects[at] = cue.effect
        after = at + step
        if not 0 <= after < len(spans):
            return
        left, right = sorted((at, after))
        gap = line[spans[left][1] : spans[right][0]]
        if not (_CLAUSE_GAP.fullmatch(gap) if cue.clause else _joined(gap)):
            return
        at = after
