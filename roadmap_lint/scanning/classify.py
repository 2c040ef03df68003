"""The hot loop of a scan: every tracked path, once, against the glob index.

A repository may hold 100,000 paths, so the loop does the least it can per path: most only
have their extension compared with the last path's (a run of one extension is counted and
looked up once), and what depends on the folder (vendored or not, which folder-tied globs
apply) is worked out once per folder. A signal stops being looked for once
it has all the evidence a report shows, so a tree full of tests does not pay per test file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence

from roadmap_lint.scanning.frameworks import DEV_ONLY_DIRS, DEV_ONLY_NAMES, DEV_ONLY_SIGNALS
from roadmap_lint.scanning.labels import Manifest, signal_of
from roadmap_lint.scanning.patterns import Bucket, Matcher, Placed, anchors_of, split_name
from roadmap_lint.scanning.signals import (
    CI_MAX_COUNT,
    EVIDENCE_LIMIT,
    NOT_EVIDENCE,
    PROSE_EXTENSIONS,
    PROSE_SIGNALS,
    TEST_MAX_COUNT,
    VENDORED_DIRS,
)

#: Paths set aside per signal, kept for `scan --explain` (a near miss, not evidence).
REFUSED_LIMIT = 5
#: Paths kept per signal before it stops being looked for: enough for a report; for tests
#: enough to tell a small suite from a generator's placeholders, for CI every file to read.
_KEEP = {"tests": TEST_MAX_COUNT + 1, "ci": CI_MAX_COUNT + 1}

#: What a file extension means in one folder: its bucket and the folder-tied globs there.
_Entry = tuple[Bucket, Placed]


class _Folder:
    """One folder in one pass: what each file extension means there."""

    __slots__ = ("exts",)

    def __init__(self) -> None:
        self.exts: dict[str, _Entry | None] = {}


class Classifier:
    """One pass over one repository's paths; the index it reads is shared and left intact."""

    def __init__(self, matcher: Matcher, excluded: re.Pattern[str] | None = None) -> None:
        #: label (a signal, or a manifest kind) → matching paths, in listing order
        self.found: dict[Hashable, list[str]] = {}
        #: extension → how many counted paths have it, for the language count
        self.extension_counts: Counter[str] = Counter()
        #: signal → paths its globs matched but that are not evidence (dev-only, `__init__.py`)
        self.refused: dict[str, list[str]] = {}
        self._matcher = matcher
        self._excluded = excluded.fullmatch if excluded is not None else None
        self._live: dict[str, Bucket] = dict(matcher.by_ext)
        self._done: set[Hashable] = set()
        self._current: _Folder | None = None
        self._anchors: frozenset[str] | None = None
        self._special: frozenset[str] | None = None
        self._find_anchors()
        #: shared by every folder no folder-tied glob can apply in: there an extension means
        #: the same everywhere, so most folders cost one lookup instead of a fresh `_Folder`
        self._plain = _Folder()
        # The file-name and prefix buckets: a name is looked up whole once, and sliced to its
        # first three letters only when its first one could start a prefix glob (`README*`).
        # An empty name (a path ending in `/`, which git never lists) stops at the whole-name
        # lookup, before its first letter is read.
        self._names = frozenset(matcher.by_name) | {""}
        self._prefixes = frozenset(matcher.by_prefix)
        self._prefix_starts = frozenset(prefix[:1] for prefix in matcher.by_prefix)

    def run(self, paths: Sequence[str]) -> None:
        """Classify ``paths``: the whole listing at once, or its chunks one after the other."""
        if self._excluded is not None:
            paths = [path for path in paths if not self._excluded(path)]
        names, prefixes, starts = self._names, self._prefixes, self._prefix_starts
        rare = self._matcher.generic is not None
        counts = self.extension_counts
        last_folder: str | None = None
        state: _Folder | None = None
        exts: dict[str, _Entry | None] = {}
        # Files come in runs of one extension (a folder of `.py` modules): a run is counted
        # once, when it ends, and its extension looked up once per folder.
        run_ext, run_length = "", 0
        entry_ext: str | None = None
        entry: _Entry | None = None
        for path in paths:
            folder, _, name = path.rpartition("/")
            if folder != last_folder:  # listings are sorted: most paths share the last folder
                last_folder = folder
                state = self._current = self._state(folder)
                if state is not None:
                    exts = state.exts  # `_retire` clears this very dict when it must
                entry_ext = None  # what an extension means depends on the folder
            if state is None:
                continue
            stem, _, ext = name.rpartition(".")
            if not stem:
                ext = ""
            if ext != run_ext:
                if run_length:
                    counts[run_ext] += run_length
                run_ext, run_length = ext, 0
            run_length += 1
            if ext != entry_ext:
                entry_ext = ext
                try:  # a plain subscript: cheaper than `get` on the path almost every run takes
                    entry = exts[ext]
                except KeyError:
                    entry = exts[ext] = self._entry(ext, folder)
            if entry is not None:
                bucket, placed = entry
                if placed or (bucket.quick is not None and bucket.quick(name)):
                    self._record(bucket.labels(folder, name), path, ext)
                    entry_ext = None  # a signal may have retired: look the extension up again
            if rare or name in names or (name[0] in starts and name[:3] in prefixes):
                self._record_rare(path, folder, name)
                entry_ext = None
        if run_length:
            counts[run_ext] += run_length

    def _entry(self, ext: str, folder: str) -> _Entry | None:
        """The bucket for ``ext`` and its globs placed in ``folder``; None if none applies."""
        bucket = self._live.get(ext)
        if bucket is None:
            return None
        placed = bucket.placed_in(folder)  # compiles the bucket, `quick` included, on first use
        return None if not placed and bucket.quick is None else (bucket, placed)

    def _state(self, folder: str) -> _Folder | None:
        """What ``folder`` means in this pass; None when it is vendored.

        Folders holding files are usually siblings (`part1/`, `part2/`…): once one is found
        to have only ordinary names, so does its parent, and in each sibling only the last
        name needs a test.
        """
        special = self._special
        parent, _, leaf = folder.rpartition("/")
        if special is not None and leaf not in special and parent in self._ordinary:
            return self._plain  # most folders: two lookups settle it
        parts = folder.split("/")
        if special is not None and special.isdisjoint(parts):
            self._ordinary.add(parent)  # its other subfolders will need one test each
            return self._plain
        if not VENDORED_DIRS.isdisjoint(parts):
            return None
        plain = self._anchors is not None and self._anchors.isdisjoint(parts)
        return self._plain if plain else _Folder()

    def _find_anchors(self) -> None:
        #: folder names some folder-tied glob needs; None when one needs none (`**/x/*.py`)
        self._anchors = anchors_of(bucket.anchors for bucket in self._live.values())
        #: every folder name that makes a folder other than plain: anchors and vendored names
        self._special = None if self._anchors is None else self._anchors | VENDORED_DIRS
        #: folders none of whose names is special ("", the parent of top-level folders, too:
        #: a top-level folder's own name is all there is to test)
        self._ordinary: set[str] = set()

    def _record_rare(self, path: str, folder: str, name: str) -> None:
        """Buckets keyed by file name or name prefix, and globs that pin neither."""
        matcher = self._matcher
        ext = split_name(name)[1]
        for bucket in (matcher.by_name.get(name), matcher.by_prefix.get(name[:3]), matcher.generic):
            if bucket is not None:
                self._record(bucket.labels(folder, name), path, ext)

    def _record(self, labels: list[Hashable], path: str, ext: str) -> None:
        for label in labels:
            if label in self._done:
                continue
            signal = signal_of(label)
            prose = signal not in PROSE_SIGNALS and ext.lower() in PROSE_EXTENSIONS
            if prose and not isinstance(label, Manifest):
                continue  # `docs/testing.md` is not a test, `Dockerfile.md` not a Dockerfile
            if signal is not None and _refused(signal, path):
                refused = self.refused.setdefault(signal, [])
                if len(refused) < REFUSED_LIMIT and path not in refused:
                    refused.append(path)
                continue
            hits = self.found.setdefault(label, [])
            if not hits or hits[-1] != path:  # two buckets matched this path
                hits.append(path)
                if signal is not None and len(hits) == _KEEP.get(signal, EVIDENCE_LIMIT):
                    self._retire(label)

    def _retire(self, label: Hashable) -> None:
        """Stop looking for ``label`` in the extension buckets of this pass.

        Folders already passed keep their old entries (`_record` skips retired labels anyway);
        the current one and the shared plain one, which may hold many more files, forget them.
        """
        self._done.add(label)
        self._plain.exts.clear()
        if self._current is not None:
            self._current.exts.clear()
        for ext, bucket in list(self._live.items()):
            if label in bucket.label_set:
                rest = bucket.without(self._done)
                if rest is None:
                    del self._live[ext]
                else:
                    self._live[ext] = rest
        # Once tests are retired, a `tests/` folder is plain again: one lookup per file.
        self._find_anchors()


def _refused(signal: str, path: str) -> bool:
    """A path a signal's glob matched that still is not evidence of it.

    Checked only for paths that matched, so its cost does not grow with the tree.
    """
    folder, _, name = path.rpartition("/")
    if name in NOT_EVIDENCE.get(signal, ()):
        return True
    if signal not in DEV_ONLY_SIGNALS:
        return False
    return name in DEV_ONLY_NAMES or not DEV_ONLY_DIRS.isdisjoint(folder.split("/"))
