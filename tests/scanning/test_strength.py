"""How strongly a repository shows a signal: declared, present, exercised by its own CI.

Every CI system the scanner detects is read; a step that runs the ecosystem's command (or
uses an action that does) exercises the signal, and nothing else does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from roadmap_lint.scanning.result import ScanResult
from tests.support.testcode import real_test

ScanFiles = Callable[[Mapping[str, str]], ScanResult]

BUILD_PUSH = "on: push\njobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n"
PYTHON = {"tests/test_notes.py": real_test(".py"), "requirements.txt": "psycopg\n"}


def github(*runs: str, on: str = "[push, pull_request]") -> str:
    steps = "".join(f"      - run: {run}\n" for run in runs)
    return f"on: {on}\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n{steps}"


#: (CI system, path, content): each runs pytest
RUNNERS = [
    ("GitHub Actions", ".github/workflows/ci.yml", github("python -m pytest -q")),
    (
        "GitLab",
        ".gitlab-ci.yml",
        "test:\n  script:\n    - pip install -r requirements.txt\n    - pytest\n",
    ),
    (
        "CircleCI",
        ".circleci/config.yml",
        "jobs:\n  test:\n    steps:\n      - run:\n          command: pytest\n",
    ),
    ("Travis", ".travis.yml", "language: python\nscript: pytest\n"),
    ("Jenkins", "Jenkinsfile", "pipeline { stages { stage('t') { steps { sh 'pytest' } } } }\n"),
    ("Azure Pipelines", "azure-pipelines.yml", "steps:\n  - script: pytest\n"),
    (
        "Bitbucket",
        "bitbucket-pipelines.yml",
        "pipelines:\n  default:\n    - step:\n        script:\n          - pytest\n",
    ),
    ("Drone", ".drone.yml", "steps:\n  - name: test\n    commands: [pytest]\n"),
    ("Woodpecker", ".woodpecker.yml", "steps:\n  test:\n    commands: [tox]\n"),
    ("Buildkite", ".buildkite/pipeline.yml", "steps:\n  - command: make test\n"),
    ("Cloud Build", "cloudbuild.yaml", "steps:\n  - name: python\n    script: pytest\n"),
]


@pytest.mark.parametrize(("system", "path", "content"), RUNNERS, ids=lambda v: str(v))
def test_every_ci_system_is_read(
    scan_files: ScanFiles, system: str, path: str, content: str
) -> None:
    tests = scan_files({**PYTHON, path: content}).signals["tests"]
    assert tests.strength == "exercised", system
    assert tests.exercised_by == (path,)


def test_strengths_from_declared_to_exercised(scan_files: ScanFiles) -> None:
    result = scan_files({**PYTHON, "requirements.txt": "fastapi\npsycopg\n"})
    assert result.signals["openapi"].strength == "declared"  # generated at run time
    assert result.signals["database"].strength == "declared"  # a driver in a manifest
    assert result.signals["tests"].strength == "present"  # files, no pipeline
    assert result.signals["readme"].strength is None  # absent


#: (signal, what, files added to PYTHON, exercised?)
EXERCISES = [
    (
        "tests",
        "a workflow run by hand only",
        {".github/workflows/t.yml": github("pytest", on="workflow_dispatch")},
        False,
    ),
    ("tests", "a workflow that lints", {".github/workflows/t.yml": github("ruff check .")}, False),
    (
        "dockerfile",
        "docker build",
        {"Dockerfile": "FROM python", ".github/workflows/b.yml": github("docker build -t api .")},
        True,
    ),
    (
        "dockerfile",
        "build-push action",
        {
            "Dockerfile": "FROM python",
            ".github/workflows/b.yml": BUILD_PUSH,
        },
        True,
    ),
    (
        "dockerfile",
        "no build",
        {"Dockerfile": "FROM python", ".github/workflows/b.yml": github("pytest")},
        False,
    ),
    (
        "sql_migrations",
        "alembic upgrade",
        {
            "alembic/versions/1_init.py": "x",
            ".github/workflows/m.yml": github("alembic upgrade head"),
        },
        True,
    ),
    (
        "env_example",
        "the template copied",
        {".env.example": "A=", ".github/workflows/e.yml": github("cp .env.example .env")},
        True,
    ),
    (
        "database",
        "a postgres service",
        {
            ".github/workflows/d.yml": "on: push\njobs:\n  t:\n"
            "    services:\n      db:\n        image: postgres:16\n"
            "    steps:\n      - run: pytest\n"
        },
        True,
    ),
    (
        "database",
        "a redis service is not a database",
        {
            ".github/workflows/d.yml": "on: push\n"
            "jobs:\n  t:\n    services:\n      r:\n        image: redis\n    steps:\n"
            "      - run: pytest\n"
        },
        False,
    ),
]


@pytest.mark.parametrize(("signal", "what", "files", "exercised"), EXERCISES, ids=lambda v: str(v))
def test_what_exercises_a_signal(
    scan_files: ScanFiles, signal: str, what: str, files: Mapping[str, str], exercised: bool
) -> None:
    shown = scan_files({**PYTHON, **files}).signals[signal]
    assert shown.present, what
    assert (shown.strength == "exercised") is exercised, what


def test_a_build_that_skips_the_tests_does_not_run_them(scan_files: ScanFiles) -> None:
    files = {
        "src/test/java/NotesTest.java": real_test(".java"),
        ".github/workflows/ci.yml": github("./mvnw -B package -DskipTests"),
    }
    assert scan_files(files).signals["tests"].strength == "present"
    files[".github/workflows/ci.yml"] = github("./mvnw -B verify")
    assert scan_files(files).signals["tests"].strength == "exercised"


def test_a_pipeline_that_deploys_shows_deploy_on_its_own(scan_files: ScanFiles) -> None:
    flow = "on: push\njobs:\n  d:\n    steps:\n      - uses: superfly/flyctl-actions@1\n"
    deploy = scan_files({".github/workflows/deploy.yml": flow}).signals["deploy"]
    assert deploy.present and deploy.strength == "exercised"
    assert deploy.evidence == (".github/workflows/deploy.yml",)
    heroku = (
        "on: push\njobs:\n  d:\n    steps:\n      - uses: actions/heroku@master\n"
        "        with: {args: container:release web}\n"
    )
    assert scan_files({".github/workflows/h.yml": heroku}).signals["deploy"].present
    docs = "on: push\njobs:\n  pages:\n    environment: github-pages\n    steps: [{run: mkdocs}]\n"
    assert not scan_files({".github/workflows/docs.yml": docs}).signals["deploy"].present


def test_a_compose_service_makes_a_declared_database_present(scan_files: ScanFiles) -> None:
    compose = "services:\n  db:\n    image: docker.io/library/postgres:16-alpine\n"
    result = scan_files({**PYTHON, "compose.yaml": compose})
    assert result.signals["database"].strength == "present"
    assert (
        "compose.yaml#docker.io/library/postgres:16-alpine" in result.signals["database"].evidence
    )
    assert scan_files({"compose.yaml": compose}).signals["database"].present is False
