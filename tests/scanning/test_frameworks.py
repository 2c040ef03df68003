"""What frameworks bring, ambiguous dependencies, and names the tables used to miss.

Each case is a class of miss in general terms, with its positive and its negative, on a
real repository.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.scanning.frameworks import FRAMEWORKS, REDIS_CLIENTS, REDIS_QUEUES, TEST_SCOPED
from roadmap_lint.scanning.result import ScanResult
from tests.support.gitrepo import make_repo

ScanFiles = Callable[[Mapping[str, str]], ScanResult]

LARAVEL = '{"require": {"laravel/framework": "^11.0"}}'
GRADLE_CATALOG = (
    '[libraries]\npg = { group = "org.postgresql", name = "postgresql", version = "42" }\n'
)
CENTRAL_PROPS = (
    '<Project><ItemGroup><PackageVersion Include="Npgsql.EntityFrameworkCore.PostgreSQL"'
    ' Version="8.0" /></ItemGroup></Project>'
)

#: (signal, what it is, files that show it, files that do not)
CASES = [
    (
        "database",
        "Django's ORM, with models",
        {"requirements.txt": "Django\n", "polls/models.py": "x"},
        {"requirements.txt": "Django\n", "polls/views.py": "x"},
    ),
    (
        "database",
        "Laravel's Eloquent, with migrations",
        {"composer.json": LARAVEL, "database/migrations/2024_01_01_000000_x.php": "x"},
        {"composer.json": LARAVEL},
    ),
    (
        "queue",
        "Laravel's jobs",
        {"composer.json": LARAVEL, "app/Jobs/SendMail.php": "x"},
        {"composer.json": LARAVEL, "app/Http/Controller.php": "x"},
    ),
    (
        "queue",
        "Laravel's jobs in a monorepo folder",
        {"api/composer.json": LARAVEL, "api/app/Jobs/SendMail.php": "x"},
        {"api/composer.json": LARAVEL, "web/app/Jobs/SendMail.php": "x"},
    ),
    (
        "database",
        "Rails with a database.yml",
        {"Gemfile": "gem 'rails'\n", "config/database.yml": "x"},
        {"Gemfile": "gem 'rails'\n"},
    ),
    (
        "openapi",
        "FastAPI generates OpenAPI at run time",
        {"requirements.txt": "fastapi\n"},
        {"requirements.txt": "flask\n"},
    ),
    (
        "openapi",
        "swagger-jsdoc",
        {"package.json": '{"dependencies": {"swagger-jsdoc": "6"}}'},
        {"package.json": '{"dependencies": {"express": "4"}}'},
    ),
    (
        "database",
        ".NET central package management",
        {"Directory.Packages.props": CENTRAL_PROPS, "src/Api/Api.csproj": "<Project/>"},
        {"src/Api/Api.csproj": "<Project/>"},
    ),
    (
        "database",
        "Directory.Build.props",
        {"Directory.Build.props": CENTRAL_PROPS.replace("PackageVersion", "PackageReference")},
        {"Directory.Build.props": "<Project/>"},
    ),
    (
        "database",
        "a Gradle version catalog with group and name",
        {"gradle/libs.versions.toml": GRADLE_CATALOG},
        {"gradle/libs.versions.toml": "[libraries]\n"},
    ),
    (
        "queue",
        "an Aspire component",
        {"AppHost/AppHost.csproj": '<PackageReference Include="Aspire.Hosting.RabbitMQ" />'},
        {"AppHost/AppHost.csproj": '<PackageReference Include="Aspire.Hosting" />'},
    ),
    (
        "license",
        "MIT-LICENSE and LICENSE-APACHE",
        {"MIT-LICENSE": "MIT"},
        {"docs/MIT-LICENSE": "MIT"},
    ),
    ("license", "LICENSE-APACHE", {"LICENSE-APACHE": "Apache"}, {"NOTICE": "x"}),
    (
        "env_example",
        "env templates with other names",
        {"backend/env.sample": "A=", "template.env": "A="},
        {"backend/.env": "A=1", "envelope.py": "x"},
    ),
    ("env_example", "env-example-*", {"env-example-relational": "A="}, {"environment.ts": "x"}),
    (
        "deploy",
        "a DigitalOcean App Platform spec in .do",
        {".do/app.yaml": "name: x"},
        {"docs/app-notes.md": "x"},
    ),
    ("ci", "Google Cloud Build", {"cloudbuild.yaml": "steps: []"}, {"build.yaml": "steps: []"}),
    (
        "sql_migrations",
        "Doctrine migrations",
        {"migrations/Version20240101120000.php": "x"},
        {"src/Version.php": "x"},
    ),
    (
        "dockerfile",
        "a dev container is not the app's image",
        {"Dockerfile": "FROM python"},
        {".devcontainer/Dockerfile": "FROM python", ".gitpod.Dockerfile": "FROM gitpod"},
    ),
    (
        "cache",
        "Redis beside a cache library stays a cache",
        {"requirements.txt": "rq\nredis\nflask-caching\n"},
        {"requirements.txt": "rq\nredis\n"},
    ),
]


@pytest.mark.parametrize(("signal", "what", "shows", "hides"), CASES, ids=lambda v: str(v))
def test_class_of_miss(
    scan_files: ScanFiles,
    signal: str,
    what: str,
    shows: Mapping[str, str],
    hides: Mapping[str, str],
) -> None:
    assert scan_files(shows).signals[signal].present, f"{what}: should show {signal}"
    assert not scan_files(hides).signals[signal].present, f"{what}: should not show {signal}"


def test_a_redis_client_beside_a_redis_queue_is_the_broker(scan_files: ScanFiles) -> None:
    result = scan_files({"requirements.txt": "rq\nredis\n"})
    assert result.signals["queue"].evidence == ("requirements.txt#rq",)
    assert not result.signals["cache"].present


def test_a_test_database_comes_after_the_production_driver(scan_files: ScanFiles) -> None:
    pom = (
        "<project><dependencies>"
        "<dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>"
        "<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>"
        "</dependency></dependencies></project>"
    )
    result = scan_files({"pom.xml": pom})
    assert result.signals["database"].evidence[0] == "pom.xml#postgresql"


def test_frameworks_bring_declared_evidence_after_packages(scan_files: ScanFiles) -> None:
    result = scan_files({"requirements.txt": "Django\npsycopg\n", "polls/models.py": "x"})
    assert result.signals["database"].evidence == (
        "requirements.txt#psycopg",
        "requirements.txt#django",
    )
    assert result.signals["database"].strength == "declared"


def test_users_extend_the_framework_table(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", {"requirements.txt": "acme-jobs\n", "app/jobs/mail.py": "x"})
    (tmp_path / "roadmap.yml").write_text(
        "version: 1\nprofile: {level: beginner}\n"
        "areas: {core_language: {}, api_design: {}, databases: {}, testing_security: {},"
        " deployment_devops: {}}\n"
        "projects:\n  - {id: api, repo: api, expects: [queue]}\n"
        "lint:\n  signals:\n    frameworks:\n"
        "      acme-jobs: {brings: [queue], when: ['app/jobs/*.py']}\n"
        "      acme-orm: [database]\n",
        encoding="utf-8",
    )
    run = cli("check", str(tmp_path / "roadmap.yml"), "--format", "json", "--select", "RL002,RL301")
    data = json.loads(run.out)
    assert data["findings"] == [], data["findings"]
    assert data["projects"][0]["signals"]["queue"]["evidence"] == ["requirements.txt#acme-jobs"]


def test_the_tables_are_written_as_they_are_compared() -> None:
    """Names are compared casefolded: a table entry in another case would never match."""
    names = [p for by_package in FRAMEWORKS.values() for p in by_package]
    names += [*REDIS_CLIENTS, *REDIS_QUEUES, *TEST_SCOPED]
    assert [name for name in names if name != name.casefold()] == []
