"""Signals and languages from a list of paths and the manifests among them.

`detect` knows nothing of git: a source hands it the tracked paths (sorted, repo-relative)
and a function that reads the manifests it asks for, in one batch.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.model import SIGNALS
from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.classify import Classifier
from roadmap_lint.scanning.manifests import dependency_names
from roadmap_lint.scanning.patterns import Matcher, any_glob, build_matcher
from roadmap_lint.scanning.result import Signal

#: paths → {path: content}; content above the size cap is left out.
BlobReader = Callable[[Sequence[str]], Mapping[str, bytes]]


_MAX_GLOB = 200
_MAX_ITEMS = 64


@dataclass(frozen=True)
class SignalConfig:
    """The roadmap's `lint.signals`: excluded globs and extra globs or names per signal."""

    exclude: tuple[str, ...] = ()
    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    dependencies: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def from_lint(cls, lint: Mapping[str, Any]) -> SignalConfig:
        """Read `lint.signals` forgivingly; the schema reports shapes it does not accept."""
        section = _mapping(lint.get("signals"))
        extend = _mapping(section.get("extend"))
        known = {name: body for name, body in extend.items() if name in SIGNALS}
        return cls(
            exclude=_globs(section.get("exclude")),
            paths=tuple((n, _globs(_field(b, "paths"))) for n, b in sorted(known.items())),
            dependencies=tuple(
                (n, _strings(_field(b, "dependencies"))) for n, b in sorted(known.items())
            ),
        )


@dataclass
class Detection:
    files: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    signals: dict[str, Signal] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def detect(paths: Sequence[str], read: BlobReader, config: SignalConfig) -> Detection:
    """Classify every path once, then read the manifests found in one batch."""
    matcher, excluded = compiled(config)
    classifier = Classifier(matcher, excluded)
    classifier.run(paths)
    found = classifier.found
    result = Detection(files=len(paths), languages=_languages(classifier.extensions))
    evidence = {signal: list(found.get(signal, ())) for signal in SIGNALS}
    _add_dependencies(evidence, found, read, config, result.notes)
    result.signals = {
        name: Signal(bool(hits), tuple(hits[: tables.EVIDENCE_LIMIT]))
        for name, hits in evidence.items()
    }
    return result


def _languages(extensions: list[str]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for ext, count in Counter(extensions).items():
        language = tables.LANGUAGES.get(ext.lower())
        if language:
            counts[language] += count
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _add_dependencies(
    evidence: dict[str, list[str]],
    found: Mapping[Hashable, list[str]],
    read: BlobReader,
    config: SignalConfig,
    notes: list[str],
) -> None:
    manifests = {
        path: label for label, hits in found.items() if isinstance(label, tuple) for path in hits
    }
    chosen = sorted(manifests)[: tables.MANIFEST_MAX_COUNT]
    if len(manifests) > len(chosen):
        notes.append(f"read {len(chosen)} of {len(manifests)} dependency manifests")
    contents = read(chosen) if chosen else {}
    skipped = [path for path in chosen if path not in contents]
    if skipped:
        notes.append(f"skipped {len(skipped)} oversized or unreadable manifests: {skipped[0]}")
    rules = _dependency_rules(config)
    for path in chosen:
        if path not in contents:
            continue
        ecosystem, parser = manifests[path]
        names = dependency_names(parser, contents[path])
        for signal, by_ecosystem in rules.items():
            match = _first_match(names, by_ecosystem.get(ecosystem, ()) + by_ecosystem["*"])
            if match:
                evidence[signal].append(f"{path}#{match}")


def _first_match(names: set[str], wanted: tuple[str, ...]) -> str | None:
    for name in sorted(names):
        for pattern in wanted:
            if name == pattern or (pattern.endswith("*") and name.startswith(pattern[:-1])):
                return name
    return None


def _dependency_rules(config: SignalConfig) -> dict[str, dict[str, tuple[str, ...]]]:
    extra = dict(config.dependencies)
    return {
        signal: {
            **{eco: tuple(n.casefold() for n in names) for eco, names in by_eco.items()},
            "*": tuple(name.casefold() for name in extra.get(signal, ())),
        }
        for signal, by_eco in tables.DEPENDENCIES.items()
    } | {
        signal: {"*": tuple(name.casefold() for name in names)}
        for signal, names in extra.items()
        if signal not in tables.DEPENDENCIES and names
    }


@functools.lru_cache(maxsize=8)
def compiled(config: SignalConfig) -> tuple[Matcher, re.Pattern[str] | None]:
    """The glob index and the exclusion pattern of ``config``, built once per config."""
    extra = dict(config.paths)
    globs: list[tuple[Hashable, str]] = [
        (signal, glob)
        for signal, by_tool in tables.PATHS.items()
        for patterns in by_tool.values()
        for glob in patterns
    ]
    globs += [(signal, glob) for signal, patterns in extra.items() for glob in patterns]
    globs += [(kind, glob) for glob, kind in tables.MANIFESTS.items()]
    return build_matcher(globs), any_glob(config.exclude)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _field(body: Any, name: str) -> Any:
    return body.get(name) if isinstance(body, dict) else None


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value[:_MAX_ITEMS] if isinstance(item, str) and item.strip())


def _globs(value: Any) -> tuple[str, ...]:
    """The user's globs that are safe to compile.

    A roadmap is untrusted input: a glob with many `**` or `{}` could make matching take
    exponential time, so such globs (and overlong ones) are left out.
    """
    return tuple(
        glob
        for glob in map(_folder_glob, _strings(value))
        if len(glob) <= _MAX_GLOB and glob.count("**") <= 2 and glob.count("{") <= 2
    )


def _folder_glob(glob: str) -> str:
    """A trailing ``/`` means "this folder and all below it", as in ``.gitignore``; like
    there, a slash only at the end does not anchor the folder to the top."""
    if not glob.endswith("/") or not glob.strip("/"):
        return glob
    body = glob.rstrip("/")
    return f"{body}/**" if "/" in body else f"**/{body}/**"
