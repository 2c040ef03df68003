"""`scan --explain SIGNAL`: why a repository shows a signal, or why it does not.

It says what was looked for in the repository's own ecosystems, what nearly matched (paths
with similar names, files set aside and why, documents read that turned out to be something
else, dependencies seen but not counted), how strong the evidence is and which CI files were
read, and the `lint.signals` entry that would count the user's own layout.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.detect import Detection
from roadmap_lint.scanning.expectations import ecosystems_of, expected_packages, expected_paths
from roadmap_lint.scanning.pipelines import EXERCISE_HINTS
from roadmap_lint.scanning.result import ScanResult

#: Near misses listed at most, and patterns or names quoted in the text.
NEAR_LIMIT = 8
LOOKED_LIMIT = 16
_REFUSED = {"tests": "an empty package marker or a setup file proves no test"}
_DEV_ONLY = "in a folder that sets up a developer's machine, not the application"


@dataclass
class Explanation:
    signal: str
    present: bool
    strength: str | None
    evidence: list[str]
    exercised_by: list[str]
    ecosystems: list[str]
    looked_for: list[str]
    near_misses: list[tuple[str, str]] = field(default_factory=list)
    pipelines: list[str] = field(default_factory=list)
    extend: str = ""

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["near_misses"] = [{"what": what, "why": why} for what, why in self.near_misses]
        return data


def explain(signal: str, scan: ScanResult, found: Detection, paths: Sequence[str]) -> Explanation:
    shown = scan.signals[signal]
    ecosystems = ecosystems_of(scan)
    looked_for = expected_paths(signal, ecosystems) + expected_packages(signal, ecosystems)
    aside = _set_aside(signal, found) + _documents(signal, found)
    known = {*shown.evidence, *(what for what, _ in aside)}
    similar = _similar_paths(signal, paths, known)
    declared = _dependencies(signal, found, known)
    near = aside + similar + declared
    return Explanation(
        signal=signal,
        present=shown.present,
        strength=shown.strength,
        evidence=list(shown.evidence),
        exercised_by=list(shown.exercised_by),
        ecosystems=ecosystems,
        looked_for=looked_for,
        near_misses=near[:NEAR_LIMIT],
        pipelines=[pipeline.path for pipeline in found.pipelines],
        extend="" if shown.present else _extend(signal, similar, declared),
    )


def text(result: Explanation, repo: str) -> str:
    """The explanation for people, with the `lint.signals` entry to copy."""
    verdict = f"shown, {result.strength}" if result.present else "not found"
    lines = [f"{result.signal} in {repo}: {verdict}"]
    if result.evidence:
        lines.append(f"  evidence: {', '.join(result.evidence)}")
    where = ", ".join(result.ecosystems) or "any ecosystem"
    looked = result.looked_for[:LOOKED_LIMIT] + (
        ["…"] if len(result.looked_for) > LOOKED_LIMIT else []
    )
    lines.append(f"  looked for ({where}): {', '.join(looked)}")
    if result.near_misses:
        lines.append("  near misses:")
        width = max(len(what) for what, _ in result.near_misses)
        lines += [f"    {what:<{width}}  {why}" for what, why in result.near_misses]
    else:
        lines.append("  near misses: none")
    lines.append("  " + _strength_line(result))
    if result.extend:
        lines += ["  to count your own layout, add to the roadmap:", result.extend]
    return "\n".join(lines)


def _strength_line(result: Explanation) -> str:
    if result.exercised_by:
        return f"exercised by: {', '.join(result.exercised_by)}"
    if result.signal in ("readme", "license"):
        return "strength: present is the most a file like this can show"
    read = ", ".join(result.pipelines) or "no CI file found"
    shown = f"{result.strength}, not exercised" if result.present else "not exercised either"
    return f"{shown}: CI files read: {read}; wanted {EXERCISE_HINTS[result.signal]}"


def _set_aside(signal: str, found: Detection) -> list[tuple[str, str]]:
    near = [(path, _REFUSED.get(signal, _DEV_ONLY)) for path in found.refused.get(signal, [])]
    if signal == "tests":
        why = "read: a generator's placeholder or a setup file, no test of its own"
        near += [(path, why) for path in found.placeholder_tests]
    near += found.dependencies.set_aside.get(signal, [])
    return near


def _documents(signal: str, found: Detection) -> list[tuple[str, str]]:
    return [
        (path, f"read: not a {kind.replace('_', ' ')} document")
        for path, kinds in found.asked.items()
        for kind in kinds
        if tables.DOCUMENT_SIGNALS[kind] == signal and kind not in found.documents.get(path, [])
    ]


def _similar_paths(signal: str, paths: Sequence[str], known: set[str]) -> list[tuple[str, str]]:
    if signal in tables.DEPENDENCIES:
        return []  # read from manifests: a source file named `db.py` is no near miss
    words = _words(signal)
    near = []
    for path in paths:
        word = words.search(path.casefold())
        if word and path not in known and not _vendored(path):
            near.append((path, f'similar name ("{word.group(1)}"), matches no pattern'))
            if len(near) == NEAR_LIMIT:
                break
    return near


def _dependencies(signal: str, found: Detection, known: set[str]) -> list[tuple[str, str]]:
    if signal not in (*tables.DEPENDENCIES, "openapi", "tests"):
        return []
    words = tables.NEAR_WORDS.get(signal, ())
    counted = {item.rpartition("#")[2] for item in known}
    return [
        (f"{manifest}#{name}", "declared, but not in the table for this signal")
        for manifest, names in found.dependencies.names.items()
        for name in sorted(names)
        if name not in counted and any(word in name for word in words)  # `pytest` too
    ]


@functools.lru_cache(maxsize=16)
def _words(signal: str) -> re.Pattern[str]:
    """A signal's near words at the start of a word (`test` in `test-api`, not `latest`)."""
    words = "|".join(re.escape(word) for word in tables.NEAR_WORDS.get(signal, ()))
    return re.compile(f"(?:^|[^a-z])({words})" if words else "(?!)")


def _extend(signal: str, similar: list[tuple[str, str]], declared: list[tuple[str, str]]) -> str:
    """The roadmap entry that would count the first near miss (or a placeholder)."""
    generated = signal == "openapi" and declared and not similar  # a generator is evidence
    if signal in tables.DEPENDENCIES or generated:
        name = declared[0][0].rpartition("#")[2] if declared else "your-package"
        entry = f'{{dependencies: ["{name}"]}}'
    else:
        glob = _as_glob(similar[0][0]) if similar else "path/to/your/files/**"
        entry = f'{{paths: ["{glob}"]}}'
    return f"    lint:\n      signals:\n        extend:\n          {signal}: {entry}"


def _as_glob(path: str) -> str:
    folder, _, name = path.rpartition("/")
    extension = name.rpartition(".")[2] if "." in name else ""
    return f"{folder}/**/*.{extension}" if folder and extension else path


def _vendored(path: str) -> bool:
    return not tables.VENDORED_DIRS.isdisjoint(path.split("/")[:-1])
