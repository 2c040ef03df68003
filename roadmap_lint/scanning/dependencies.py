"""Dependency evidence: packages that name a capability, and frameworks that bring one.

Each manifest gives at most one package per signal, the most convincing: a production driver
before a framework, anything before a package only tests use (`h2` after `postgresql`).
A Redis client is the broker of a Redis-backed queue library when no cache library is
declared beside it, and then it is not evidence of a cache.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping, Sequence

from roadmap_lint.core.records import Record
from roadmap_lint.scanning import frameworks as known
from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.config import SignalConfig
from roadmap_lint.scanning.hit import FRAMEWORK, PACKAGE, TEST_ONLY, Hit
from roadmap_lint.scanning.labels import Manifest
from roadmap_lint.scanning.manifests import dependency_names
from roadmap_lint.scanning.patterns import expand_braces, glob_to_regex

#: signal → ecosystem (or `*` for the user's names) → casefolded package names
Rules = dict[str, dict[str, tuple[str, ...]]]
#: package → signal → conditions, per ecosystem (`*` for the user's frameworks)
Brings = dict[str, dict[str, dict[str, tuple[str, ...]]]]


class Dependencies(Record):
    """What the manifests declare, and what it shows."""

    def __init__(self) -> None:
        #: manifest path → the casefolded names it declares
        self.names: dict[str, set[str]] = {}
        self.hits: dict[str, list[Hit]] = {}
        #: packages set aside, for `scan --explain`: signal → (evidence, why)
        self.set_aside: dict[str, list[tuple[str, str]]] = {}


def read_dependencies(
    manifests: Mapping[str, Manifest],
    contents: Mapping[str, bytes],
    paths: Sequence[str],
    config: SignalConfig,
) -> Dependencies:
    """What ``manifests`` declare; ``paths`` (sorted) are checked for frameworks' conditions."""
    result = Dependencies()
    rules, brings = _rules(config), _brings(config)
    for path, manifest in manifests.items():
        if path not in contents:
            continue
        names = dependency_names(manifest.parser, contents[path])
        result.names[path] = names
        for signal, by_ecosystem in rules.items():
            wanted = by_ecosystem.get(manifest.ecosystem, ()) + by_ecosystem["*"]
            match = _best_match(names, wanted)
            if match:
                rank = TEST_ONLY if match in known.TEST_SCOPED else PACKAGE
                result.hits.setdefault(signal, []).append(Hit(rank, f"{path}#{match}", "declared"))
        folder = path.rpartition("/")[0]
        for ecosystem in (manifest.ecosystem, "*"):
            for package, signals in brings.get(ecosystem, {}).items():
                if package in names:
                    for signal, when in signals.items():
                        if not when or _any_below(folder, when, paths):
                            hit = Hit(FRAMEWORK, f"{path}#{package}", "declared")
                            result.hits.setdefault(signal, []).append(hit)
    _resolve_redis(result)
    return result


def _best_match(names: set[str], wanted: tuple[str, ...]) -> str | None:
    """The declared name that matches ``wanted``, production packages before test ones."""
    matches = [
        name
        for name in names
        if any(name == p or (p.endswith("*") and name.startswith(p[:-1])) for p in wanted)
    ]
    return min(matches, key=lambda name: (name in known.TEST_SCOPED, name), default=None)


def _resolve_redis(result: Dependencies) -> None:
    """A Redis client beside a Redis-backed queue, with no cache library, is the broker."""
    declared = set().union(*result.names.values()) if result.names else set()
    queues = sorted(declared & known.REDIS_QUEUES)
    cache = result.hits.get("cache", [])
    if not queues or any(_package(hit) not in known.REDIS_CLIENTS for hit in cache):
        return
    result.set_aside["cache"] = [
        (hit.where, f"the broker of {queues[0]}, not a cache") for hit in cache
    ]
    result.hits["cache"] = []


def _package(hit: Hit) -> str:
    return hit.where.rpartition("#")[2]


def _any_below(folder: str, globs: tuple[str, ...], paths: Sequence[str]) -> bool:
    """A path below ``folder`` matches one of ``globs`` (relative to it).

    Only a manifest that names a framework with conditions gets here, so the rare scan of
    the folder's paths (a sorted range, found by bisection) costs nothing elsewhere.
    """
    prefix = f"{folder}/" if folder else ""
    regex = _regex(globs)
    start = bisect.bisect_left(paths, prefix)
    for path in itertools.islice(paths, start, None):
        if not path.startswith(prefix):
            return False
        if regex.fullmatch(path[len(prefix) :]):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _regex(globs: tuple[str, ...]) -> re.Pattern[str]:
    """Conditions as one expression; a glob without `/` matches a file name at any depth."""
    anchored = [glob if "/" in glob else "**/" + glob for glob in globs]
    return re.compile(
        "|".join(glob_to_regex("/" + one) for glob in anchored for one in expand_braces(glob))
    )


@functools.lru_cache(maxsize=8)
def _rules(config: SignalConfig) -> Rules:
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
def _brings(config: SignalConfig) -> Brings:
    user: dict[str, dict[str, tuple[str, ...]]] = {}
    for package, signals, when in config.frameworks:
        user.setdefault(package, {}).update(dict.fromkeys(signals, when))
    return {**known.FRAMEWORKS, "*": user}
