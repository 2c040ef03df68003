"""What a scan of one repository produces; rules and reporters read only this."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from roadmap_lint.core.vocabulary import STRENGTHS


class Signal(NamedTuple):
    """Whether a signal is present, the repo-relative paths that show it (most convincing
    first), how strongly (`vocabulary.STRENGTHS`), and the CI files that exercise it."""

    present: bool
    evidence: tuple[str, ...] = ()
    strength: str | None = None
    exercised_by: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"present": self.present, "evidence": list(self.evidence)}
        if self.present:
            data["strength"] = self.strength
        if self.exercised_by:
            data["exercised_by"] = list(self.exercised_by)
        return data


class Authorship(NamedTuple):
    """Whose commits the history holds: ``learner`` of ``commits``.

    ``complete`` is False when the history was cut (a shallow clone): then a learner with no
    commit in it may still have written the code, and the share is unknown.
    """

    commits: int
    learner: int
    complete: bool

    @property
    def known(self) -> bool:
        return self.complete or self.learner > 0

    @property
    def share(self) -> float | None:
        return round(self.learner / self.commits, 3) if self.complete and self.commits else None

    def to_json(self) -> dict[str, Any]:
        return {
            "commits": self.commits,
            "by_learner": self.learner if self.known else None,
            "share": self.share,
            "history": "complete" if self.complete else "shallow",
        }


#: The languages and signals of a result that has none: shared, so it cannot be changed.
_NONE: Mapping[str, Any] = MappingProxyType({})


class ScanResult(NamedTuple):
    """The facts about one repository. ``error`` is set when it could not be read at all."""

    repo: str
    head: str | None = None
    last_commit: str | None = None
    files: int = 0
    languages: Mapping[str, int] = _NONE
    signals: Mapping[str, Signal] = _NONE
    error: str | None = None
    note: str | None = None
    #: tracked files that hold secrets (paths only)
    secret_files: tuple[str, ...] = ()
    #: None when no learner was named, or the source has no history
    authorship: Authorship | None = None
    #: the dependency ecosystems found (`python`, `npm`...), for hints
    ecosystems: tuple[str, ...] = ()

    def shows(self, signal: str, at_least: str = STRENGTHS[0]) -> bool:
        """The signal is present, at least as strongly as ``at_least``."""
        strength = self.strength(signal)
        return strength is not None and STRENGTHS.index(strength) >= STRENGTHS.index(at_least)

    def strength(self, signal: str) -> str | None:
        """How strongly ``signal`` is shown; None when it is not (a signal made without a
        strength, from paths alone, is present)."""
        found = self.signals.get(signal)
        if found is None or not found.present:
            return None
        return found.strength or "present"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "repo": self.repo,
            "head": self.head,
            "last_commit": self.last_commit,
            "signals": {name: signal.to_json() for name, signal in self.signals.items()},
            "secret_files": list(self.secret_files),
            "authorship": self.authorship.to_json() if self.authorship else None,
        }
        if self.error:
            data["error"] = self.error
        if self.note:
            data["note"] = self.note
        return data

    def scan_json(self) -> dict[str, Any]:
        """What `scan --format json` prints: a `projects` entry plus `files` and `languages`."""
        return {**self.to_json(), "files": self.files, "languages": dict(self.languages)}
