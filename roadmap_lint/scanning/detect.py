"""Signals and languages from a list of paths and the few blobs worth reading among them.

`detect` knows nothing of git: a source hands it the tracked paths (sorted, repo-relative)
and a function that reads the blobs it asks for, in one batch. One pass over the paths files
every match under its label; then the manifests, CI files, content candidates and possible
secret files that pass (capped, see `candidates`) are read together, once.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING

from roadmap_lint.core.records import Record
from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.candidates import Chosen, choose
from roadmap_lint.scanning.classify import Classifier
from roadmap_lint.scanning.config import SignalConfig
from roadmap_lint.scanning.dependencies import Dependencies, read_dependencies
from roadmap_lint.scanning.hit import DOCUMENT, NAMED, SUPPORTING, Hit
from roadmap_lint.scanning.labels import Candidate, Manifest, Secret, Supporting
from roadmap_lint.scanning.patterns import Matcher, any_glob, build_matcher
from roadmap_lint.scanning.result import Signal
from roadmap_lint.scanning.signals import EVIDENCE_LIMIT
from roadmap_lint.scanning.strength import build_signals

if TYPE_CHECKING:
    from roadmap_lint.scanning.ci import Pipeline

#: paths → {path: content}; content above the size cap is left out.
BlobReader = Callable[[Sequence[str]], Mapping[str, bytes]]


class Detection(Record):
    """What one pass over a tree found: its signals, and what `scan --explain` reports."""

    def __init__(self, files: int, languages: dict[str, int]) -> None:
        self.files = files
        self.languages = languages
        self.signals: dict[str, Signal] = {}
        self.notes: list[str] = []
        self.secret_files: list[str] = []
        self.ecosystems: list[str] = []
        #: what `scan --explain` reports beyond the signals
        self.dependencies = Dependencies()
        #: content candidates read → the kinds looked for, and the kinds recognised in each
        self.asked: dict[str, list[str]] = {}
        self.documents: dict[str, list[str]] = {}
        self.pipelines: list[Pipeline] = []
        self.refused: dict[str, list[str]] = {}
        #: the test files set aside as a generator's placeholders (or setup only)
        self.placeholder_tests: list[str] = []


def classifier_for(config: SignalConfig) -> Classifier:
    """A classifier for one repository's paths under ``config``."""
    matcher, excluded = compiled(config)
    return Classifier(matcher, excluded)


def detect(
    paths: Sequence[str],
    read: BlobReader,
    config: SignalConfig,
    classifier: Classifier | None = None,
) -> Detection:
    """Classify every path once (unless ``classifier`` has seen them all already, as they
    were listed), then read the chosen blobs in one batch."""
    if classifier is None:
        classifier = classifier_for(config)
        classifier.run(paths)
    found = classifier.found
    chosen = choose(found, trust_tests=bool(dict(config.paths).get("tests")))
    contents = read(chosen.paths()) if chosen.paths() else {}
    result = Detection(files=len(paths), languages=_languages(classifier.extension_counts))
    result.notes = chosen.notes + _unread(chosen, contents)
    result.refused = classifier.refused
    result.dependencies = read_dependencies(chosen.manifests, contents, paths, config)
    hits = _path_hits(found)
    _judge_tests(result, hits, chosen.tests, found, contents)
    for signal, more in result.dependencies.hits.items():
        hits.setdefault(signal, []).extend(more)
    services = _read_documents(result, hits, chosen, contents)
    result.pipelines = _read_pipelines(chosen.pipelines, contents)
    result.signals = build_signals(hits, result.pipelines, services)
    result.secret_files = _secret_files(chosen.secrets, contents)
    result.ecosystems = sorted({manifest.ecosystem for manifest in chosen.manifests.values()})
    return result


# The readers below are imported only when there is something for them to read: a scan pays
# for what the repository holds (PyYAML among them), not for every reader there is.


def _judge_tests(
    result: Detection,
    hits: dict[str, list[Hit]],
    suite: list[str] | None,
    found: Mapping[Hashable, list[str]],
    contents: Mapping[str, bytes],
) -> None:
    """Drop the tests a small suite shows when it is only setup and placeholders."""
    if suite is None:
        return
    from roadmap_lint.scanning.placeholders import only_placeholders

    if only_placeholders(suite, contents):
        result.placeholder_tests = suite or found.get("tests", [])[:EVIDENCE_LIMIT]
        hits["tests"] = []


def _read_documents(
    result: Detection,
    hits: dict[str, list[Hit]],
    chosen: Chosen,
    contents: Mapping[str, bytes],
) -> dict[str, list[str]]:
    """Recognise the documents read, set dev-container stacks aside, and return each compose
    file's service images."""
    named = [path for path in chosen.compose if path in contents]
    result.asked = {p: kinds for p, kinds in chosen.documents.items() if p in contents}
    if not result.asked and not named:
        return {}
    from roadmap_lint.scanning.content import compose_images, dev_stack, recognise

    result.documents = {
        path: recognise(path, kinds, contents[path]) for path, kinds in result.asked.items()
    }
    for path, kinds in result.documents.items():
        for kind in kinds:
            signal = tables.DOCUMENT_SIGNALS[kind]
            hits.setdefault(signal, []).append(Hit(DOCUMENT, path, "present"))
    compose = [p for p, kinds in result.documents.items() if "compose" in kinds] + named
    dev_stacks = [path for path in compose if dev_stack(contents[path])]
    result.refused.setdefault("compose", []).extend(dev_stacks)
    hits["compose"] = [hit for hit in hits.get("compose", []) if hit.where not in dev_stacks]
    return {path: compose_images(contents[path]) for path in compose if path not in dev_stacks}


def _read_pipelines(chosen: Sequence[str], contents: Mapping[str, bytes]) -> list[Pipeline]:
    if not chosen:
        return []
    from roadmap_lint.scanning.ci import read_pipeline

    return [read_pipeline(path, contents[path]) for path in chosen if path in contents]


def _secret_files(chosen: Mapping[str, str], contents: Mapping[str, bytes]) -> list[str]:
    if not chosen:
        return []
    from roadmap_lint.scanning.secret_files import secret_files

    return secret_files(chosen, contents)


def _path_hits(found: Mapping[Hashable, list[str]]) -> dict[str, list[Hit]]:
    hits: dict[str, list[Hit]] = {}
    for label, paths in found.items():
        if isinstance(label, str):
            hits.setdefault(label, []).extend(Hit(NAMED, path, "present") for path in paths)
        elif isinstance(label, Supporting):
            hits.setdefault(label.signal, []).extend(
                Hit(SUPPORTING, path, "present") for path in paths
            )
    return hits


def _unread(chosen: Chosen, contents: Mapping[str, bytes]) -> list[str]:
    skipped = [path for path in chosen.manifests if path not in contents]
    if not skipped:
        return []
    return [f"skipped {len(skipped)} oversized or unreadable manifests: {skipped[0]}"]


def _languages(extensions: Mapping[str, int]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for ext, count in extensions.items():
        language = tables.LANGUAGES.get(ext.lower())
        if language:
            counts[language] += count
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


@functools.lru_cache(maxsize=8)
def compiled(config: SignalConfig) -> tuple[Matcher, re.Pattern[str] | None]:
    """The glob index and the exclusion pattern of ``config``, built once per config."""
    globs: list[tuple[Hashable, str]] = [
        (signal, glob)
        for signal, by_tool in tables.PATHS.items()
        for patterns in by_tool.values()
        for glob in patterns
    ]
    globs += [
        (Supporting(signal), glob)
        for signal, by_tool in tables.SUPPORTING_PATHS.items()
        for patterns in by_tool.values()
        for glob in patterns
    ]
    globs += [(signal, glob) for signal, patterns in config.paths for glob in patterns]
    globs += [(Manifest(*kind), glob) for glob, kind in tables.MANIFESTS.items()]
    globs += [
        (Candidate(kind, rank), glob)
        for kind, patterns in tables.CONTENT_CANDIDATES.items()
        for rank, glob in enumerate(patterns)
    ]
    globs += [(Candidate("ci", 1), glob) for glob in tables.CI_INCLUDES]
    globs += [(Secret(check), glob) for glob, check in tables.SECRET_FILES.items()]
    return build_matcher(globs), any_glob(config.exclude)
