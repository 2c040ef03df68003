"""Every rule's cases in one table: a roadmap situation → the exact ``(code, line, column)``.

``TABLE`` is keyed by rule code, in code order; each case lints with only that rule selected.
Cases that need the scan build real project repositories (``repos``), cases that need the
roadmap's git history commit real versions on pinned dates (``versions``); see
``tests/rules/table.py``. Every registered rule must have at least one failing and one passing
case here: a new rule brings its cases, or ``test_every_rule_has_cases`` fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap_lint import rules
from roadmap_lint.loading.document import parse_text
from roadmap_lint.loading.validation import validate
from tests.rules.table import Case, Repo, Triple, lint_case
from tests.support.lint import MINIMAL

AREAS_TAIL = """\
  api_design: {}
  databases: {}
  testing_security: {}
  deployment_devops: {}
"""


def with_core(skills: str, rest: str = "") -> str:
    """``skills`` (one item a line) under core_language, from line 6; ``rest`` after the areas."""
    return (
        "version: 1\nprofile: {level: intermediate}\nareas:\n  core_language:\n    skills:\n"
        + skills
        + AREAS_TAIL
        + rest
    )


def at_level(level: str, rest: str = "") -> str:
    return MINIMAL.replace("{level: intermediate}", level) + rest


def projects(*items: str, rest: str = "") -> str:
    """MINIMAL with ``projects:`` on line 9, its items from line 10; ``rest`` after them."""
    return MINIMAL + "projects:\n" + "".join(f"  - {item}\n" for item in items) + rest


def reviews(*items: str) -> str:
    """A ``reviews:`` section (its items one a line) to append."""
    return "reviews:\n" + "".join(f"  - {item}\n" for item in items)


# Project repositories, by what they show.
README = {"README.md": "# API\n"}
TESTED = {**README, "tests/test_api.py": "def test_ok() -> None:\n    assert True\n"}
SHIPPED = {**TESTED, "Dockerfile": "FROM python:3.12-slim\n"}
PIPELINE = "on: push\njobs:\n  ci:\n    steps:\n      - run: pytest\n      - run: docker build .\n"
DELIVERED = {**SHIPPED, ".github/workflows/ci.yml": PIPELINE}  # CI runs the tests, builds it
EXERCISED = "lint: {min_strength: {tests: exercised}}\n"
# tests/support/gitrepo.py commits as learner@example.invalid
LEARNER = "{level: intermediate, github: ada, emails: [learner@example.invalid]}"
SOMEONE = "{level: intermediate, github: ada, emails: [ada@example.com]}"
SECRET = {**README, ".env": "SECRET_KEY=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"}
QUIET = {"api": Repo(README, date="2026-08-26")}  # 91 days before 2026-11-25

IN_PROGRESS = "{id: api, repo: ../api, status: in_progress}"
DONE = "{id: api, repo: ../api, status: done, completed: 2026-11-01}"
KAFKA = "      - {name: Kafka, status: theoretical}\n"  # its status value is at 6:31
GO = "      - {name: Go, status: theoretical}\n"
REDIS = "      - {name: Redis, status: theoretical}\n"

#: Three saved postings that all require Docker (and say nothing of the rest).
DOCKER_POSTINGS = {f"{n}.txt": "Requirements:\n- Docker\n" for n in "abc"}

TABLE: dict[str, list[Case]] = {
    # ---- the file itself --------------------------------------------------------------------
    "RL001": [
        Case("tab-indent", [("RL001", 3, 1)], "version: 1\nprofile:\n\tlevel: beginner\n"),
        Case("unclosed-quote", [("RL001", 1, 10)], 'version: "1\n'),
        Case("valid", [], MINIMAL),
    ],
    "RL002": [
        Case("valid", [], MINIMAL),
        Case("bad-enum", [("RL002", 2, 18)], MINIMAL.replace("intermediate", "expert")),
        Case("missing-area", [("RL002", 4, 3)], MINIMAL.replace("  deployment_devops: {}\n", "")),
        Case("unknown-top-key", [("RL002", 9, 1)], MINIMAL + "projets: []\n"),
        Case(
            "a-project-url-that-is-not-https",
            [("RL002", 10, 30)],
            projects("{id: a, repo: ../a, url: 'http://notes.example.dev'}"),
        ),
        Case(
            "a-retrospective-names-no-project",
            [("RL002", 10, 5)],
            MINIMAL + reviews("{date: 2026-11-03, kind: project}"),
        ),
    ],
    "RL003": [
        Case("top-level", [("RL003", 9, 1)], MINIMAL + "version: 1\n"),
        Case("in-flow-mapping", [("RL003", 10, 13)], projects("{id: a, id: b, repo: ../a}")),
        Case("no-duplicates", [], MINIMAL),
    ],
    "RL004": [
        Case(
            "skill-project",
            [("RL004", 6, 48)],
            with_core("      - {name: Go, status: fragile, projects: [api]}\n"),
        ),
        Case(
            "skill-reason",
            [("RL004", 6, 66)],
            with_core("      - {name: Kafka, status: fragile, major_tool: true, reason: api}\n"),
        ),
        Case(
            "project-area",
            [("RL004", 12, 44)],
            with_core(
                "      - {name: Go, status: fragile, projects: [api]}\n",
                "projects:\n  - {id: api, repo: ., areas: [api_design, nowhere]}\n",
            ),
        ),
        Case(
            "review-project",
            [("RL004", 10, 48)],
            MINIMAL + reviews("{date: 2026-01-01, kind: project, project: x}"),
        ),
        Case(
            "lint-ignore", [("RL004", 10, 19)], MINIMAL + "lint:\n  ignore: [RL207, no-such-rule]\n"
        ),
        Case(
            "lint-severity-key", [("RL004", 10, 14)], MINIMAL + "lint:\n  severity: {RL999: off}\n"
        ),
        Case(
            "inline-ignore",
            [("RL004", 6, 46)],
            with_core("      - {name: Go, status: fragile, ignore: [RL9]}\n"),
        ),
        Case(
            "all-known",
            [],
            with_core(
                "      - {name: Go, status: fragile, projects: [api], ignore: [RL3, no-sql]}\n",
                "projects:\n  - {id: api, repo: ., areas: [api_design]}\n"
                + reviews("{date: 2026-01-01, kind: project, project: api}")
                + "lint:\n  select: [RL2]\n  severity: {RL301: info}\n",
            ),
        ),
    ],
    "RL005": [
        Case(
            "same-name-other-case",
            [("RL005", 7, 16)],
            with_core(
                "      - {name: Go, status: fragile}\n      - {name: ' go ', status: fragile}\n"
            ),
        ),
        Case("unique", [], with_core("      - {name: Go, status: fragile}\n")),
    ],
    "RL006": [
        Case(
            "review-tomorrow",
            [("RL006", 10, 12)],
            MINIMAL + reviews("{date: 2026-11-26, kind: monthly}"),
        ),
        Case("review-today", [], MINIMAL + reviews("{date: 2026-11-25, kind: monthly}")),
        Case(
            "quoted-date",
            [("RL006", 10, 12)],
            MINIMAL + reviews("{date: '2099-01-01', kind: monthly}"),
        ),
        Case(
            "project-completed-tomorrow",
            [("RL006", 10, 54)],
            projects("{id: api, repo: ../api, status: done, completed: 2026-11-26}"),
        ),
        Case(
            "inline-ignore",
            [],
            MINIMAL + reviews("{date: 2026-11-26, kind: monthly, ignore: [future-date]}"),
        ),
    ],
    # ---- history and cadence ----------------------------------------------------------------
    "RL100": [
        Case("never-committed", [("RL100", 1, 1)], MINIMAL, versions=()),
        Case("committed", [], versions=[("2026-01-05", MINIMAL)]),
        Case("history-not-read", [], MINIMAL),
    ],
    "RL101": [
        Case(
            "93-days",
            [("RL101", 10, 5)],
            MINIMAL + reviews("{date: 2026-08-24, kind: quarterly}"),
        ),
        Case("92-days", [], MINIMAL + reviews("{date: 2026-08-25, kind: quarterly}")),
        Case("annual-counts", [], MINIMAL + reviews("{date: 2026-09-01, kind: annual}")),
        Case(
            "only-the-latest-counts",
            [("RL101", 11, 5)],
            MINIMAL
            + reviews("{date: 2026-10-01, kind: monthly}", "{date: 2026-07-01, kind: quarterly}"),
        ),
        Case(
            "threshold-from-lint",
            [("RL101", 10, 5)],
            MINIMAL
            + reviews("{date: 2026-10-01, kind: quarterly}")
            + "lint:\n  thresholds: {quarterly_days: 30}\n",
        ),
        Case(
            "tomorrow-does-not-count",
            [("RL101", 11, 5)],
            MINIMAL
            + reviews("{date: 2026-11-26, kind: quarterly}", "{date: 2026-07-01, kind: quarterly}"),
        ),
        Case(
            "no-review-since-first-commit",
            [("RL101", 1, 1)],
            versions=[("2026-08-24", MINIMAL)],
        ),
        Case("no-review-young-roadmap", [], versions=[("2026-08-25", MINIMAL)]),
        Case("no-review-no-history", [], MINIMAL),
        # Reviews an earlier version listed and a later edit pruned; see test_pruned_reviews.py
        Case(
            "pruned-old-review-counts",
            [],
            versions=[
                ("2026-01-05", MINIMAL),
                ("2026-10-01", MINIMAL + reviews("{date: 2026-10-01, kind: quarterly}")),
                ("2026-11-02", MINIMAL + reviews("{date: 2026-11-02, kind: monthly}")),
            ],
        ),
        Case(
            "pruned-newer-review-does-not-count",
            [("RL101", 10, 5)],
            versions=[
                ("2026-01-05", MINIMAL + reviews("{date: 2026-07-01, kind: quarterly}")),
                (
                    "2026-11-20",
                    MINIMAL
                    + reviews(
                        "{date: 2026-07-01, kind: quarterly}", "{date: 2026-11-20, kind: quarterly}"
                    ),
                ),
                ("2026-11-21", MINIMAL + reviews("{date: 2026-07-01, kind: quarterly}")),
            ],
        ),
        Case(
            "kind-corrected-same-day",
            [("RL101", 10, 3)],
            versions=[
                ("2026-01-05", MINIMAL + reviews("{date: 2026-10-01, kind: quarterly}")),
                ("2026-10-02", MINIMAL + reviews("{date: 2026-10-01, kind: monthly}")),
            ],
        ),
    ],
    "RL102": [
        Case("36-days", [("RL102", 10, 5)], MINIMAL + reviews("{date: 2026-10-20, kind: monthly}")),
        Case("35-days", [], MINIMAL + reviews("{date: 2026-10-21, kind: monthly}")),
        Case(
            "project-review-counts",
            [],
            projects(DONE, rest=reviews("{date: 2026-11-03, kind: project, project: api}")),
        ),
        Case(
            "tomorrow-does-not-count",
            [("RL102", 11, 5)],
            MINIMAL
            + reviews("{date: 2026-11-26, kind: monthly}", "{date: 2026-10-01, kind: monthly}"),
        ),
        Case("no-review-since-first-commit", [("RL102", 1, 1)], versions=[("2026-10-20", MINIMAL)]),
    ],
    "RL103": [
        Case("367-days", [("RL103", 10, 5)], MINIMAL + reviews("{date: 2025-11-23, kind: annual}")),
        Case("366-days", [], MINIMAL + reviews("{date: 2025-11-24, kind: annual}")),
        Case(
            "quarterly-is-not-annual",
            [("RL103", 10, 3)],
            versions=[("2025-01-05", MINIMAL + reviews("{date: 2026-10-01, kind: quarterly}"))],
        ),
        Case("no-annual-no-history", [], MINIMAL + reviews("{date: 2026-10-01, kind: quarterly}")),
    ],
    "RL104": [
        Case("91-days-quiet", [("RL104", 10, 37)], projects(IN_PROGRESS), repos=QUIET),
        Case("90-days", [], projects(IN_PROGRESS), repos={"api": Repo(README, date="2026-08-27")}),
        Case(
            "threshold-from-lint",
            [],
            projects(IN_PROGRESS, rest="lint:\n  thresholds: {stale_project_days: 91}\n"),
            repos=QUIET,
        ),
        Case(
            "done-may-be-quiet",
            [],
            projects("{id: api, repo: ../api, status: done, completed: 2026-08-26}"),
            repos=QUIET,
        ),
        Case("unreadable-repo", [], projects(IN_PROGRESS), repos={}),
        Case(
            "inline-ignore",
            [],
            projects("{id: api, repo: ../api, status: in_progress, ignore: [RL104]}"),
            repos=QUIET,
        ),
        Case("not-scanned", [], projects(IN_PROGRESS)),
    ],
    "RL105": [
        Case(
            "theoretical-181-days", [("RL105", 6, 31)], versions=[("2026-05-28", with_core(KAFKA))]
        ),
        Case("theoretical-180-days", [], versions=[("2026-05-29", with_core(KAFKA))]),
        Case(
            "fragile-since-long-ago",
            [("RL105", 6, 31)],
            versions=[
                ("2025-01-05", with_core(KAFKA)),
                ("2026-05-01", with_core("      - {name: Kafka, status: fragile}\n")),
            ],
        ),
        Case(
            "promotion-restarts-the-clock",
            [],
            versions=[
                ("2025-01-05", with_core(KAFKA)),
                ("2026-10-01", with_core("      - {name: Kafka, status: fragile}\n")),
            ],
        ),
        Case(
            "applied",
            [],
            versions=[
                ("2025-01-05", with_core("      - {name: Kafka, status: fragile, projects: [a]}\n"))
            ],
        ),
        Case(
            "inline-ignore",
            [],
            versions=[
                (
                    "2025-01-05",
                    with_core("      - {name: Kafka, status: fragile, ignore: [RL105]}\n"),
                )
            ],
        ),
        Case("no-history", [], with_core(KAFKA)),
    ],
    "RL106": [
        Case(
            "completed-after-latest-review",
            [("RL106", 10, 37)],
            projects(DONE, rest=reviews("{date: 2026-10-02, kind: monthly}")),
        ),
        Case(
            "project-review-names-it",
            [],
            projects(
                DONE,
                rest=reviews(
                    "{date: 2026-10-02, kind: monthly}",
                    "{date: 2026-11-03, kind: project, project: api}",
                ),
            ),
        ),
        Case(
            "completed-before-latest-review",
            [],
            projects(DONE, rest=reviews("{date: 2026-11-02, kind: monthly}")),
        ),
        Case(
            "completed-on-the-review-day",
            [],
            projects(DONE, rest=reviews("{date: 2026-11-01, kind: monthly}")),
        ),
        Case(
            "done-date-from-history",
            [("RL106", 10, 37)],
            versions=[
                (
                    "2026-10-02",
                    projects(IN_PROGRESS, rest=reviews("{date: 2026-10-02, kind: monthly}")),
                ),
                (
                    "2026-11-10",
                    projects(
                        "{id: api, repo: ../api, status: done}",
                        rest=reviews("{date: 2026-10-02, kind: monthly}"),
                    ),
                ),
            ],
        ),
        Case(
            "a-retrospective-of-a-project-not-done",
            [("RL106", 13, 48)],
            projects(
                IN_PROGRESS,
                rest=reviews(
                    "{date: 2026-10-02, kind: monthly}",
                    "{date: 2026-11-03, kind: project, project: api}",
                ),
            ),
        ),
        Case(
            "a-project-review-before-completion-is-no-retrospective",
            [("RL106", 10, 37)],
            projects(
                DONE,
                rest=reviews(
                    "{date: 2026-06-01, kind: project, project: api}",
                    "{date: 2026-10-02, kind: monthly}",
                ),
            ),
        ),
        Case(
            "no-done-date-without-history",
            [],
            projects(
                "{id: api, repo: ../api, status: done}",
                rest=reviews("{date: 2026-10-02, kind: monthly}"),
            ),
        ),
    ],
    # ---- balance ----------------------------------------------------------------------------
    "RL201": [
        Case(
            "no-projects",
            [("RL201", 4, 3), ("RL201", 5, 3), ("RL201", 6, 3), ("RL201", 7, 3), ("RL201", 8, 3)],
            MINIMAL,
        ),
        Case(
            "every-area-declared",
            [],
            projects(
                "{id: a, repo: ., areas: [core_language, api_design, databases,"
                " testing_security, deployment_devops]}"
            ),
        ),
        Case(
            "planned-covers-nothing",
            [("RL201", 4, 3), ("RL201", 5, 3), ("RL201", 6, 3), ("RL201", 7, 3), ("RL201", 8, 3)],
            projects(
                "{id: a, repo: ., status: planned, areas: [core_language, api_design, databases,"
                " testing_security, deployment_devops]}"
            ),
        ),
        Case(
            "skill-with-project",
            [("RL201", 7, 3), ("RL201", 8, 3), ("RL201", 9, 3), ("RL201", 10, 3)],
            with_core(
                "      - {name: Go, status: fragile, projects: [a]}\n",
                "projects:\n  - {id: a, repo: .}\n",
            ),
        ),
        Case(
            "scanned-signals-cover-areas",
            [("RL201", 4, 3), ("RL201", 5, 3), ("RL201", 6, 3)],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(SHIPPED)},
        ),
        Case("lint-ignore", [], MINIMAL + "lint:\n  ignore: [area-without-project]\n"),
    ],
    "RL202": [
        Case(
            "beginner-two-declared",
            [("RL202", 2, 39)],
            at_level("{level: beginner, languages: [go, java]}"),
        ),
        Case(
            "intermediate-two-declared",
            [],
            at_level("{level: intermediate, languages: [go, java]}"),
        ),
        Case(
            "beginner-scanned-second-language",
            [("RL202", 2, 39)],
            at_level(
                "{level: beginner, languages: [python]}",
                "projects:\n  - {id: api, repo: ../api}\n",
            ),
            repos={"api": Repo({"main.go": "package main\n", "go.mod": "module api\n"})},
        ),
        Case(
            "beginner-scanned-no-list",
            [("RL202", 2, 10)],
            at_level(
                "{level: beginner}",
                "projects:\n  - {id: api, repo: ../api}\n  - {id: w, repo: ../w}\n",
            ),
            repos={"api": Repo({"main.go": "package main\n"}), "w": Repo({"app.py": "print()\n"})},
        ),
        Case(
            "beginner-planned-project-not-counted",
            [],
            at_level(
                "{level: beginner, languages: [python]}",
                "projects:\n  - {id: api, repo: ../api, status: planned}\n",
            ),
            repos={"api": Repo({"main.go": "package main\n"})},
        ),
        Case("beginner-one-language", [], at_level("{level: beginner, languages: [python]}")),
    ],
    "RL203": [
        Case("no-projects", [("RL203", 6, 3)], MINIMAL, repos={}),
        Case(
            "theoretical-and-no-migrations",
            [("RL203", 6, 3)],
            projects("{id: api, repo: ../api}").replace(
                "  databases: {}\n",
                "  databases:\n    skills: [{name: SQL, status: theoretical}]\n",
            ),
            repos={"api": Repo({"schema.sql": "CREATE TABLE t (id int);\n"})},
        ),
        Case(
            "fragile-skill",
            [],
            MINIMAL.replace(
                "  databases: {}\n", "  databases:\n    skills: [{name: SQL, status: fragile}]\n"
            ),
            repos={},
        ),
        Case(
            "migrations",
            [],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo({"migrations/0001_init.sql": "CREATE TABLE t (id int);\n"})},
        ),
        Case("not-scanned", [], MINIMAL),
    ],
    "RL204": [
        Case(
            "readme-only",
            [("RL204", 8, 3)],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(README)},
        ),
        Case("dockerfile", [], projects("{id: api, repo: ../api}"), repos={"api": Repo(SHIPPED)}),
        Case(
            "ci",
            [],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo({".github/workflows/ci.yml": "on: push\n"})},
        ),
        Case(
            "deploy-config",
            [],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo({"fly.toml": "app = 'api'\n"})},
        ),
        Case("no-projects", [], MINIMAL, repos={}),
    ],
    "RL205": [
        Case(
            "readme-only",
            [("RL205", 7, 3)],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(README)},
        ),
        Case("tests", [], projects("{id: api, repo: ../api}"), repos={"api": Repo(TESTED)}),
        Case("no-projects", [], MINIMAL, repos={}),
    ],
    "RL206": [
        Case(
            "only-tutorials",
            [("RL206", 9, 1)],
            projects("{id: a, repo: ., kind: tutorial, status: done}"),
        ),
        Case("one-independent", [], projects("{id: a, repo: ., kind: independent}")),
        Case(
            "guided-outnumber-independent",
            [("RL206", 9, 1)],
            projects(
                "{id: a, repo: ., kind: tutorial}",
                "{id: b, repo: ., kind: course}",
                "{id: c, repo: .}",
            ),
        ),
        Case(
            "guided-equal-independent",
            [],
            projects("{id: a, repo: ., kind: tutorial}", "{id: c, repo: .}"),
        ),
        Case(
            "planned-independent-does-not-count",
            [("RL206", 9, 1)],
            projects("{id: a, repo: ., kind: tutorial}", "{id: c, repo: ., status: planned}"),
        ),
    ],
    "RL207": [
        Case(
            "over-threshold-from-lint",
            [("RL207", 7, 44)],
            with_core(
                "      - {name: A, status: fragile, bucket: essential_now}\n"
                "      - {name: B, status: fragile, bucket: essential_now}\n",
                "lint:\n  thresholds: {essential_max: 1}\n",
            ),
        ),
        Case(
            "one-essential",
            [],
            with_core("      - {name: A, status: fragile, bucket: essential_now}\n"),
        ),
        Case(
            "eight-of-default-seven",
            [("RL207", 13, 44)],
            with_core(
                "".join(
                    f"      - {{name: {n}, status: fragile, bucket: essential_now}}\n"
                    for n in "ABCDEFGH"
                )
            ),
        ),
        Case(
            "seven-of-default-seven",
            [],
            with_core(
                "".join(
                    f"      - {{name: {n}, status: fragile, bucket: essential_now}}\n"
                    for n in "ABCDEFG"
                )
            ),
        ),
    ],
    "RL208": [
        Case(
            "two-added-none-promoted",
            [("RL208", 4, 3)],
            versions=[
                ("2026-01-05", with_core(KAFKA)),
                ("2026-10-01", with_core(KAFKA + GO + REDIS)),
            ],
        ),
        Case(
            "one-added-one-promoted",
            [],
            versions=[
                ("2026-01-05", with_core(KAFKA)),
                ("2026-10-01", with_core("      - {name: Kafka, status: fragile}\n" + GO)),
            ],
        ),
        Case(
            "one-added-one-dropped-at-a-review",
            [],
            versions=[
                ("2026-01-05", with_core(KAFKA)),
                (
                    "2026-10-01",
                    with_core(
                        KAFKA + GO,
                        reviews("{date: 2026-10-01, kind: quarterly, removed: [GraphQL]}"),
                    ),
                ),
            ],
        ),
        Case(
            "added-92-days-ago-is-outside",
            [],
            versions=[
                ("2026-01-05", with_core(KAFKA)),
                ("2026-08-25", with_core(KAFKA + GO + REDIS)),
            ],
        ),
        Case(
            "added-91-days-ago-is-inside",
            [("RL208", 4, 3)],
            versions=[
                ("2026-01-05", with_core(KAFKA)),
                ("2026-08-26", with_core(KAFKA + GO + REDIS)),
            ],
        ),
        Case(
            "first-commit-is-not-growth",
            [],
            versions=[("2026-10-01", with_core(KAFKA + GO + REDIS))],
        ),
        Case("no-history", [], with_core(KAFKA)),
    ],
    "RL209": [
        Case(
            "nothing-removed-in-500-days",
            [("RL209", 4, 3)],
            versions=[("2025-07-13", with_core(KAFKA))],
        ),
        Case("history-367-days", [("RL209", 4, 3)], versions=[("2025-11-23", with_core(KAFKA))]),
        Case("history-366-days-too-young", [], versions=[("2025-11-24", with_core(KAFKA))]),
        Case(
            "last-removal-367-days-ago",
            [("RL209", 4, 3)],
            versions=[
                ("2025-01-05", with_core(KAFKA + GO)),
                ("2025-11-23", with_core(KAFKA)),
            ],
        ),
        Case(
            "last-removal-366-days-ago",
            [],
            versions=[
                ("2025-01-05", with_core(KAFKA + GO)),
                ("2025-11-24", with_core(KAFKA)),
            ],
        ),
        Case(
            "dropped-at-a-review",
            [],
            versions=[
                ("2025-01-05", with_core(KAFKA)),
                (
                    "2026-10-02",
                    with_core(
                        KAFKA, reviews("{date: 2026-10-02, kind: quarterly, removed: [k8s]}")
                    ),
                ),
            ],
        ),
        Case("no-history", [], with_core(KAFKA)),
    ],
    "RL210": [
        Case(
            "done-with-tests-and-image-run-in-ci-and-readme",
            [],
            at_level("{level: job-seeking}", f"projects:\n  - {DONE}\n"),
            repos={"api": Repo(DELIVERED)},
        ),
        Case(
            "tests-and-dockerfile-no-pipeline-runs",
            [("RL210", 2, 18)],
            at_level("{level: job-seeking}", f"projects:\n  - {DONE}\n"),
            repos={"api": Repo(SHIPPED)},
        ),
        Case(
            "done-without-readme",
            [("RL210", 2, 18)],
            at_level("{level: job-seeking}", f"projects:\n  - {DONE}\n"),
            repos={"api": Repo({k: v for k, v in DELIVERED.items() if k != "README.md"})},
        ),
        Case(
            "complete-but-in-progress",
            [("RL210", 2, 18)],
            at_level("{level: job-seeking}", f"projects:\n  - {IN_PROGRESS}\n"),
            repos={"api": Repo(DELIVERED)},
        ),
        Case("no-projects", [("RL210", 2, 18)], at_level("{level: job-seeking}"), repos={}),
        Case("not-job-seeking", [], at_level("{level: intermediate}"), repos={}),
    ],
    "RL211": [
        Case(
            "major-tool-no-reason",
            [("RL211", 6, 56)],
            with_core("      - {name: Kafka, status: theoretical, major_tool: true}\n"),
        ),
        Case(
            "major-tool-with-reason",
            [],
            with_core("      - {name: Kafka, status: theoretical, major_tool: true, reason: x}\n"),
        ),
        Case(
            "inline-ignore-by-name",
            [],
            with_core(
                "      - {name: Kafka, status: fragile, major_tool: true,"
                " ignore: [tool-without-reason]}\n"
            ),
        ),
    ],
    "RL212": [
        Case(
            "no-next-focus",
            [("RL212", 10, 5)],
            MINIMAL + reviews("{date: 2026-10-01, kind: quarterly}"),
        ),
        Case(
            "next-focus",
            [],
            MINIMAL + reviews("{date: 2026-10-01, kind: quarterly, next_focus: SQL}"),
        ),
        Case(
            "only-the-latest-counts",
            [("RL212", 11, 5)],
            MINIMAL
            + reviews(
                "{date: 2026-09-01, kind: monthly, next_focus: SQL}",
                "{date: 2026-10-01, kind: monthly}",
            ),
        ),
        Case(
            "older-without-is-fine",
            [],
            MINIMAL
            + reviews(
                "{date: 2026-09-01, kind: monthly}",
                "{date: 2026-10-01, kind: monthly, next_focus: SQL}",
            ),
        ),
        Case("no-reviews", [], MINIMAL),
        Case(
            "a-review-after-today-is-not-the-latest",
            [("RL212", 10, 5)],
            MINIMAL
            + reviews(
                "{date: 2026-10-01, kind: monthly}",
                "{date: 2026-11-30, kind: monthly, next_focus: SQL}",
            ),
        ),
    ],
    "RL213": [
        Case(
            "required-by-most-postings-and-missing",
            [("RL213", 8, 3)],
            MINIMAL,
            postings=DOCKER_POSTINGS,
        ),
        Case(
            "held-only-as-theoretical",
            [("RL213", 10, 32)],
            MINIMAL.replace(
                "  deployment_devops: {}\n",
                "  deployment_devops:\n    skills:\n      - {name: Docker, status: theoretical}\n",
            ),
            postings=DOCKER_POSTINGS,
        ),
        Case(
            "fragile-is-enough",
            [],
            MINIMAL.replace(
                "  deployment_devops: {}\n",
                "  deployment_devops:\n    skills:\n      - {name: docker, status: fragile}\n",
            ),
            postings=DOCKER_POSTINGS,
        ),
        Case(
            "a-nice-to-have-is-no-requirement",
            [],
            MINIMAL,
            postings={f"{n}.txt": "Nice to have: Docker\n" for n in "abc"},
        ),
        Case(
            "too-few-postings",
            [],
            MINIMAL,
            postings={"a.txt": "We need Docker.\n", "b.txt": "We need Docker.\n"},
        ),
        Case(
            "below-the-share",
            [],
            MINIMAL + "lint:\n  thresholds: {posting_share: 80}\n",
            postings={**DOCKER_POSTINGS, "d.txt": "Python.\n", "e.txt": "Python.\n"},
        ),
        Case("no-postings-given", [], MINIMAL),
    ],
    # ---- evidence ---------------------------------------------------------------------------
    "RL301": [
        Case(
            "one-claim-missing",
            [("RL301", 10, 46)],
            projects("{id: api, repo: ../api, expects: [tests, dockerfile]}"),
            repos={"api": Repo(TESTED)},
        ),
        Case(
            "every-claim-shown",
            [],
            projects("{id: api, repo: ../api, expects: [tests, dockerfile]}"),
            repos={"api": Repo(SHIPPED)},
        ),
        Case(
            "shown-but-weaker-than-asked",
            [("RL301", 10, 39)],
            projects("{id: api, repo: ../api, expects: [tests], min_strength: exercised}"),
            repos={"api": Repo(SHIPPED)},
        ),
        Case(
            "exercised-as-asked",
            [],
            projects("{id: api, repo: ../api, expects: [tests]}", rest=EXERCISED),
            repos={"api": Repo(DELIVERED)},
        ),
        Case(
            "unreadable-repo",
            [],
            projects("{id: api, repo: ../api, expects: [tests]}"),
            repos={},
        ),
        Case(
            "inline-ignore-on-project",
            [],
            projects("{id: api, repo: ../api, expects: [dockerfile], ignore: [RL301]}"),
            repos={"api": Repo(TESTED)},
        ),
        Case(
            "not-scanned",
            [],
            projects("{id: api, repo: ../api, expects: [dockerfile]}"),
        ),
    ],
    "RL302": [
        Case(
            "comfortable-no-project",
            [("RL302", 6, 28)],
            with_core("      - {name: Go, status: comfortable}\n"),
        ),
        Case(
            "comfortable-with-project",
            [],
            with_core("      - {name: Go, status: comfortable, projects: [a]}\n"),
        ),
        Case(
            "inline-ignore-on-one-item",
            [("RL302", 7, 29)],
            with_core(
                "      - {name: Go, status: comfortable, ignore: [RL302]}\n"
                "      - {name: SQL, status: comfortable}\n"
            ),
        ),
        Case(
            "inline-ignore-by-name",
            [],
            with_core(
                "      - {name: Go, status: comfortable, ignore: [comfortable-without-evidence]}\n"
            ),
        ),
        Case(
            "only-a-planned-project",
            [("RL302", 6, 51)],
            with_core(
                "      - {name: Go, status: comfortable, projects: [api]}\n",
                "projects:\n  - {id: api, repo: ../api, status: planned}\n",
            ),
            repos={},
        ),
        Case(
            "projects-unreadable",
            [("RL302", 6, 51)],
            with_core(
                "      - {name: Go, status: comfortable, projects: [api]}\n",
                "projects:\n  - {id: api, repo: ../api}\n",
            ),
            repos={},
        ),
        Case(
            "one-project-readable",
            [],
            with_core(
                "      - {name: Go, status: comfortable, projects: [api, gone]}\n",
                "projects:\n  - {id: api, repo: ../api}\n  - {id: gone, repo: ../gone}\n",
            ),
            repos={"api": Repo(README)},
        ),
    ],
    "RL303": [
        Case("missing-folder", [("RL303", 10, 21)], projects("{id: api, repo: ../api}"), repos={}),
        Case(
            "git-repository", [], projects("{id: api, repo: ../api}"), repos={"api": Repo(README)}
        ),
        Case(
            "planned-is-not-read",
            [],
            projects("{id: api, repo: ../api, status: planned}"),
            repos={},
        ),
        Case("not-scanned", [], projects("{id: api, repo: ../api}")),
        Case(
            "local-folder-in-ci-is-rl305",
            [],
            projects("{id: api, repo: ../api}"),
            repos={},
            ci=True,
        ),
    ],
    "RL304": [
        Case(
            "unclaimed-with-expects",
            [("RL304", 10, 29)],
            projects("{id: api, repo: ../api, expects: [tests]}"),
            repos={"api": Repo(SHIPPED)},
        ),
        Case(
            "a-readme-is-never-suggested",
            [],
            projects("{id: api, repo: ../api, expects: [tests]}"),
            repos={"api": Repo(TESTED)},
        ),
        Case(
            "unclaimed-without-expects",
            [("RL304", 10, 5)],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(TESTED)},
        ),
        Case(
            "all-claimed",
            [],
            projects("{id: api, repo: ../api, expects: [tests, dockerfile]}"),
            repos={"api": Repo(SHIPPED)},
        ),
    ],
    "RL305": [
        Case(
            "local-folder-in-ci",
            [("RL305", 10, 21)],
            projects("{id: api, repo: ../api}"),
            repos={},
            ci=True,
        ),
        Case("local-folder-on-a-machine", [], projects("{id: api, repo: ../api}"), repos={}),
        Case(
            "readable-in-ci",
            [],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(README)},
            ci=True,
        ),
        Case(
            "a-url-that-failed-is-rl303",
            [],
            projects("{id: api, repo: 'file:///nowhere/api.git'}"),
            repos={},
            ci=True,
        ),
    ],
    "RL306": [
        Case(
            "every-commit-by-someone-else",
            [("RL306", 10, 5)],
            at_level(SOMEONE, "projects:\n  - {id: api, repo: ../api}\n"),
            repos={"api": Repo(README)},
        ),
        Case(
            "the-learners-own",
            [],
            at_level(LEARNER, "projects:\n  - {id: api, repo: ../api}\n"),
            repos={"api": Repo(README)},
        ),
        Case(
            "a-tutorial",
            [],
            at_level(SOMEONE, "projects:\n  - {id: api, repo: ../api, kind: tutorial}\n"),
            repos={"api": Repo(README)},
        ),
        Case(
            "no-learner-named",
            [],
            at_level("{level: intermediate}", "projects:\n  - {id: api, repo: ../api}\n"),
            repos={"api": Repo(README)},
        ),
    ],
    "RL307": [
        Case(
            "a-real-env-file",
            [("RL307", 10, 21)],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo(SECRET)},
        ),
        Case(
            "only-the-template",
            [],
            projects("{id: api, repo: ../api}"),
            repos={"api": Repo({**README, ".env.example": "SECRET_KEY=change-me\n"})},
        ),
        Case("not-scanned", [], projects("{id: api, repo: ../api}")),
    ],
}


def _params() -> list[object]:
    return [
        pytest.param(
            code,
            case,
            id=f"{code}-{case.name}",
            marks=[pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else [],
        )
        for code, cases in TABLE.items()
        for case in cases
    ]


@pytest.mark.parametrize(("code", "case"), _params())
def test_rule(tmp_path: Path, code: str, case: Case) -> None:
    assert lint_case(tmp_path, code, case) == list(case.expected)


def test_every_rule_has_cases() -> None:
    """Each registered rule has a failing and a passing case; the table names no other rule."""
    registered = [rule.CODE for rule in rules.RULES]
    assert [code for code in registered if code not in TABLE] == [], "rules without cases"
    assert [code for code in TABLE if code not in registered] == [], "cases for unknown rules"
    for code in registered:
        outcomes = {bool(case.expected) for case in TABLE[code] if not case.bug}
        assert outcomes == {True, False}, f"{code} needs both a failing and a passing case"


def test_cases_expect_only_their_own_rule() -> None:
    strays: list[tuple[str, str, Triple]] = [
        (code, case.name, triple)
        for code, cases in TABLE.items()
        for case in cases
        for triple in case.expected
        if triple[0] != code
    ]
    assert strays == []


#: Rules whose cases are broken files on purpose.
FILE_RULES = ("RL001", "RL002", "RL003")


def test_cases_are_valid_roadmaps() -> None:
    """Outside the file rules, every text and version is a valid roadmap: the engine swallows
    a rule's crash on a file the schema rejects, which would let a case pass by accident."""
    invalid = [
        (code, case.name, date)
        for code, cases in TABLE.items()
        if code not in FILE_RULES
        for case in cases
        for date, text in [("working copy", case.roadmap), *(case.versions or [])]
        if _problems(text)
    ]
    assert invalid == []


def _problems(text: str) -> list[object]:
    document = parse_text(text, Path("roadmap.yml"))
    return [*document.problems, *validate(document)]


def test_case_names_are_unique_per_rule() -> None:
    for code, cases in TABLE.items():
        names = [case.name for case in cases]
        assert len(names) == len(set(names)), code
