"""The history stage: the roadmap file's own git history, read into a ``History``.

Commits that changed the file (following renames, first parent only, within ``lint.history``'s
``max_days`` and ``max_commits``) give dated versions; each distinct blob is read through one
``git cat-file --batch`` and parsed once, newest first, as it arrives. Versions that do not
parse, whose commit date Python cannot represent, or that come after the parsing budget of the
whole history is spent (``HISTORY_WORK``: the loader's caps hold for each version, this one for
all of them) are skipped and counted. Uncommitted edits in the working copy count as a version
dated today. When history cannot be read at all (no git, not committed, shallow clone) the
``History`` says why instead of failing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_lint.core.dates import days_before
from roadmap_lint.git import read_blobs
from roadmap_lint.history.chunks import ChunkedParser
from roadmap_lint.history.log import GitUnavailable, check_tracked, versions
from roadmap_lint.history.record import History
from roadmap_lint.history.snapshot import Snapshot, Snapshotter
from roadmap_lint.history.timeline import Timeline
from roadmap_lint.loading.document import Limits
from roadmap_lint.loading.validation import roadmap_schema

__all__ = ["History", "HistoryOptions", "VersionParser", "fold", "read_history"]

#: YAML events read plus values built, over every version of one history: about twenty
#: versions at the loader's caps (a few seconds), and far more than a thousand small edits of a
#: real roadmap cost, as unchanged pieces are not parsed again.
HISTORY_WORK = 20 * Limits().max_nodes


@dataclass(frozen=True)
class HistoryOptions:
    max_days: int = 730
    max_commits: int = 1000
    window_days: int = 92

    @classmethod
    def from_lint(cls, lint: Any, window_days: int) -> HistoryOptions:
        """``lint.history`` of the roadmap; values the schema rejects (its maxima included)
        fall back to defaults."""
        given = lint.get("history") if isinstance(lint, dict) else None
        given = given if isinstance(given, dict) else {}
        bounds = roadmap_schema()["$defs"]["history"]["properties"]
        numbers = {
            name: value
            for name, value in given.items()
            if name in bounds
            and isinstance(value, int)
            and not isinstance(value, bool)
            and bounds[name]["minimum"] <= value <= bounds[name]["maximum"]
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
        found = versions(path, days_before(today, options.max_days), options.max_commits)
    except GitUnavailable as unavailable:
        history.problem, history.hint = str(unavailable), unavailable.hint
        return history
    present = [version for version in found if version.blob]  # a deletion is no version
    parse = VersionParser()
    newest_first = [version.blob for version in reversed(present)]
    snapshots, first = parse.each(read_texts(path.parent, newest_first))
    dated = [(v.date, snapshots.get(v.blob or "")) for v in present]
    if present and (present[-1].blob, text) != first:
        dated.append((today, parse.data(data)))
        history.uncommitted = True
    history.timeline, history.skipped = fold(dated)
    history.complete = bool(dated) and found[0].created and dated[0][1] is not None
    return history


class VersionParser:
    """The text of a version → its ``Snapshot`` (None when it does not parse), with the caches
    shared across all versions of one file."""

    def __init__(self, work: int | None = None) -> None:
        self._parser = ChunkedParser()
        self._snapshotter = Snapshotter()
        self._work = HISTORY_WORK if work is None else work

    def __call__(self, text: str) -> Snapshot | None:
        return self.data(self._parser.parse(text))

    def data(self, data: Any) -> Snapshot | None:
        return self._snapshotter.snapshot(data)

    def each(
        self, texts: Iterable[tuple[str, str]]
    ) -> tuple[dict[str, Snapshot | None], tuple[str, str] | None]:
        """Blob → snapshot for ``(blob, text)`` pairs, newest first, until the work budget is
        spent (the rest is not even read); and the first pair."""
        snapshots: dict[str, Snapshot | None] = {}
        first = None
        for blob, text in texts:
            first = first or (blob, text)
            snapshots[blob] = self(text)
            if self._parser.work > self._work:
                break
        return snapshots, first


def fold(dated: Iterable[tuple[dt.date | None, Snapshot | None]]) -> tuple[Timeline, int]:
    """A timeline from versions oldest first, and how many of them were skipped."""
    timeline, skipped, previous = Timeline(), 0, None
    for date, snapshot in dated:
        if date is None or snapshot is None:
            skipped += 1
            continue
        timeline.add(date, snapshot, previous)
        previous = snapshot
    return timeline, skipped


def read_texts(folder: Path, blobs: list[str | None]) -> Iterator[tuple[str, str]]:
    """Each distinct blob's text, once; blobs too large or not UTF-8 are left out."""
    distinct = list(dict.fromkeys(blob for blob in blobs if blob))
    for blob, raw in read_blobs(folder, distinct, max_bytes=Limits().max_bytes):
        try:
            yield blob, raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
