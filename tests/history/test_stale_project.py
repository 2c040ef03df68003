"""RL104 reads the scanned last commit of in-progress projects (the scan contract)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint import rules
from roadmap_lint.loading.document import parse_text
from roadmap_lint.model import build_roadmap
from roadmap_lint.rules import stale_project
from roadmap_lint.rules.base import RuleContext
from roadmap_lint.rules.engine import run_rules
from roadmap_lint.rules.settings import Selection
from roadmap_lint.scanning.result import ScanResult
from tests.history.builders import roadmap, skill
from tests.support.gitrepo import make_repo

TODAY = dt.date(2026, 11, 25)


def context(status: str, scan: ScanResult | None, **thresholds: int) -> RuleContext:
    project = {"id": "task-manager", "repo": "../task-manager", "status": status}
    document = parse_text(roadmap([skill("SQL")], projects=[project]), Path("roadmap.yml"))
    return RuleContext(
        document=document,
        roadmap=build_roadmap(document.data),
        today=TODAY,
        thresholds={**rules.default_thresholds(), **thresholds},
        scans={} if scan is None else {"task-manager": scan},
    )


def messages(ctx: RuleContext) -> list[str]:
    return [problem.message for problem in stale_project.check(ctx)]


def test_quiet_in_progress_project_is_stale() -> None:
    scan = ScanResult(repo="../task-manager", last_commit="2026-06-30T10:00:00+02:00")
    assert messages(context("in_progress", scan)) == [
        "project 'task-manager' is in progress, but its repository's last commit was on"
        " 2026-06-30, 148 days ago (stale_project_days is 90)"
    ]


@pytest.mark.parametrize(
    ("status", "scan", "limit"),
    [
        ("in_progress", ScanResult(repo="r", last_commit="2026-11-01T09:00:00Z"), 90),
        ("in_progress", ScanResult(repo="r", last_commit="2026-06-30T10:00:00Z"), 200),
        ("done", ScanResult(repo="r", last_commit="2025-01-01T10:00:00Z"), 90),
        ("planned", ScanResult(repo="r", last_commit="2025-01-01T10:00:00Z"), 90),
        ("in_progress", ScanResult(repo="r", error="clone failed"), 90),
        ("in_progress", ScanResult(repo="r", last_commit=None), 90),
        ("in_progress", ScanResult(repo="r", last_commit="yesterday"), 90),
        ("in_progress", None, 90),
    ],
)
def test_not_stale(status: str, scan: ScanResult | None, limit: int) -> None:
    assert messages(context(status, scan, stale_project_days=limit)) == []


def test_needs_the_scan() -> None:
    scan = ScanResult(repo="../task-manager", last_commit="2026-01-30T10:00:00Z")
    ctx = context("in_progress", scan)
    selection = Selection(select=frozenset({"RL104"}))
    found = run_rules(ctx, selection, frozenset({"scan", "clock"}), file="r.yml")
    assert [f.rule for f in found] == ["RL104"]
    assert run_rules(ctx, selection, frozenset({"clock"}), file="r.yml") == []


def test_end_to_end_with_a_scanned_repository(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "task-manager", {"README.md": "# Tasks\n"}, date="2026-06-30")
    project = {"id": "task-manager", "repo": "../task-manager", "status": "in_progress"}
    path = tmp_path / "portfolio" / "roadmap.yml"
    path.parent.mkdir()
    path.write_text(roadmap([skill("SQL")], projects=[project]), encoding="utf-8")
    run = cli("check", str(path), "--no-history", "--format", "json", "--today", "2026-11-25")
    report = json.loads(run.out)
    assert [f["message"] for f in report["findings"] if f["rule"] == "RL104"] == [
        "project 'task-manager' is in progress, but its repository's last commit was on"
        " 2026-06-30, 148 days ago (stale_project_days is 90)"
    ]
