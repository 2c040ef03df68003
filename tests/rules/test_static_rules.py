"""Table-driven tests for the rules that read only the roadmap file.

Each case: roadmap text → the exact ``(code, line, column)`` findings of one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.lint import MINIMAL, triples

AREAS_TAIL = """\
  api_design: {}
  databases: {}
  testing_security: {}
  deployment_devops: {}
"""


def with_core(skills: str, rest: str = "") -> str:
    return (
        "version: 1\nprofile: {level: intermediate}\nareas:\n  core_language:\n    skills:\n"
        + skills
        + AREAS_TAIL
        + rest
    )


CASES = [
    # RL001 yaml-syntax
    ("RL001", "version: 1\nprofile:\n\tlevel: beginner\n", [("RL001", 3, 1)]),
    ("RL001", 'version: "1\n', [("RL001", 1, 10)]),
    ("RL001", MINIMAL, []),
    # RL002 schema
    ("RL002", MINIMAL, []),
    ("RL002", MINIMAL.replace("intermediate", "expert"), [("RL002", 2, 18)]),
    ("RL002", MINIMAL.replace("  deployment_devops: {}\n", ""), [("RL002", 4, 3)]),
    ("RL002", MINIMAL + "projets: []\n", [("RL002", 9, 1)]),
    # RL003 duplicate-key
    ("RL003", MINIMAL + "version: 1\n", [("RL003", 9, 1)]),
    ("RL003", MINIMAL, []),
    # RL004 unknown-reference
    (
        "RL004",
        with_core("      - {name: Go, status: fragile, projects: [api]}\n"),
        [("RL004", 6, 48)],
    ),
    (
        "RL004",
        with_core(
            "      - {name: Go, status: fragile, projects: [api]}\n",
            "projects:\n  - {id: api, repo: ., areas: [api_design, nowhere]}\n",
        ),
        [("RL004", 12, 44)],
    ),
    (
        "RL004",
        MINIMAL + "reviews:\n  - {date: 2026-01-01, kind: project, project: x}\n",
        [("RL004", 10, 48)],
    ),
    ("RL004", MINIMAL + "lint:\n  ignore: [RL207, no-such-rule]\n", [("RL004", 10, 19)]),
    # RL005 duplicate-name
    (
        "RL005",
        with_core("      - {name: Go, status: fragile}\n      - {name: ' go ', status: fragile}\n"),
        [("RL005", 7, 16)],
    ),
    ("RL005", with_core("      - {name: Go, status: fragile}\n"), []),
    # RL006 future-date
    ("RL006", MINIMAL + "reviews:\n  - {date: 2026-11-26, kind: monthly}\n", [("RL006", 10, 12)]),
    ("RL006", MINIMAL + "reviews:\n  - {date: 2026-11-25, kind: monthly}\n", []),
    # RL201 area-without-project
    (
        "RL201",
        MINIMAL,
        [("RL201", 4, 3), ("RL201", 5, 3), ("RL201", 6, 3), ("RL201", 7, 3), ("RL201", 8, 3)],
    ),
    (
        "RL201",
        MINIMAL
        + "projects:\n  - id: a\n    repo: .\n    areas: [core_language, api_design, databases,"
        " testing_security, deployment_devops]\n",
        [],
    ),
    # RL202 too-many-languages
    (
        "RL202",
        MINIMAL.replace("{level: intermediate}", "{level: beginner, languages: [go, java]}"),
        [("RL202", 2, 39)],
    ),
    (
        "RL202",
        MINIMAL.replace("{level: intermediate}", "{level: intermediate, languages: [go, java]}"),
        [],
    ),
    # RL206 tutorial-heavy
    (
        "RL206",
        MINIMAL + "projects:\n  - {id: a, repo: ., kind: tutorial, status: done}\n",
        [("RL206", 9, 1)],
    ),
    ("RL206", MINIMAL + "projects:\n  - {id: a, repo: ., kind: independent}\n", []),
    # RL207 essential-overload
    (
        "RL207",
        with_core(
            "      - {name: A, status: fragile, bucket: essential_now}\n"
            "      - {name: B, status: fragile, bucket: essential_now}\n",
            "lint:\n  thresholds: {essential_max: 1}\n",
        ),
        [("RL207", 7, 44)],
    ),
    ("RL207", with_core("      - {name: A, status: fragile, bucket: essential_now}\n"), []),
    # RL211 tool-without-reason
    (
        "RL211",
        with_core("      - {name: Kafka, status: theoretical, major_tool: true}\n"),
        [("RL211", 6, 56)],
    ),
    (
        "RL211",
        with_core("      - {name: Kafka, status: theoretical, major_tool: true, reason: x}\n"),
        [],
    ),
    # RL212 no-next-focus
    ("RL212", MINIMAL + "reviews:\n  - {date: 2026-10-01, kind: quarterly}\n", [("RL212", 10, 5)]),
    ("RL212", MINIMAL + "reviews:\n  - {date: 2026-10-01, kind: quarterly, next_focus: SQL}\n", []),
    # RL302 comfortable-without-evidence
    ("RL302", with_core("      - {name: Go, status: comfortable}\n"), [("RL302", 6, 28)]),
    ("RL302", with_core("      - {name: Go, status: comfortable, projects: [a]}\n"), []),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_rule(tmp_path: Path, code: str, text: str, expected: list[tuple[str, int, int]]) -> None:
    assert triples(tmp_path, text, code) == expected


def test_inline_ignore_silences_only_that_item(tmp_path: Path) -> None:
    text = with_core(
        "      - {name: Go, status: comfortable, ignore: [RL302]}\n"
        "      - {name: SQL, status: comfortable}\n"
    )
    assert triples(tmp_path, text, "RL302") == [("RL302", 7, 29)]


def test_inline_ignore_by_name(tmp_path: Path) -> None:
    text = with_core(
        "      - {name: Go, status: comfortable, ignore: [comfortable-without-evidence]}\n"
    )
    assert triples(tmp_path, text, "RL302") == []


def test_lint_ignore_in_file(tmp_path: Path) -> None:
    text = MINIMAL + "lint:\n  ignore: [area-without-project]\n"
    assert triples(tmp_path, text, "RL201") == []


def test_quoted_dates_count_like_plain_ones(tmp_path: Path) -> None:
    text = MINIMAL + "reviews:\n  - {date: '2099-01-01', kind: monthly}\n"
    assert triples(tmp_path, text, "RL006") == [("RL006", 10, 12)]
