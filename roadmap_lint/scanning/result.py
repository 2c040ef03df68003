"""What a scan of one repository produces; rules and reporters read only this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Signal:
    """Whether a signal is present, and the first few repo-relative paths that show it."""

    present: bool
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"present": self.present, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class ScanResult:
    """The facts about one repository. ``error`` is set when it could not be read at all."""

    repo: str
    head: str | None = None
    last_commit: str | None = None
    files: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    signals: dict[str, Signal] = field(default_factory=dict)
    error: str | None = None
    note: str | None = None

    def shows(self, signal: str) -> bool:
        found = self.signals.get(signal)
        return found is not None and found.present

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "repo": self.repo,
            "head": self.head,
            "last_commit": self.last_commit,
            "signals": {name: signal.to_json() for name, signal in self.signals.items()},
        }
        if self.error:
            data["error"] = self.error
        if self.note:
            data["note"] = self.note
        return data

    def scan_json(self) -> dict[str, Any]:
        """What `scan --format json` prints: a `projects` entry plus `files` and `languages`."""
        return {**self.to_json(), "files": self.files, "languages": dict(self.languages)}
