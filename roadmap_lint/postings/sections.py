"""Which part of a posting each line is in: what the job asks for, would like, or is not about.

A posting is read line by line.

- A **heading** starts a section that lasts until the next one. Markdown and HTML headings
  (``## Benefits``), lines that are all bold (``**Nice to have**``) and lines in capitals
  of two words or more (``WHAT WE OFFER``) are headings whatever they say; an unknown one
  starts a plain section.
  A line that ends with a colon (``Requirements:``), or a short line with nothing else on it
  (``Benefits``), is a heading only when its title is a known one, because lines like
  ``Cloud:`` also open sub-lists inside a section.
  A list item ("- Experience with Kafka") is never a heading unless it is all bold.
- A **labelled line** (``Nice to have: Kafka``, ``Location: Phoenix, AZ``) changes only itself.
- **Boilerplate** lines (equal opportunity, "We offer ...") are skipped wherever they are.

The titles are a table: a new way of writing "Benefits" is one more pattern, not a new branch.
The first matching row wins, so "Preferred qualifications" is nice-to-have, not required.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache


class Kind(Enum):
    """What a line's mentions mean for the count."""

    PLAIN = "plain"  # the job itself, no marker: a mention there is required
    REQUIRED = "required"
    NICE = "nice"  # nice to have, bonus, preferred
    IGNORED = "ignored"  # benefits, about the company, equal opportunity, how to apply
    NEGATED = "negated"  # "What you don't need"


#: The kinds whose mentions count; the others are skipped without being scanned.
COUNTED = frozenset({Kind.PLAIN, Kind.REQUIRED, Kind.NICE})


_TITLES: tuple[tuple[Kind, str], ...] = (
    (Kind.NICE, r"^nice\b|\b(?:we'd|we would|we'll) love\b"),  # "We'd love, but don't expect"
    (Kind.NEGATED, r"\b(?:don't|do not|won't|will not) (?:need|expect)\b"),
    (Kind.NEGATED, r"^(?:not|no longer) (?:required|needed|necessary|expected)\b"),
    (Kind.NEGATED, r"^no need\b"),
    (Kind.NICE, r"\b(?:nice|good|great) to haves?\b"),
    (Kind.NICE, r"\bbonus|\bpreferred\b|\bdesir(?:able|ed)\b|\boptional\b|\bhelpful\b"),
    (Kind.NICE, r"^(?:a |big )?plus(?:es)?$|^(?:extra|brownie) (?:credit|points)\b"),
    (Kind.NICE, r"^ideally\b|^even better\b|\bstand out\b|\bwould be (?:nice|great|a plus)\b"),
    (Kind.IGNORED, r"\bbenefits?\b|\bperks?\b|\bwhat we offer\b|^we offer\b|\bin it for you\b"),
    (Kind.IGNORED, r"\bcompensation\b|\bsalary\b|^pay\b|\btotal rewards\b|\btime off\b"),
    (Kind.IGNORED, r"\bequal (?:employment )?opportunit|\beeo\b|\bdiversity\b|\binclusion\b"),
    (Kind.IGNORED, r"\baccommodations?\b|\bprivacy\b|\bdisclaimer\b|\bvisa\b|\blegal\b"),
    (
        Kind.IGNORED,
        r"^about (?!(?:the |this |your )?(?:role|job|position|team|you|opportunity|work"
        r"|project|stack)\b)",
    ),
    (Kind.IGNORED, r"^who we are\b|^our (?:company|mission|story|values|culture|office)\b"),
    (Kind.IGNORED, r"^why\b|^life at\b|^(?:the )?company\b|^what you(?:'ll| will) get\b"),
    (Kind.IGNORED, r"\bhow to apply\b|^to apply\b|^apply\b|^location\b|^(?:working )?hours\b"),
    (Kind.IGNORED, r"\b(?:application|interview|hiring|recruitment) process\b"),
    (Kind.REQUIRED, r"\brequire(?:ments?|d)\b|\bmust[ -]haves?\b|\bmust have\b|^must\b"),
    (Kind.REQUIRED, r"\bwhat you(?:'ll| will)? (?:need|bring)\b|\bqualifications\b"),
    (Kind.REQUIRED, r"\bwhat we(?:'re| are)? looking for\b|\bwhat we look for\b|\bwe expect\b"),
    (Kind.REQUIRED, r"^(?:your |key |core |technical |essential |relevant )?skills\b"),
    (Kind.REQUIRED, r"^(?:your |relevant )?experience\b|^your (?:profile|background)\b"),
    (Kind.REQUIRED, r"^about you\b|^who you are\b|^essentials?\b"),
    (Kind.REQUIRED, r"^you (?:have|bring|are|'ll have|will have|should have)\b"),
    (Kind.PLAIN, r"^(?:the |your |about the |about this )?(?:role|job|position|opportunity)\b"),
    (Kind.PLAIN, r"\bresponsibilit|\bwhat you(?:'ll| will)? (?:do|work on|build|own)\b"),
    (Kind.PLAIN, r"^(?:our |the )?(?:tech(?:nology)? )?stack\b|^tech(?:nologies)?\b|^tools\b"),
    (Kind.PLAIN, r"^(?:the |our |about the )?team\b|^day to day\b|^overview\b|^summary\b"),
    (Kind.PLAIN, r"^(?:job )?description\b|^in this role\b|^the work\b|^projects?\b"),
    (Kind.PLAIN, r"^your (?:mission|role|job|impact|day|work|tasks)\b"),
)
_TITLE_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in _TITLES)
_ANY_TITLE = re.compile("|".join(f"(?:{pattern})" for _, pattern in _TITLES))  # a quick "no"

#: Lines skipped wherever they stand: equal-opportunity statements and perks sentences.
#: Matched against folded (lower-case) text.
_BOILERPLATE = re.compile(
    r"\bequal (?:employment )?opportunit|\bwithout regard to\b|\breasonable accommodation"
    r"|\bregardless of (?:race|colou?r|religion|sex|gender|age|national|disability|sexual)"
    r"|\bprotected (?:veteran|characteristic|class)|\be-verify\b"
    r"|^\W*(?:we offer|perks include|benefits include|our benefits)\b"
)
_SHAPE = re.compile(r"(?P<lead>[\s#>*_•·+\-–—]*)(?P<body>.*?)(?P<trail>[\s*_#]*)")
_BULLET = re.compile(r"[-*•·+–—]")
_SENTENCE = re.compile(r"[,;]|[.!]$")  # a bare line with these is a sentence, not a title
_TITLE_NOISE = re.compile(r"[*_#-]+|\s+")
_LONG_LINE = 100  # longer lines are sentences, unless a label and colon open them
_LABEL_REACH = 60  # a label's colon comes this early in its line
_BULLETS = ("-", "*", "•", "·", "+", "–", "—")
_MAX_TITLE_WORDS = 8


def section_kinds(lines: list[str]) -> list[Kind]:
    """The kind of each line: its section's, or its own for headings and labelled lines.

    A nice-to-have or negated section written as a list ends where the list does: a plain
    paragraph after a blank line ("What you don't need", a list, then "It's a plus if you
    know JUnit.") is the job's text again, not one more thing the job does not need.
    """
    section, listed, blank = Kind.PLAIN, False, False
    kinds = []
    for line in lines:
        stripped = line.strip()
        heading, label = _classify(stripped) if stripped else (None, None)
        if heading is not None:
            section, listed = heading, False
        elif stripped and not label:
            item = stripped.startswith(_BULLETS)
            if blank and listed and not item and section in (Kind.NICE, Kind.NEGATED):
                section = Kind.PLAIN
            listed = listed or item
        blank = not stripped
        kinds.append(heading or label or section)
    return kinds


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` (folded) is equal-opportunity or perks text, whatever its section."""
    return _BOILERPLATE.search(line) is not None


def _classify(stripped: str) -> tuple[Kind | None, Kind | None]:
    """``(heading kind, label kind)`` of one stripped line; ``(None, None)`` for plain text."""
    if ":" not in stripped[:_LABEL_REACH] and (
        len(stripped) > _LONG_LINE
        or stripped.count(" ") >= _MAX_TITLE_WORDS
        or (stripped.startswith(_BULLETS) and "**" not in stripped and "__" not in stripped)
    ):
        return None, None  # the common case, decided without a regular expression
    shape = _SHAPE.fullmatch(stripped)
    if shape is None:  # pragma: no cover - the pattern matches any line
        return None, None
    lead, body, trail = shape.group("lead", "body", "trail")
    title, colon, rest = body.partition(":")
    words = len(title.split())
    if colon and rest.strip(" *_"):
        return None, (title_kind(title) if words <= 6 else None)
    if words > _MAX_TITLE_WORDS:
        return None, None
    kind = title_kind(title)
    bold = any(mark in lead for mark in ("**", "__")) and any(m in trail for m in ("**", "__"))
    if "#" in lead or bold:
        return kind or Kind.PLAIN, None
    if _BULLET.search(lead):  # "- Experience with Kafka" is an item, not a title
        return None, None
    if body.isupper() and words > 1:  # "WHAT WE OFFER"; a lone "AWS" is an item
        return kind or Kind.PLAIN, None
    if colon or (words <= 6 and not _SENTENCE.search(body)):
        return kind, None
    return None, None


@lru_cache(maxsize=4096)
def title_kind(title: str) -> Kind | None:
    """The kind a heading or label announces, or None when the table does not know it.

    Cached: postings reuse a small set of headings ("Requirements", "Benefits").
    """
    text = _TITLE_NOISE.sub(" ", title.replace("\u2019", "'").replace("&", " and ")).lower()
    text = text.strip(" .!?-–—()")
    if _ANY_TITLE.search(text) is None:
        return None
    return next((kind for kind, pattern in _TITLE_PATTERNS if pattern.search(text)), None)
