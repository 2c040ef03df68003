"""Whose work a repository is: the learner's share of its commits.

The learner is named in the roadmap's profile: a GitHub user name and commit e-mail addresses.
A commit is theirs when its author address is one of those, or one of the addresses GitHub
gives its users (`ada@users.noreply.github.com`, `123+ada@users.noreply.github.com`). On
GitHub through the API, a contributor is theirs by login as well. Nothing else is matched
(not author names, which anyone can type), so the count never guesses; when the history was
cut (a shallow clone) and none of what is left is theirs, the answer is "unknown".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from roadmap_lint.scanning.result import Authorship

_NOREPLY = re.compile(r"^(?:\d+\+)?([a-z0-9-]+)@users\.noreply\.github\.com$")


@dataclass(frozen=True)
class Learner:
    """Who the learner is: any of these identifies their commits."""

    github: str = ""
    emails: tuple[str, ...] = ()

    @classmethod
    def named(cls, github: str, emails: Iterable[str]) -> Learner | None:
        """The learner, or None when the roadmap names no one (authorship is then not read)."""
        learner = cls(github.strip().casefold(), tuple(e.strip().casefold() for e in emails))
        return learner if learner.github or learner.emails else None

    def owns(self, identity: str) -> bool:
        """``identity`` is an author e-mail address, or ``login:<name>`` for a GitHub login."""
        identity = identity.strip().casefold()
        if identity.startswith("login:"):
            return bool(self.github) and identity.removeprefix("login:") == self.github
        noreply = _NOREPLY.match(identity)
        return identity in self.emails or bool(
            self.github and noreply and noreply.group(1) == self.github
        )


@dataclass(frozen=True)
class History:
    """Commits per author identity, and whether the history is whole."""

    commits: Counter[str]
    complete: bool

    def share_of(self, learner: Learner) -> Authorship:
        mine = sum(count for identity, count in self.commits.items() if learner.owns(identity))
        return Authorship(sum(self.commits.values()), mine, self.complete)


def parse_log(output: bytes) -> Counter[str]:
    """`git log --format=%aE` output → commits per author address."""
    text = output.decode("utf-8", errors="replace")
    return Counter(line.strip().casefold() for line in text.splitlines() if line.strip())
