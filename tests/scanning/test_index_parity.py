"""The fast glob index (by name, extension and folder, with early retirement) finds exactly
what checking every path against every glob of the table finds."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.config import SignalConfig
from roadmap_lint.scanning.detect import classifier_for, detect
from roadmap_lint.scanning.patterns import expand_braces, glob_to_regex, name_test, split_name
from tests.scanning.test_file_signals import NEGATIVE, POSITIVE

FOLDERS = [
    "",
    "src",
    "src/app",
    "tests",
    "tests/unit",
    "test",
    "spec",
    "app/tests",
    "contest",
    "db/migrate",
    "migrations",
    "migrations/versions",
    "alembic/versions",
    "notes/migrations",
    "prisma/migrations/20260101_init",
    "k8s",
    "deploy/k8s/base",
    "charts/api",
    ".github/workflows",
    ".circleci",
    "docs",
    "node_modules/pkg",
    "vendor/lib",
    "services/api",
    "src/test/java/x",
    "__tests__",
    "web/src/__tests__",
    "Migrations",
    "db/changelog",
    "infra",
    "playbooks",
    # ordinary parents with special subfolders: a folder's siblings are tested by name only
    "src/vendor",
    "src/app/node_modules/lib",
    "services/api/tests",
    "services/api/migrations",
    "services/web",
    "services/web/k8s",
]
NAMES = [
    "test_a.py",
    "a_test.py",
    "latest.py",
    "conftest.py",
    "main.py",
    "0001_init.py",
    "20260101_create.rb",
    "x.test.ts",
    "x.spec.js",
    "app.js",
    "store_test.go",
    "attestation.go",
    "NotesTest.java",
    "Dockerfile",
    "Dockerfile.md",
    "Dockerfile.prod",
    "api.Dockerfile",
    "README.md",
    "LICENSE",
    "compose.yaml",
    "docker-compose.yml",
    "ci.yml",
    "config.yml",
    "app.json",
    "fly.toml",
    "main.tf",
    "deployment.yaml",
    "Chart.yaml",
    "V1__init.sql",
    "schema.sql",
    "1_init.up.sql",
    "migration.sql",
    "openapi.yaml",
    ".env.example",
    "site.yml",
    "testing.md",
    "kustomization.yaml",
    "Procfile",
    ".travis.yml",
    "Jenkinsfile",
]


def listing(seed: int) -> list[str]:
    rng = random.Random(seed)
    paths = {
        f"{folder}/{name}".lstrip("/")
        for folder, name in ((rng.choice(FOLDERS), rng.choice(NAMES)) for _ in range(4000))
    }
    paths |= {path for _, _, path in POSITIVE}
    paths |= {path for _, _, files in NEGATIVE for path in files}
    return sorted(paths)


def brute_force(paths: list[str]) -> dict[str, tuple[str, ...]]:
    """Every path against every glob of the table, the slow and obvious way."""
    found: dict[str, list[str]] = {signal: [] for signal in SIGNALS}
    regexes = {
        signal: [
            re.compile(glob_to_regex(single))
            for globs in by_tool.values()
            for glob in globs
            for single in expand_braces(glob)
        ]
        for signal, by_tool in tables.PATHS.items()
    }
    for path in paths:
        if not tables.VENDORED_DIRS.isdisjoint(path.split("/")[:-1]):
            continue
        prose = split_name(path)[1].lower() in tables.PROSE_EXTENSIONS
        for signal, patterns in regexes.items():
            if prose and signal not in tables.PROSE_SIGNALS:
                continue
            if any(regex.fullmatch(path) for regex in patterns):
                found[signal].append(path)
    return {signal: tuple(hits[: tables.EVIDENCE_LIMIT]) for signal, hits in found.items()}


@pytest.mark.parametrize("seed", range(5))
def test_index_finds_what_brute_force_finds(seed: int) -> None:
    paths = listing(seed)
    fast = detect(paths, lambda chosen: {}, SignalConfig())
    expected = brute_force(paths)
    for signal in tables.PATHS:
        assert fast.signals[signal].evidence == expected[signal], signal


@pytest.mark.parametrize("seed", range(5))
def test_chunk_by_chunk_finds_what_the_whole_listing_finds(seed: int) -> None:
    # A scan classifies the paths in chunks as git lists them: chunk boundaries fall anywhere,
    # inside a folder's files too, and must change nothing, retired signals included.
    paths = listing(seed)
    rng = random.Random(seed)
    classifier = classifier_for(SignalConfig())
    start = 0
    while start < len(paths):
        end = start + rng.randint(1, 300)
        classifier.run(paths[start:end])
        start = end
    chunked = detect(paths, lambda chosen: {}, SignalConfig(), classifier)
    whole = detect(paths, lambda chosen: {}, SignalConfig())
    assert chunked == whole


@pytest.mark.parametrize(
    ("special", "signal"),
    [("services/k8s/web.yaml", "deploy"), ("services/node_modules/Dockerfile", None)],
)
def test_a_special_folder_beside_ordinary_ones_is_not_taken_for_one(
    special: str, signal: str | None
) -> None:
    # `services/app/` has only ordinary names, so `services/` is remembered as ordinary; its
    # subfolder `k8s` (folder-tied globs) or `node_modules` (vendored) must still count as
    # special. The YAML file first: the shared plain folder then knows `.yaml` as ordinary.
    paths = ["services/app/main.py", "services/app/settings.yaml", special, "services/x/main.py"]
    classifier = classifier_for(SignalConfig())
    classifier.run(paths)
    assert {label for label in classifier.found if isinstance(label, str)} == (
        {signal} if signal else set()
    )
    assert sum(classifier.extension_counts.values()) == (4 if signal else 3)


def test_a_path_with_no_file_name_is_passed_over() -> None:
    # Git never lists `folder/`, but a classifier reads names by their first letter: an empty
    # one must be passed over, not read past its end.
    classifier = classifier_for(SignalConfig())
    classifier.run(["src/", "", "README.md"])
    assert classifier.found == {"readme": ["README.md"]}


_GLOB_PIECES = st.sampled_from(
    ["*", "**", "?", "[ab]", "a", "b", ".", "-", "ab", "test_", ".py", "é"]
)
_NAME_PIECES = st.sampled_from(["a", "b", ".", "-", "ab", "test_", ".py", "é", "x", ""])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(_GLOB_PIECES, max_size=6), min_size=1, max_size=3),
    st.lists(_NAME_PIECES, max_size=8),
)
def test_globs_tested_by_hand_match_as_their_regex_does(
    globs: list[list[str]], name_pieces: list[str]
) -> None:
    # A bucket tests its `*`-only globs with string methods (the others with a regex) for
    # its first paths, and with one compiled translation after: the answers must agree.
    patterns, name = ["".join(pieces) for pieces in globs], "".join(name_pieces)
    translated = "|".join(glob_to_regex(glob) for glob in patterns)
    assert bool(name_test(patterns)(name)) == bool(re.fullmatch(translated, name))
