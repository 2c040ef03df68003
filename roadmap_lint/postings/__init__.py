"""Job postings as a signal: which skills saved postings keep asking for, against the roadmap.

The article's third signal for a roadmap update is job descriptions that keep repeating a
skill the learner has ignored. This package reads saved postings, counts in how many of them
each skill of a versioned vocabulary appears (required or nice to have), and says where each
stands on the roadmap. It depends on nothing else in roadmap-lint, so the ``brief`` command,
the check rule and the review issue can all call it.

    postings = read_postings(Path("postings"))          # .notes: files skipped, and why
    vocabulary = load_vocabulary(Path("postings"))      # plus postings/vocabulary.yml if any
    for demand in match_postings(postings, vocabulary):
        state = roadmap_state(demand, [("Postgres", "fragile", False)])
        print(f"{demand.name}: {demand.share:.0%} ({demand.required} required) {state}")
"""

from __future__ import annotations

from roadmap_lint.postings.errors import PostingsError
from roadmap_lint.postings.matching import SkillDemand, match_postings
from roadmap_lint.postings.reading import Posting, Postings, ReadNote, read_postings
from roadmap_lint.postings.report import PostingsReport, read_report
from roadmap_lint.postings.state import RoadmapState, roadmap_state
from roadmap_lint.postings.terms import AREAS, Term, normalise
from roadmap_lint.postings.vocabulary import USER_VOCABULARY, Vocabulary, load_vocabulary

__all__ = [
    "AREAS",
    "USER_VOCABULARY",
    "Posting",
    "Postings",
    "PostingsError",
    "PostingsReport",
    "ReadNote",
    "RoadmapState",
    "SkillDemand",
    "Term",
    "Vocabulary",
    "load_vocabulary",
    "match_postings",
    "normalise",
    "read_postings",
    "read_report",
    "roadmap_state",
]
