"""Dependency signals read from each manifest format, as git objects of real repositories."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from roadmap_lint.scanning.manifests import PARSERS, dependency_names
from roadmap_lint.scanning.result import ScanResult

ScanFiles = Callable[[dict[str, str]], ScanResult]

PYPROJECT = """\
[project]
name = "notes"
dependencies = ["SQLAlchemy>=2", "psycopg[binary]"]
[project.optional-dependencies]
auth = ["PyJWT"]
[tool.poetry.dependencies]
python = "^3.12"
celery = "^5"
[dependency-groups]
dev = ["structlog"]
"""

POM = """\
<project><dependencies>
  <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  <dependency><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-security</artifactId></dependency>
  <dependency><groupId>io.micrometer</groupId><artifactId>micrometer-registry-prometheus</artifactId>
  </dependency>
</dependencies></project>
"""

GRADLE = """\
dependencies {
    implementation("org.springframework.boot:spring-boot-starter-data-redis")
    implementation 'org.springframework.kafka:spring-kafka:3.1.0'
}
"""

CARGO = """\
[package]
name = "notes"
[dependencies]
sqlx = { version = "0.7", features = ["postgres"] }
redis = "0.24"
[dev-dependencies]
tracing-subscriber = "0.3"
"""

#: (ecosystem, manifest path, content, signals it must show)
CASES = [
    (
        "requirements",
        "requirements.txt",
        "psycopg[binary]==3.2\nredis>=5 # cache\n-r dev.txt\n",
        {"database", "cache"},
    ),
    ("requirements variant", "requirements/prod.txt", "celery==5\n", {"queue"}),
    ("pyproject", "pyproject.toml", PYPROJECT, {"database", "auth", "queue", "observability"}),
    (
        "pipfile",
        "Pipfile",
        '[packages]\nDjango-Redis = "*"\n[dev-packages]\npika = "*"\n',
        {"cache", "queue"},
    ),
    (
        "package.json",
        "package.json",
        '{"dependencies": {"pg": "^8", "bullmq": "^5"}, "devDependencies": {"pino": "^9"}}',
        {"database", "queue", "observability"},
    ),
    (
        "scoped npm",
        "web/package.json",
        '{"dependencies": {"@prisma/client": "5", "@sentry/node": "8"}}',
        {"database", "observability"},
    ),
    (
        "go.mod",
        "go.mod",
        "module ex.com/notes\n\ngo 1.22\n\nrequire (\n\tgithub.com/jackc/pgx/v5 v5.5.0\n"
        "\tgithub.com/redis/go-redis/v9 v9.4.0 // indirect\n)\n"
        "require github.com/golang-jwt/jwt/v5 v5.2.0\n",
        {"database", "cache", "auth"},
    ),
    ("pom.xml", "pom.xml", POM, {"database", "auth", "observability"}),
    ("build.gradle", "build.gradle", GRADLE, {"cache", "queue"}),
    (
        "build.gradle.kts",
        "app/build.gradle.kts",
        'implementation("org.postgresql:postgresql:42.7.1")',
        {"database"},
    ),
    (
        "composer.json",
        "composer.json",
        '{"require": {"doctrine/orm": "^3", "predis/predis": "^2"},'
        ' "require-dev": {"monolog/monolog": "3"}}',
        {"database", "cache", "observability"},
    ),
    (
        "Gemfile",
        "Gemfile",
        'source "https://rubygems.org"\ngem "pg"\ngem "sidekiq", "~> 7"\ngem "devise"\n',
        {"database", "queue", "auth"},
    ),
    (
        "csproj",
        "src/Notes/Notes.csproj",
        '<Project><ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" '
        'Version="8" /><PackageReference Include="StackExchange.Redis" Version="2" />'
        "</ItemGroup></Project>",
        {"database", "cache"},
    ),
    ("Cargo.toml", "Cargo.toml", CARGO, {"database", "cache", "observability"}),
    (
        "mix.exs",
        "mix.exs",
        'defp deps do\n  [{:ecto_sql, "~> 3.10"}, {:oban, "~> 2.17"},\n'
        '   {:guardian, "~> 2.3"}]\nend\n',
        {"database", "queue", "auth"},
    ),
]

DEPENDENCY_SIGNALS = {"database", "auth", "cache", "queue", "observability"}


@pytest.mark.parametrize(
    ("ecosystem", "path", "content", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_manifest_shows_dependency_signals(
    scan_files: ScanFiles, ecosystem: str, path: str, content: str, expected: set[str]
) -> None:
    result = scan_files({path: content})
    shown = {name for name in DEPENDENCY_SIGNALS if result.shows(name)}
    assert shown == expected, ecosystem
    for name in expected:
        assert all(item.startswith(f"{path}#") for item in result.signals[name].evidence)


def test_evidence_names_the_dependency(scan_files: ScanFiles) -> None:
    result = scan_files({"requirements.txt": "Flask_SQLAlchemy==3\nsqlalchemy\n"})
    # The package that names the capability first, the framework that brings it after.
    assert result.signals["database"].evidence == (
        "requirements.txt#sqlalchemy",
        "requirements.txt#flask-sqlalchemy",
    )


@pytest.mark.parametrize(
    ("what", "files"),
    [
        ("a name in a comment", {"requirements.txt": "# psycopg is for later\nflask\n"}),
        ("a vendored manifest", {"node_modules/pg/package.json": '{"dependencies": {"pg": "1"}}'}),
        ("broken JSON", {"package.json": '{"dependencies": {"pg": '}),
        ("broken TOML", {"pyproject.toml": "[project\ndependencies = ['redis'"}),
        ("an oversized manifest", {"requirements.txt": "redis\n" + "# padding\n" * 60_000}),
        ("a lookalike name", {"package.json": '{"dependencies": {"pgp": "1", "redis-mock": "1"}}'}),
    ],
)
def test_no_dependency_signal(scan_files: ScanFiles, what: str, files: dict[str, str]) -> None:
    result = scan_files(files)
    assert not any(result.shows(name) for name in DEPENDENCY_SIGNALS), what


HOSTILE = {
    "newlines": "\n" * 300_000,
    "spaces": " " * 400_000,
    "brackets": "[" * 200_000,
    "open tags": "<dependency>" * 40_000,
    "open quote": '"' + "a" * 400_000,
    "braces": "{ " * 200_000,
    "gems": "gem " * 100_000,
    "requires": "require " * 60_000,
}


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_hostile_manifests_parse_in_linear_time(parser: str) -> None:
    for what, text in HOSTILE.items():
        started = time.perf_counter()
        dependency_names(parser, text.encode())
        assert time.perf_counter() - started < 2, f"{parser} is slow on {what}"


def test_toml_fallback_reads_without_a_library(monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap_lint.scanning import manifests

    monkeypatch.setattr(manifests, "_toml_library", lambda: None)
    names = dependency_names("pyproject", PYPROJECT.encode())
    assert {"sqlalchemy", "psycopg", "pyjwt", "celery", "structlog"} <= names
    assert {"redis", "sqlx"} <= dependency_names("cargo", CARGO.encode())
    for what, text in HOSTILE.items():
        started = time.perf_counter()
        dependency_names("pipfile", text.encode())
        assert time.perf_counter() - started < 2, what
