"""The command line as a user meets it: output formats, exit codes, help, colours."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap_lint import __version__
from tests.conftest import EXAMPLES
from tests.support.lint import MINIMAL

BROKEN = str(EXAMPLES / "broken.yml")
PINNED = ("--no-scan", "--no-history", "--today", "2026-11-25")


def test_version_is_answered_without_importing_click() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "roadmap_lint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"roadmap-lint {__version__}"
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "roadmap_lint.cli" in imported
    assert not imported & {"click", "yaml", "jsonschema", "git", "github", "jinja2"}


def test_a_check_loads_only_what_it_uses() -> None:
    """Without postings, projects or an issue to open, a check loads no matcher, no GitHub
    client and no template engine: each costs tens of milliseconds on every run."""
    roadmap = str(EXAMPLES / "portfolio" / "roadmap.yml")
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "roadmap_lint", "check", roadmap, "--no-scan"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr[-500:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not imported & {"roadmap_lint.postings", "github", "jinja2", "requests"}


def test_help_teaches_with_examples(cli) -> None:
    run = cli("--help")
    assert run.code == 0
    assert "Examples:" in run.out and "roadmap-lint check" in run.out and "Exit codes" in run.out
    assert "Examples:" in cli("check", "--help").out


def test_json_report_follows_the_documented_shape(cli) -> None:
    run = cli("check", BROKEN, *PINNED, "--format", "json")
    report = json.loads(run.out)
    assert list(report) == [
        "version",
        "roadmap",
        "today",
        "summary",
        "findings",
        "projects",
        "areas",
    ]
    assert report["version"] == 2 and report["today"] == "2026-11-25"
    assert report["summary"] == {"error": 14, "warning": 8, "info": 1}
    assert set(report["findings"][0]) == {
        "rule",
        "name",
        "severity",
        "message",
        "hint",
        "file",
        "line",
        "column",
        "pointer",
    }
    assert report["areas"]["core_language"] == {
        "skills": 3,
        "comfortable": 1,
        "fragile": 1,
        "theoretical": 0,
        "with_evidence": 0,
    }


def test_text_report_is_ruff_like_and_plain_when_not_a_terminal(cli) -> None:
    run = cli("check", BROKEN, *PINNED)
    first = run.out.splitlines()[0]
    assert first == (
        "examples/broken.yml:5:3: error RL003 duplicate-key: duplicate key 'name' (first defined"
        " on line 4); the later value would silently win"
    )
    assert "\x1b[" not in run.out
    assert run.out.rstrip().endswith("(14 errors, 8 warnings, 1 info).")


def test_every_line_names_its_severity(cli) -> None:
    lines = [line for line in cli("check", BROKEN, *PINNED).out.splitlines()]
    shown = "examples/broken.yml"
    levels = [line.split(": ", 1)[1].split()[0] for line in lines if line.startswith(shown)]
    assert len(levels) == 23 and set(levels) == {"error", "warning", "info"}


def test_force_color_and_no_color(cli, monkeypatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[31merror\x1b[0m RL003" in cli("check", BROKEN, *PINNED).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("check", BROKEN, *PINNED).out


def test_github_annotations_escape_their_data(cli) -> None:
    run = cli("check", BROKEN, *PINNED, "--format", "github")
    lines = run.out.splitlines()
    assert lines[0].startswith("::error file=")
    assert ",line=5,col=3,title=RL003 duplicate-key::duplicate key" in lines[0]
    assert any(line.startswith("::notice ") for line in lines)
    assert all("\n" not in line for line in lines)


def test_output_file_and_exit_codes(cli, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    run = cli("check", BROKEN, *PINNED, "--format", "json", "--output", str(target))
    assert run.code == 1 and run.out == ""
    assert json.loads(target.read_text())["summary"]["error"] == 14
    assert cli("check", BROKEN, *PINNED, "--fail-on", "never").code == 0


@pytest.mark.parametrize(
    ("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_levels(cli, tmp_path: Path, fail_on: str, code: int) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(MINIMAL)  # five RL201 warnings, no errors
    assert cli("check", str(path), *PINNED, "--fail-on", fail_on).code == code


def test_lint_section_sets_fail_on_and_cli_wins(cli, tmp_path: Path) -> None:
    path = tmp_path / "roadmap.yml"
    path.write_text(MINIMAL + "lint:\n  fail_on: warning\n")
    assert cli("check", str(path), *PINNED).code == 1
    assert cli("check", str(path), *PINNED, "--fail-on", "error").code == 0


def test_select_by_prefix_and_ignore_by_name(cli) -> None:
    run = cli(
        "check",
        BROKEN,
        *PINNED,
        "--format",
        "json",
        "--select",
        "RL2",
        "--ignore",
        "area-without-project",
    )
    assert {f["rule"] for f in json.loads(run.out)["findings"]} == {"RL202", "RL211", "RL212"}


def test_default_roadmap_is_found_in_the_current_folder(cli, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "roadmap.yml").write_text(MINIMAL)
    monkeypatch.chdir(tmp_path)
    run = cli("check", *PINNED)
    assert ".github/roadmap.yml" in run.out


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "roadmap_lint", "check", BROKEN, *PINNED, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["summary"]["error"] == 14


def test_unexpected_errors_say_bug_and_hide_the_traceback(cli, monkeypatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("roadmap_lint.check.run_check", explode)
    run = cli("check", BROKEN)
    assert run.code == 2
    assert "internal error: RuntimeError: boom" in run.err and "bug" in run.err
    assert "Traceback" not in run.err
    assert "Traceback" in cli("--verbose", "check", BROKEN).err


@pytest.mark.parametrize("name", ["broken.yml", "beginner.yml", "portfolio/roadmap.yml"])
def test_json_report_validates_against_the_published_output_schema(cli, name: str) -> None:
    from jsonschema import Draft202012Validator

    from tests.conftest import REPO_ROOT

    schema = json.loads((REPO_ROOT / "schemas" / "output.schema.json").read_text())
    run = cli("check", str(EXAMPLES / name), "--today", "2026-11-25", "--format", "json")
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(
        json.loads(run.out)
    )
