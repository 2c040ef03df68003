"""`check` with scanning: evidence rules on real repositories, in parallel."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.check import CheckOptions, run_check
from tests.conftest import EXAMPLES
from tests.support.gitrepo import make_repo

FULL = {
    "README.md": "# x\n",
    "tests/test_app.py": "def test_app():\n    pass\n",
    "Dockerfile": "FROM python\n",
    "app/main.py": "x\n",
    "migrations/versions/0001_init.py": "x\n",
}
AREAS = "".join(
    f"  {area}:\n    skills: [{{name: {area}-skill, status: {status}}}]\n"
    for area, status in [
        ("core_language", "fragile"),
        ("api_design", "fragile"),
        ("databases", "theoretical"),
        ("testing_security", "fragile"),
        ("deployment_devops", "fragile"),
    ]
)


def roadmap(folder: Path, projects: str, *, level: str = "intermediate", extra: str = "") -> Path:
    path = folder / "roadmap.yml"
    path.write_text(
        f"version: 1\nprofile: {{level: {level}, languages: [python]}}\nareas:\n{AREAS}"
        f"projects:\n{projects}{extra}",
        encoding="utf-8",
    )
    return path


def findings(cli: Any, path: Path, select: str) -> list[tuple[str, str, str]]:
    run = cli("check", str(path), "--select", select, "--format", "json", "--today", "2026-11-25")
    assert run.code in (0, 1), run.err
    data = json.loads(run.out)
    return [(f["rule"], f["pointer"], f["message"]) for f in data["findings"]]


def test_example_portfolio_shows_real_evidence_findings(cli: Any) -> None:
    path = EXAMPLES / "portfolio" / "roadmap.yml"
    run = cli("check", str(path), "--format", "json", "--today", "2026-11-25")
    data = json.loads(run.out)
    found = {(f["rule"], f["pointer"]) for f in data["findings"] if f["rule"] in ("RL301", "RL304")}
    assert found == {
        ("RL301", "/projects/0/expects/5"),  # notes-api claims deploy: no deploy config
        ("RL301", "/projects/1/expects/1"),  # task-manager claims ci: workflows hold a README
        ("RL304", "/projects/0/expects"),  # notes-api has an unclaimed .env.example
        ("RL304", "/projects/1/expects"),  # task-manager depends on pg and jsonwebtoken
    }
    projects = {p["id"]: p for p in data["projects"]}
    assert set(projects) == {"notes-api", "task-manager", "shop-tutorial"}
    assert set(projects["notes-api"]) == {
        *("id", "repo", "head", "last_commit", "signals", "secret_files", "authorship")
    }
    assert projects["notes-api"]["repo"] == "projects/notes-api"
    assert projects["notes-api"]["signals"]["sql_migrations"]["present"]


def test_unreachable_repo_is_rl303_and_the_others_are_scanned(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "good", {"README.md": "x"})
    path = roadmap(
        tmp_path,
        "  - {id: gone, repo: ../missing, expects: [tests]}\n"
        "  - {id: good, repo: good, expects: [tests]}\n",
    )
    assert findings(cli, path, "RL301,RL303") == [
        (
            "RL303",
            "/projects/0/repo",
            "cannot read the repository of 'gone': no such folder: ../missing",
        ),
        (
            "RL301",
            "/projects/1/expects/0",
            "'good' expects tests, but its repository does not show it",
        ),
    ]


def test_repo_paths_are_relative_to_the_roadmap(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_repo(tmp_path / "portfolio" / "projects" / "api", FULL)
    path = roadmap(tmp_path / "portfolio", "  - {id: api, repo: projects/api, expects: [tests]}\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert findings(cli, path, "RL301,RL303") == []


def test_projects_scan_in_parallel_with_progress(tmp_path: Path) -> None:
    lines = [f"  - {{id: p{i}, repo: p{i}, expects: [tests]}}\n" for i in range(12)]
    for i in range(12):
        make_repo(tmp_path / f"p{i}", FULL if i % 2 else {"README.md": "x"})
    messages: list[str] = []
    result = run_check(
        CheckOptions(
            roadmap=roadmap(tmp_path, "".join(lines)),
            today=dt.date(2026, 11, 25),
            history=False,
            progress=messages.append,
        )
    )
    assert result.scans is not None and len(result.scans) == 12
    assert [f.pointer for f in result.findings if f.rule == "RL301"] == [
        f"/projects/{i}/expects/0" for i in range(0, 12, 2)
    ]
    assert sum("scanned" in m for m in messages) == 12 and messages[-1] == ""


def test_no_scan_skips_every_scan_rule(cli: Any, tmp_path: Path) -> None:
    path = roadmap(tmp_path, "  - {id: gone, repo: ../missing, expects: [tests]}\n")
    run = cli("check", str(path), "--no-scan", "--format", "json", "--select", "RL2,RL3")
    data = json.loads(run.out)
    assert data["projects"] == []
    assert not [f for f in data["findings"] if f["rule"] in ("RL301", "RL303", "RL205")]


def test_planned_projects_are_not_scanned(cli: Any, tmp_path: Path) -> None:
    path = roadmap(tmp_path, "  - {id: later, repo: ../later, status: planned, expects: [ci]}\n")
    assert findings(cli, path, "RL301,RL303") == []


def test_lint_signals_exclude_and_extend(cli: Any, tmp_path: Path) -> None:
    make_repo(
        tmp_path / "api",
        {
            "legacy/Dockerfile": "FROM x",
            "checks/smoke.py": "x",
            "requirements.txt": "mydb-driver\n",
        },
    )
    extra = (
        "lint:\n  signals:\n    exclude: ['legacy/**']\n    extend:\n"
        "      tests: {paths: ['checks/**/*.py']}\n"
        "      database: {dependencies: [MyDB-Driver]}\n"
    )
    path = roadmap(
        tmp_path, "  - {id: api, repo: api, expects: [tests, database, dockerfile]}\n", extra=extra
    )
    assert findings(cli, path, "RL301") == [
        (
            "RL301",
            "/projects/0/expects/2",
            "'api' expects dockerfile, but its repository does not show it",
        )
    ]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"README.md": "x"}, {"RL203", "RL204", "RL205"}),
        ({"tests/test_a.py": "def test_a(): pass"}, {"RL203", "RL204"}),
        ({".github/workflows/ci.yml": "x"}, {"RL203", "RL205"}),
        (
            {
                "db/migrate/20260101_init.rb": "x",
                "Dockerfile": "x",
                "test/a_test.rb": 'test "adds" do\nend\n',
            },
            set(),
        ),
    ],
)
def test_balance_rules_read_scanned_signals(
    cli: Any, tmp_path: Path, files: dict[str, str], expected: set[str]
) -> None:
    make_repo(tmp_path / "api", files)
    path = roadmap(tmp_path, "  - {id: api, repo: api}\n")
    assert {rule for rule, _, _ in findings(cli, path, "RL203,RL204,RL205")} == expected


def test_no_sql_is_quiet_once_a_database_skill_is_practised(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", {"README.md": "x"})
    path = roadmap(tmp_path, "  - {id: api, repo: api}\n")
    path.write_text(
        path.read_text().replace(
            "databases-skill, status: theoretical", "databases-skill, status: fragile"
        )
    )
    assert findings(cli, path, "RL203") == []


PIPELINE = "on: push\njobs:\n  ci:\n    steps:\n      - run: pytest\n      - run: {}\n"
BUILDS = {".github/workflows/ci.yml": PIPELINE.format("docker build -t api .")}
DEPLOYS = {".github/workflows/ci.yml": PIPELINE.format("flyctl deploy")}


@pytest.mark.parametrize(
    ("files", "status", "fires"),
    [
        ({**FULL, **BUILDS}, "done", False),
        ({**FULL, **BUILDS}, "in_progress", True),
        (FULL, "done", True),  # tests and a Dockerfile, but no pipeline runs them
        ({**FULL, **BUILDS, "Dockerfile": None}, "done", True),
        (
            {"README.md": "x", "tests/test_a.py": "def test_a(): pass", **DEPLOYS},
            "done",
            False,
        ),
        ({"tests/test_a.py": "def test_a(): pass", "Dockerfile": "x", **BUILDS}, "done", True),
    ],
)
def test_portfolio_gap_for_job_seekers(
    cli: Any, tmp_path: Path, files: dict[str, str | None], status: str, fires: bool
) -> None:
    make_repo(tmp_path / "api", {k: v for k, v in files.items() if v is not None})
    projects = f"  - {{id: api, repo: api, status: {status}}}\n"
    path = roadmap(tmp_path, projects, level="job-seeking")
    assert bool(findings(cli, path, "RL210")) is fires
    assert findings(cli, roadmap(tmp_path, projects, level="beginner"), "RL210") == []


def test_scanned_languages_count_for_a_beginner(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "py", {"a.py": "x", "b.py": "x", "run.sh": "x", "c.sh": "x", "d.sh": "x"})
    make_repo(tmp_path / "go", {"main.go": "x", "util.go": "x", "x.py": "x"})
    make_repo(tmp_path / "plan", {"main.rs": "x"})
    projects = (
        "  - {id: py, repo: py}\n  - {id: go, repo: go}\n"
        "  - {id: plan, repo: plan, status: planned}\n"
    )
    path = roadmap(tmp_path, projects, level="beginner")
    [(_, pointer, message)] = findings(cli, path, "RL202")
    assert pointer == "/profile/languages"
    assert message.startswith("a beginner learning 2 backend languages: Go, python")
    assert "Go in go" in message
    make_repo(tmp_path / "go2", {"main.py": "x"})
    path = roadmap(tmp_path, "  - {id: py, repo: py}\n  - {id: go2, repo: go2}\n", level="beginner")
    assert findings(cli, path, "RL202") == []


def test_text_output_lists_evidence_per_project(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", FULL)
    path = roadmap(tmp_path, "  - {id: api, repo: api, expects: [tests]}\n")
    run = cli("check", str(path), "--select", "RL301")
    assert "  api: tests ✓, dockerfile ✓, sql_migrations ✓, readme ✓\n" in run.out


def test_hostile_signal_globs_are_left_out(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", {"a/" * 60 + "x.py": "x", "README.md": "x"})
    hostile = ["**/" * 30 + "x", "{a,b}" * 20 + "/*.py", "x" * 500]
    extra = "lint:\n  signals:\n    exclude: " + json.dumps(hostile) + "\n    extend:\n"
    extra += "      tests: {paths: " + json.dumps(hostile) + "}\n"
    path = roadmap(tmp_path, "  - {id: api, repo: api, expects: [tests]}\n", extra=extra)
    started = dt.datetime.now()
    assert [rule for rule, _, _ in findings(cli, path, "RL301")] == ["RL301"]
    assert (dt.datetime.now() - started).total_seconds() < 10


def test_projects_past_the_schema_maximum_are_not_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile roadmap may list thousands of repositories (each a clone); those past the
    schema's `maxItems` are an RL002 finding, and not one is cloned."""
    import roadmap_lint.scanning.scanner as scanner

    asked: list[tuple[str, str]] = []

    def record(projects: Any, **_: Any) -> dict[str, Any]:
        asked.extend(projects)
        return {}

    monkeypatch.setattr(scanner, "scan_projects", record)
    items = "".join(f"  - {{id: p{n}, repo: 'git://127.0.0.1:9/p{n}.git'}}\n" for n in range(1200))
    path = roadmap(tmp_path, items)
    result = run_check(CheckOptions(roadmap=path, today=dt.date(2026, 11, 25), history=False))
    assert len(asked) == 1000
    assert any("at most 1000" in f.message for f in result.findings)
