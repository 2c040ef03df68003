"""One folder of postings, read and matched: what the check, the brief and the review share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.postings.matching import SkillDemand, match_postings
from roadmap_lint.postings.reading import ReadNote, read_postings
from roadmap_lint.postings.vocabulary import load_vocabulary


@dataclass(frozen=True)
class PostingsReport:
    """How many postings were read, the skills they ask for (most asked first), and the
    files that were skipped with the reason."""

    count: int
    demands: tuple[SkillDemand, ...]
    notes: tuple[ReadNote, ...]


def read_report(folder: Path) -> PostingsReport:
    """Read ``folder``'s postings and match them against the vocabulary (extended by the
    folder's own ``vocabulary.yml``); raises ``PostingsError`` when the folder is unusable."""
    postings = read_postings(folder)
    demands = match_postings(postings, load_vocabulary(folder))
    return PostingsReport(len(postings), tuple(demands), postings.notes)
