"""Which blobs a scan reads: chosen from the path list, capped, most useful first.

Five kinds, each with its own cap (`signals.*_MAX_COUNT`): dependency manifests, CI files,
documents to recognise by content, files that may hold secrets, and a small test suite.
Everything is read in one batch; a blob above `signals.BLOB_MAX_BYTES` is never read.
Documents are taken in turn from each kind (an OpenAPI candidate is not crowded out by a
hundred Kubernetes ones), the most likely first: by the glob that matched, outside test and
example folders, shallow first.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable, Mapping

from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.frameworks import (
    DEV_ONLY_DIRS,
    DEV_ONLY_SIGNALS,
    TEST_SUPPORT_EXTENSIONS,
    TEST_SUPPORT_NAMES,
)
from roadmap_lint.scanning.labels import Candidate, Manifest, Secret, Supporting

#: Folders whose documents are more likely samples than the project's own.
_SAMPLE_DIRS = frozenset(
    [
        "test",
        "tests",
        "spec",
        "fixtures",
        "fixture",
        "testdata",
        "examples",
        "example",
        "samples",
        "sample",
        "docs",
    ]
)


class Chosen:
    """The paths to read, by purpose, and a note for each cap that was reached.

    A plain class, filled in by `choose`: it is made once per scan, and a dataclass with
    this many fields costs about 2 ms to define, a hundredth of a large scan.
    """

    def __init__(self) -> None:
        self.manifests: dict[str, Manifest] = {}
        self.pipelines: list[str] = []
        #: path → the document kinds it may be
        self.documents: dict[str, list[str]] = {}
        #: compose files known by their names, read for the services they run
        self.compose: list[str] = []
        self.secrets: dict[str, str] = {}
        #: a small test suite, read to tell it from a generator's placeholders; None when
        #: the suite is too large to need it
        self.tests: list[str] | None = None
        self.notes: list[str] = []

    def paths(self) -> list[str]:
        tests = self.tests or []
        every = [*self.manifests, *self.pipelines, *self.documents, *self.compose, *self.secrets]
        every += tests
        return sorted(set(every))


def choose(found: Mapping[Hashable, list[str]], *, trust_tests: bool = False) -> Chosen:
    """What to read; ``trust_tests`` when the user named their own test paths (their word
    wins over a look at the content)."""
    chosen = Chosen()
    manifests = {
        path: label for label, hits in found.items() if isinstance(label, Manifest) for path in hits
    }
    kept = sorted(manifests)[: tables.MANIFEST_MAX_COUNT]
    chosen.manifests = {path: manifests[path] for path in kept}
    _note(chosen, "dependency manifests", len(kept), len(manifests))
    pipelines = [*found.get("ci", ()), *_ranked(found, "ci")]  # the CI files, then includes
    chosen.pipelines = _capped(chosen, "CI files", pipelines, tables.CI_MAX_COUNT)
    chosen.documents = _documents(found)
    named = sorted(found.get("compose", ()), key=_depth)
    chosen.compose = _capped(chosen, "compose files", named, tables.CONTENT_MAX_COUNT)
    secrets = {
        path: label.check
        for label, hits in found.items()
        if isinstance(label, Secret)
        for path in hits
        # a key in `tests/fixtures/` signs test requests, a dev container's settings are the
        # editor's: neither is a live secret
        if not _sample(path) and DEV_ONLY_DIRS.isdisjoint(path.split("/")[:-1])
    }
    kept = sorted(secrets, key=_depth)[: tables.SECRET_MAX_COUNT]
    chosen.secrets = {path: secrets[path] for path in kept}
    _note(chosen, "possible secret files", len(kept), len(secrets))
    suite = test_files(found.get("tests", []) + found.get(Supporting("tests"), []))
    small = len(suite) <= tables.TEST_MAX_COUNT and not trust_tests
    chosen.tests = suite if small else None
    return chosen


def _documents(found: Mapping[Hashable, list[str]]) -> dict[str, list[str]]:
    """Paths to recognise by content → their kinds, taken in turn from each kind's ranking."""
    per_kind = [
        [(path, kind) for path in _ranked(found, kind) if _worth_reading(found, kind, path)]
        for kind in tables.CONTENT_CANDIDATES
    ]
    documents: dict[str, list[str]] = {}
    for path, kind in _interleave(per_kind):
        if path in documents or len(documents) < tables.CONTENT_MAX_COUNT:
            documents.setdefault(path, []).append(kind)
    return documents


def test_files(paths: Iterable[str]) -> list[str]:
    """The paths that could hold tests (setup files left out), in the order given."""
    return [path for path in dict.fromkeys(paths) if not _support(path)]


def _support(path: str) -> bool:
    name = path.rpartition("/")[2]
    return name in TEST_SUPPORT_NAMES or name.rpartition(".")[2] in TEST_SUPPORT_EXTENSIONS


def _worth_reading(found: Mapping[Hashable, list[str]], kind: str, path: str) -> bool:
    """Not already evidence by its name, and not in a folder that only sets up a developer's
    machine."""
    signal = tables.DOCUMENT_SIGNALS[kind]
    if path in found.get(signal, ()):
        return False
    if kind == "inline_tests" and (found.get(signal) or found.get(Supporting(signal))):
        return False  # only looked for when no test file shows up
    folders = path.split("/")[:-1]
    return signal not in DEV_ONLY_SIGNALS or DEV_ONLY_DIRS.isdisjoint(folders)


def _ranked(found: Mapping[Hashable, list[str]], kind: str) -> list[str]:
    ranks: dict[str, int] = {}
    for label, hits in found.items():
        if isinstance(label, Candidate) and label.kind == kind:
            for path in hits:
                ranks[path] = min(ranks.get(path, label.rank), label.rank)
    return sorted(ranks, key=lambda path: (_sample(path), ranks[path], _depth(path), path))


def _sample(path: str) -> bool:
    return not _SAMPLE_DIRS.isdisjoint(part.casefold() for part in path.split("/")[:-1])


def _depth(path: str) -> tuple[int, str]:
    return path.count("/"), path


def _interleave(lists: Iterable[list[tuple[str, str]]]) -> Iterable[tuple[str, str]]:
    for round_ in itertools.zip_longest(*lists):
        yield from (item for item in round_ if item is not None)


def _capped(chosen: Chosen, what: str, paths: list[str], cap: int) -> list[str]:
    _note(chosen, what, min(cap, len(paths)), len(paths))
    return paths[:cap]


def _note(chosen: Chosen, what: str, kept: int, total: int) -> None:
    if total > kept:
        chosen.notes.append(f"read {kept} of {total} {what}")
