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


#: A well-formed manifest for each parser as (head, entry, tail): ``benign`` repeats the entry
#: under new names until the manifest is as large as the hostile input it is compared with.
NOTE = "pinned after the load test; see docs/dependencies.md before upgrading"
BENIGN = {
    "requirements": ("", f"flask-ext{{i}}>=3.0  # {NOTE}\n", ""),
    "pyproject": (
        '[project]\nname = "x"\ndependencies = [\n',
        f'  "flask-ext{{i}}>=3.0",  # {NOTE}\n',
        "]\n",
    ),
    "pipfile": ("[packages]\n", f'flask-ext{{i}} = "*"  # {NOTE}\n', ""),
    "cargo": ('[package]\nname = "x"\n[dependencies]\n', f'crate{{i}} = "1.0"  # {NOTE}\n', ""),
    "package_json": (
        '{"dependencies": {',
        '"@scope/pkg{i}": "^1.0.0 || ^2.0.0 || >=3.1.4 <4.0.0-beta.1", ',
        '"last": "1"}}',
    ),
    "composer": (
        '{"require": {',
        '"vendor/pkg{i}": "^1.0 || ^2.0 || >=3.1.4 <4.0.0-beta.1", ',
        '"last/pkg": "1"}}',
    ),
    "go_mod": (
        "module ex.com/x\n\ngo 1.22\n\nrequire (\n",
        f"\tgithub.com/o/m{{i}} v1.2.3 // {NOTE}\n",
        ")\n",
    ),
    "pom": (
        "<project><dependencies>\n",
        "  <dependency><groupId>org.ex</groupId><artifactId>lib{i}</artifactId></dependency>\n",
        "</dependencies></project>\n",
    ),
    "gradle": ("dependencies {\n", f'    implementation("org.ex:lib{{i}}:1.0") // {NOTE}\n', "}\n"),
    "gemfile": ('source "https://rubygems.org"\n', f'gem "gem{{i}}", "~> 1.0" # {NOTE}\n', ""),
    "msbuild": (
        "<Project><ItemGroup>\n",
        '  <PackageReference Include="Lib{i}" Version="1.0" />\n',
        "</ItemGroup></Project>\n",
    ),
    "mix": ("defp deps do\n  [\n", f'    {{:dep{{i}}, "~> 1.0"}}, # {NOTE}\n', "  ]\nend\n"),
}

#: The hostile parse may cost this many benign parses of the same size, plus SLACK seconds
#: (room for timer noise on parses that take microseconds). A linear parser stays within a
#: small multiple of the benign cost; quadratic parsing of a few hundred kilobytes costs
#: thousands of times more. Both sides are timed in the same run, so a slow or loaded machine
#: slows both alike, where a fixed number of seconds would flake.
SLOWDOWN = 50
SLACK = 0.1


def benign(parser: str, size: int) -> bytes:
    head, entry, tail = BENIGN[parser]
    parts, length, index = [head], len(head) + len(tail), 0
    while length + len(line := entry.replace("{i}", str(index))) <= size:
        parts.append(line)
        length += len(line)
        index += 1
    return ("".join(parts) + tail + " " * (size - length)).encode()


def _seconds(parser: str, content: bytes) -> float:
    started = time.perf_counter()
    dependency_names(parser, content)
    return time.perf_counter() - started


def assert_linear_time(parser: str) -> None:
    """Each hostile input parses at most SLOWDOWN times slower than a benign manifest of its
    size. The benign side is one run; a hostile parse over the limit is timed twice more and
    judged by its best run, so noise (a pause, a busy neighbour) cannot trip the bound alone."""
    benign_cost: dict[int, float] = {}
    for what, text in HOSTILE.items():
        hostile = text.encode()
        if len(hostile) not in benign_cost:
            manifest = benign(parser, len(hostile))
            assert len(dependency_names(parser, manifest)) > 1000, f"{parser}: benign unread"
            benign_cost[len(hostile)] = _seconds(parser, manifest)
        limit = SLOWDOWN * benign_cost[len(hostile)] + SLACK
        cost = _seconds(parser, hostile)
        if cost > limit:
            cost = min(cost, *(_seconds(parser, hostile) for _ in range(2)))
        assert cost <= limit, f"{parser} is slow on {what}: {cost:.3f} s, limit {limit:.3f} s"


def test_benign_manifests_cover_every_parser() -> None:
    assert set(BENIGN) == set(PARSERS)
    assert all(len(benign(parser, 1000)) == 1000 for parser in PARSERS)


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_hostile_manifests_parse_in_linear_time(parser: str) -> None:
    assert_linear_time(parser)


def test_toml_fallback_reads_without_a_library(monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap_lint.scanning import manifests

    monkeypatch.setattr(manifests, "_toml_library", lambda: None)
    names = dependency_names("pyproject", PYPROJECT.encode())
    assert {"sqlalchemy", "psycopg", "pyjwt", "celery", "structlog"} <= names
    assert {"redis", "sqlx"} <= dependency_names("cargo", CARGO.encode())
    assert_linear_time("pipfile")
