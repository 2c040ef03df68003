"""Counting skills across postings: in how many postings each skill appears, and how.

A posting counts once per skill however often it names it ("postings, not mentions": a
posting that repeats "Python" ten times is one vote, as a recruiter's keyword stuffing should
be). A posting *requires* a skill when at least one mention sits outside every nice-to-have
marker; it names it as *nice to have* when every mention is marked so; mentions in skipped
sections (benefits, about the company, equal opportunity) or under a negation do not count.

Each posting's lines are first sorted into sections, mostly by plain string tests; the runs
of lines that count are then scanned in one pass of the compiled vocabulary, and cues are read
only on lines that hold a mention. The cost grows with the text, not with the vocabulary.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, groupby

from roadmap_lint.postings.cues import cue_effects
from roadmap_lint.postings.patterns import Compiled, compile_vocabulary, find_terms
from roadmap_lint.postings.reading import Posting
from roadmap_lint.postings.sections import COUNTED, Kind, is_boilerplate, section_kinds
from roadmap_lint.postings.terms import Term, fold, names_include
from roadmap_lint.postings.vocabulary import Vocabulary


@dataclass(frozen=True)
class SkillDemand:
    """How the postings ask for one skill of the vocabulary.

    ``postings`` is ``required + nice_to_have``; ``share`` is ``postings`` over the number of
    postings read. ``aliases`` are the vocabulary's other spellings; ``satisfied_by`` the
    roadmap names that also count as having the skill (see ``is_satisfied_by``).
    """

    name: str
    aliases: tuple[str, ...]
    area: str
    postings: int
    share: float
    required: int
    nice_to_have: int
    matched: tuple[str, ...]  # names of the postings that ask for it, in reading order
    required_in: tuple[str, ...]
    nice_to_have_in: tuple[str, ...]
    satisfied_by: tuple[str, ...]

    def is_satisfied_by(self, skill_name: str) -> bool:
        """Whether a roadmap skill called ``skill_name`` counts as having this skill."""
        return names_include((self.name, *self.aliases, *self.satisfied_by), skill_name)


def match_postings(postings: Iterable[Posting], vocabulary: Vocabulary) -> list[SkillDemand]:
    """The skills the postings ask for, most asked first; skills no posting names are left out."""
    compiled = compile_vocabulary(vocabulary)
    order: list[str] = []
    required: defaultdict[int, list[str]] = defaultdict(list)
    nice: defaultdict[int, list[str]] = defaultdict(list)
    for posting in postings:
        order.append(posting.name)
        for term, is_required in _scan(posting.text, compiled).items():
            (required if is_required else nice)[term].append(posting.name)
    demands = [
        _demand(vocabulary.terms[term], required[term], nice[term], order)
        for term in {*required, *nice}
    ]
    return sorted(demands, key=lambda demand: (-demand.postings, -demand.required, demand.name))


def _scan(text: str, compiled: Compiled) -> dict[int, bool]:
    """Term index → True if the posting requires it, False if it is only nice to have."""
    lines = text.splitlines(keepends=True)
    kinds = section_kinds(lines)
    ends = list(accumulate(map(len, lines)))
    folded = fold(text)
    hits = [
        hit
        for start, end in _counted_ranges(ends, kinds)
        for hit in find_terms(text, folded, compiled, start, end)
    ]
    found: dict[int, bool] = {}
    for index, group in groupby(hits, key=lambda hit: bisect_right(ends, hit[0])):
        kind = kinds[index]
        start = ends[index] - len(lines[index])
        line = folded[start : ends[index]]
        if is_boilerplate(line):
            continue
        mentions = list(group)
        spans = [(begin - start, end - start) for begin, end, _ in mentions]
        effects = cue_effects(line, spans)
        for (_, _, term), effect in zip(mentions, effects, strict=True):
            if effect is not Kind.NEGATED:
                is_required = kind is not Kind.NICE and effect is not Kind.NICE
                found[term] = found.get(term, False) or is_required
    return found


def _counted_ranges(ends: list[int], kinds: list[Kind]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of lines whose mentions count (not benefits and the like).

    Skipped sections are not even scanned; a run spans several lines, so a skill written
    across a line break ("unit\ntesting") is still found.
    """
    start = 0
    for counts, run in groupby(zip(ends, kinds, strict=True), key=lambda line: line[1] in COUNTED):
        end = list(run)[-1][0]
        if counts:
            yield start, end
        start = end


def _demand(term: Term, required: list[str], nice: list[str], order: list[str]) -> SkillDemand:
    asked = set(required) | set(nice)
    return SkillDemand(
        name=term.name,
        aliases=term.other_spellings,
        area=term.area,
        postings=len(asked),
        share=len(asked) / len(order),
        required=len(required),
        nice_to_have=len(nice),
        matched=tuple(name for name in order if name in asked),
        required_in=tuple(required),
        nice_to_have_in=tuple(nice),
        satisfied_by=term.satisfied_by,
    )
