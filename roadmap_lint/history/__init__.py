"""The history stage: the roadmap file's own git history, read into a ``History``.

Commits that changed the file (following renames, first parent only, within ``lint.history``'s
``max_days`` and ``max_commits``) give dated versions; each distinct blob is read through one
``git cat-file --batch`` and parsed once; versions that do not parse are skipped. Uncommitted
edits in the working copy count as a version dated today. When history cannot be read at all
(no git, not committed, shallow clone) the ``History`` says why instead of failing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_lint.history.chunks import ChunkedParser
from roadmap_lint.history.git import GitUnavailable, Version, check_tracked, read_blobs, versions
from roadmap_lint.history.record import History
from roadmap_lint.history.snapshot import Snapshot, Snapshotter
from roadmap_lint.loading.document import Limits

__all__ = ["History", "HistoryOptions", "read_history"]


@dataclass(frozen=True)
class HistoryOptions:
    max_days: int = 730
    max_commits: int = 1000
    window_days: int = 92

    @classmethod
    def from_lint(cls, lint: Any, window_days: int) -> HistoryOptions:
        """``lint.history`` of the roadmap; values the schema rejects fall back to defaults."""
        given = lint.get("history") if isinstance(lint, dict) else None
        given = given if isinstance(given, dict) else {}
        numbers = {
            name: value
            for name, value in given.items()
            if name in ("max_days", "max_commits")
            and isinstance(value, int)
            and not isinstance(value, bool)
            and value > 0
        }
        return cls(**numbers, window_days=window_days)


def read_history(
    path: Path, data: Any, text: str, today: dt.date, options: HistoryOptions
) -> History:
    """The history of the roadmap at ``path``, whose current ``text`` parsed into ``data``."""
    history = History(today=today, window_days=options.window_days)
    path = path.resolve()
    try:
        check_tracked(path)
        found = versions(path, today - dt.timedelta(days=options.max_days), options.max_commits)
    except GitUnavailable as unavailable:
        history.problem, history.hint = str(unavailable), unavailable.hint
        return history
    snapshots, last_text = _snapshots(path.parent, found)
    previous: Snapshot | None = None
    for version in found:
        snapshot = snapshots.get(version.blob) if version.blob else None
        if snapshot is None:
            history.skipped += version.blob is not None
            continue
        history.timeline.add(version.date, snapshot, previous)
        previous = snapshot
    history.complete = bool(found) and found[0].created
    if text != last_text.get(found[-1].blob if found else None):
        current = Snapshotter().snapshot(data)
        if current is not None:
            history.timeline.add(today, current, previous)
            history.uncommitted = True
    return history


def _snapshots(
    folder: Path, found: list[Version]
) -> tuple[dict[str, Snapshot | None], dict[str | None, str]]:
    """Each distinct blob, parsed once; and the text of the newest one."""
    blobs = list(dict.fromkeys(version.blob for version in found if version.blob))
    parser, snapshotter = ChunkedParser(), Snapshotter()
    snapshots: dict[str, Snapshot | None] = {}
    newest: dict[str | None, str] = {}
    for blob, raw in read_blobs(folder, blobs, Limits().max_bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
        snapshots[blob] = snapshotter.snapshot(parser.parse(text))
        if blob == found[-1].blob:
            newest[blob] = text
    return snapshots, newest
