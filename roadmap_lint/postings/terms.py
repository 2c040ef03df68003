"""A skill of the vocabulary, and the one definition of "the same name".

``normalise`` is used everywhere two names are compared: the matcher looks spellings up with
it, the vocabulary loader finds the skill a user entry extends with it, and ``roadmap_state``
compares roadmap skill names with it, so "Postgres" on a roadmap and "postgres" in a posting
land on the same skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: The roadmap's five columns; every skill belongs to one.
AREAS = ("core_language", "api_design", "databases", "testing_security", "deployment_devops")

_SEPARATORS = re.compile(r"[\s_-]+")


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets into it stay offsets.

    ``str.lower`` turns only U+0130 (dotted capital I) into two characters; it is replaced first.
    """
    return text.replace("\u0130", "i").replace("\u2019", "'").lower()


def normalise(name: str) -> str:
    """The key under which a skill name is compared: folded case, one space for separators.

    Spaces, hyphens and underscores are alike ("Spring-Boot", "spring_boot", "Spring  Boot").
    """
    return _SEPARATORS.sub(" ", fold(name)).strip()


def names_include(names: Iterable[str], name: str) -> bool:
    """Whether ``name`` is one of ``names`` once both are normalised."""
    key = normalise(name)
    return any(normalise(candidate) == key for candidate in names)


@dataclass(frozen=True)
class Term:
    """One skill of the vocabulary; the fields mean what ``vocabulary.yml``'s header says."""

    name: str
    area: str
    aliases: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    satisfied_by: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every way a posting may write this skill, the name first, each key once."""
        return unique_names((self.name, *self.aliases, *self.common_words))

    @property
    def other_spellings(self) -> tuple[str, ...]:
        """The spellings besides the name: what outputs list as ``aliases``."""
        return self.spellings[1:]

    def is_satisfied_by(self, skill_name: str) -> bool:
        """Whether a roadmap skill called ``skill_name`` counts as having this skill."""
        return names_include((*self.spellings, *self.satisfied_by), skill_name)


def unique_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` without repeats, comparing normalised, keeping the first spelling of each."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(normalise(name), name)
    return tuple(seen.values())
