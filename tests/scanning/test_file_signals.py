"""Every file pattern of every ecosystem, positive and negative, on real repositories."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from roadmap_lint.scanning.result import ScanResult
from tests.support.testcode import real_test

ScanFiles = Callable[[dict[str, str]], ScanResult]

#: (signal, ecosystem or tool, a path that must show the signal)
POSITIVE = [
    ("tests", "pytest", "tests/test_notes.py"),
    ("tests", "pytest suffix", "app/notes_test.py"),
    ("tests", "django", "polls/tests.py"),
    ("tests", "flask", "tests.py"),
    ("tests", "unittest folder", "tests/unit/notes.py"),
    ("tests", "jest", "src/app.test.js"),
    ("tests", "vitest", "src/app.spec.ts"),
    ("tests", "jest __tests__", "src/__tests__/app.tsx"),
    ("tests", "mocha", "test/app.js"),
    ("tests", "go", "internal/notes/store_test.go"),
    ("tests", "junit", "src/test/java/com/ada/NotesTest.java"),
    ("tests", "junit name", "app/NotesTests.java"),
    ("tests", "kotlin", "src/test/kotlin/NotesSpec.kt"),
    ("tests", "rspec", "spec/models/note_spec.rb"),
    ("tests", "minitest", "test/models/note_test.rb"),
    ("tests", "phpunit", "tests/Feature/NoteTest.php"),
    ("tests", "rust", "tests/api.rs"),
    ("tests", ".net", "Notes.Tests/NotesControllerTests.cs"),
    ("tests", "rust test module", "src/tests.rs"),
    ("tests", "elixir", "test/notes_web/note_controller_test.exs"),
    ("ci", "github actions", ".github/workflows/ci.yml"),
    ("ci", "github actions yaml", ".github/workflows/test.yaml"),
    ("ci", "gitlab", ".gitlab-ci.yml"),
    ("ci", "circleci", ".circleci/config.yml"),
    ("ci", "travis", ".travis.yml"),
    ("ci", "jenkins", "Jenkinsfile"),
    ("ci", "azure pipelines", "azure-pipelines.yml"),
    ("ci", "bitbucket", "bitbucket-pipelines.yml"),
    ("ci", "drone", ".drone.yml"),
    ("ci", "woodpecker", ".woodpecker.yml"),
    ("ci", "woodpecker folder", ".woodpecker/build.yaml"),
    ("ci", "buildkite", ".buildkite/pipeline.yml"),
    ("dockerfile", "docker", "Dockerfile"),
    ("dockerfile", "docker in a service", "services/api/Dockerfile"),
    ("dockerfile", "docker variant", "Dockerfile.prod"),
    ("dockerfile", "docker suffix", "api.Dockerfile"),
    ("dockerfile", "podman", "Containerfile"),
    ("compose", "docker compose", "docker-compose.yml"),
    ("compose", "compose spec", "compose.yaml"),
    ("compose", "override", "docker-compose.override.yml"),
    ("sql_migrations", "alembic", "alembic/versions/1a2b3c_create_notes.py"),
    ("sql_migrations", "flask-migrate", "migrations/versions/0001_init.py"),
    ("sql_migrations", "django", "notes/migrations/0001_initial.py"),
    ("sql_migrations", "rails", "db/migrate/20260101120000_create_notes.rb"),
    ("sql_migrations", "flyway", "src/main/resources/db/migration/V1__init.sql"),
    ("sql_migrations", "liquibase", "src/main/resources/db/changelog/db.changelog-master.yaml"),
    ("sql_migrations", "prisma", "prisma/migrations/20260101_init/migration.sql"),
    ("sql_migrations", "knex", "migrations/20260101120000_create_notes.js"),
    ("sql_migrations", "sequelize", "migrations/20260101120000-create-note.js"),
    ("sql_migrations", "typeorm", "src/migration/1700000000000-Init.ts"),
    ("sql_migrations", "golang-migrate", "db/migrations/000001_create_notes.up.sql"),
    ("sql_migrations", "goose", "migrations/20260101120000_create_notes.sql"),
    ("sql_migrations", "goose go", "migrations/20260101120000_seed.go"),
    ("sql_migrations", "laravel", "database/migrations/2014_10_12_000000_create_users_table.php"),
    ("sql_migrations", "ef core", "Migrations/20260101120000_Initial.cs"),
    ("sql_migrations", "dbmate", "db/migrations/20260101120000_create_notes.sql"),
    ("sql_migrations", "sqlx", "migrations/20260101120000_init.sql"),
    ("sql_migrations", "diesel", "migrations/2026-01-01-000000_create_notes/up.sql"),
    ("sql_migrations", "ecto", "priv/repo/migrations/20260101120000_create_notes.exs"),
    ("openapi", "openapi", "openapi.yaml"),
    ("openapi", "swagger", "docs/swagger.json"),
    ("env_example", "dotenv", ".env.example"),
    ("env_example", "dotenv sample", "backend/.env.sample"),
    ("deploy", "procfile", "Procfile"),
    ("deploy", "fly", "fly.toml"),
    ("deploy", "render", "render.yaml"),
    ("deploy", "heroku", "app.json"),
    ("deploy", "app engine", "app.yaml"),
    ("deploy", "vercel", "vercel.json"),
    ("deploy", "netlify", "netlify.toml"),
    ("deploy", "serverless", "serverless.yml"),
    ("deploy", "kubernetes", "k8s/deployment.yaml"),
    ("deploy", "helm", "charts/notes/Chart.yaml"),
    ("deploy", "kustomize", "deploy/overlays/prod/kustomization.yaml"),
    ("deploy", "terraform", "infra/main.tf"),
    ("deploy", "railway", "railway.json"),
    ("deploy", "pulumi", "Pulumi.yaml"),
    ("deploy", "ansible", "playbooks/site.yml"),
    ("readme", "readme", "README.md"),
    ("readme", "readme rst", "README.rst"),
    ("license", "license", "LICENSE"),
    ("license", "licence", "LICENCE.txt"),
]

#: (signal, what it is, files that must NOT show the signal)
NEGATIVE = [
    ("sql_migrations", "a lone schema.sql", {"schema.sql": "create table notes ();"}),
    ("sql_migrations", "alembic.ini alone", {"alembic.ini": "[alembic]"}),
    ("tests", "docs/testing.md", {"docs/testing.md": "how we test"}),
    ("tests", "latest.py", {"latest.py": "x = 1"}),
    ("tests", "contest/", {"contest/entry.py": "x = 1", "contest/index.js": "x"}),
    ("tests", "attestation.go", {"attestation.go": "package main"}),
    ("tests", "testing helpers", {"src/testing_utils.py": "x = 1"}),
    ("ci", "a workflows folder holding only a README", {".github/workflows/README.md": "todo"}),
    ("dockerfile", "Dockerfile.md", {"Dockerfile.md": "# how to write one"}),
    ("dockerfile", "docs about docker", {"docs/Dockerfile.txt": "notes"}),
    ("deploy", "app.json below the top", {"web/app.json": "{}"}),
    ("readme", "a README in a sub-folder only", {"docs/README.md": "x"}),
    ("tests", "node_modules", {"node_modules/lib/test/a.test.js": "x"}),
    ("tests", "vendor", {"vendor/github.com/x/y/y_test.go": "package y"}),
    ("dockerfile", "vendored Dockerfile", {"vendor/tool/Dockerfile": "FROM x"}),
    ("ci", "vendored workflow", {"node_modules/pkg/.travis.yml": "x"}),
]


@pytest.mark.parametrize(("signal", "tool", "path"), POSITIVE, ids=lambda v: str(v))
def test_path_shows_signal(scan_files: ScanFiles, signal: str, tool: str, path: str) -> None:
    content = real_test(path) if signal == "tests" else "x\n"
    result = scan_files({path: content, "other/file.txt": "x\n"})
    assert result.signals[signal].present, f"{tool}: {path} should show {signal}"
    assert result.signals[signal].evidence == (path,)


@pytest.mark.parametrize(("signal", "what", "files"), NEGATIVE, ids=lambda v: str(v))
def test_path_does_not_show_signal(
    scan_files: ScanFiles, signal: str, what: str, files: dict[str, str]
) -> None:
    result = scan_files({**files, "src/main.py": "print()\n"})
    assert not result.signals[signal].present, f"{what} must not show {signal}"
    assert result.signals[signal].evidence == ()


def test_evidence_is_sorted_and_capped(scan_files: ScanFiles) -> None:
    files = {f"tests/test_{i:02}.py": real_test(".py") for i in range(12)}
    result = scan_files(files)
    assert result.signals["tests"].evidence == tuple(sorted(files)[:5])


def test_monorepo_signals_anywhere(scan_files: ScanFiles) -> None:
    result = scan_files(
        {
            "services/api/Dockerfile": "FROM python",
            "services/api/db/migrate/20260101_init.rb": "x",
            "services/web/src/App.test.tsx": real_test("App.test.tsx"),
        }
    )
    assert {"dockerfile", "sql_migrations", "tests"} <= {
        name for name, signal in result.signals.items() if signal.present
    }


@pytest.mark.parametrize(
    ("exclude", "left"),
    [
        ("legacy/", ["src/tests/test_new.py"]),  # a folder at any depth, as in .gitignore
        ("/legacy/", ["src/legacy/tests/test_deep.py", "src/tests/test_new.py"]),
        ("src/legacy/", ["legacy/tests/test_old.py", "src/tests/test_new.py"]),
        ("legacy", ["src/tests/test_new.py"]),
        ("legacy/**", ["src/legacy/tests/test_deep.py", "src/tests/test_new.py"]),
    ],
)
def test_exclude_follows_gitignore(tmp_path, exclude: str, left: list[str]) -> None:
    from roadmap_lint.scanning.config import SignalConfig
    from roadmap_lint.scanning.scanner import scan
    from tests.support.gitrepo import make_repo

    files = {
        "legacy/tests/test_old.py": real_test(".py"),
        "src/legacy/tests/test_deep.py": real_test(".py"),
        "src/tests/test_new.py": real_test(".py"),
        "legacyish/notes.txt": "x\n",
    }
    repo = make_repo(tmp_path / "repo", files)
    config = SignalConfig.from_lint({"signals": {"exclude": [exclude]}})
    result = scan(str(repo), base=tmp_path, config=config)
    assert sorted(result.signals["tests"].evidence) == left
