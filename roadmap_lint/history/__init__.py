"""The history stage: the roadmap file's own git history, read into a ``History``.

Commits that changed the file (following renames, first parent only, within ``lint.history``'s
``max_days`` and ``max_commits``) give dated versions; each distinct blob is read through one
``git cat-file --batch`` and parsed once; versions that do not parse are skipped. Uncommitted
edits in the working copy count as a version dated today. When history cannot be read at all
(no git, not committed, shallow clone) the ``History`` says why instead of failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_lint.git import read_blobs
from roadmap_lint.git.objects import StoredFile
from roadmap_lint.history.chunks import ChunkedParser
from roadmap_lint.history.log import GitUnavailable, check_tracked, versions
from roadmap_lint.history.record import History
from roadmap_lint.history.snapshot import Snapshot, Snapshotter
from roadmap_lint.history.timeline import Timeline
from roadmap_lint.loading.document import Limits

__all__ = ["History", "HistoryOptions", "VersionParser", "fold", "read_history"]


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
    path: Path,
    data: Any,
    text: str,
    today: dt.date,
    options: HistoryOptions,
    stored: StoredFile | None = None,
) -> History:
    """The history of the roadmap at ``path``, whose current ``text`` parsed into ``data``;
    or of ``stored``, the roadmap as a repository with no work tree holds it."""
    history = History(today=today, window_days=options.window_days)
    where = stored or StoredFile.at(path.resolve())
    try:
        check_tracked(where)
        found = versions(where, today - dt.timedelta(days=options.max_days), options.max_commits)
    except GitUnavailable as unavailable:
        history.problem, history.hint = str(unavailable), unavailable.hint
        return history
    present = [version for version in found if version.blob]  # a deletion is no version
    parse = VersionParser()
    blobs = [version.blob for version in present]
    where.prefetch(blob for blob in blobs if blob)
    texts = dict(read_texts(where, blobs))
    dated = [(v.date, parse(texts[v.blob]) if v.blob in texts else None) for v in present]
    if present and text != texts.get(present[-1].blob or ""):
        dated.append((today, parse.data(data)))
        history.uncommitted = True
    history.timeline, history.skipped = fold(dated)
    history.complete = bool(found) and found[0].created
    return history


class VersionParser:
    """The text of a version → its ``Snapshot`` (None when it does not parse), with the caches
    shared across all versions of one file."""

    def __init__(self) -> None:
        self._parser = ChunkedParser()
        self._snapshotter = Snapshotter()

    def __call__(self, text: str) -> Snapshot | None:
        return self.data(self._parser.parse(text))

    def data(self, data: Any) -> Snapshot | None:
        return self._snapshotter.snapshot(data)


def fold(dated: Iterable[tuple[dt.date, Snapshot | None]]) -> tuple[Timeline, int]:
    """A timeline from versions oldest first, and how many of them were skipped."""
    timeline, skipped, previous = Timeline(), 0, None
    for date, snapshot in dated:
        if snapshot is None:
            skipped += 1
            continue
        timeline.add(date, snapshot, previous)
        previous = snapshot
    return timeline, skipped


def read_texts(where: StoredFile, blobs: list[str | None]) -> Iterator[tuple[str, str]]:
    """Each distinct blob's text, once; blobs too large or not UTF-8 are left out."""
    distinct = list(dict.fromkeys(blob for blob in blobs if blob))
    for blob, raw in read_blobs(where.cwd, distinct, max_bytes=Limits().max_bytes, env=where.env):
        try:
            yield blob, raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
