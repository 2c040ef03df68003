"""The demo portfolio shows history findings from this repository's own commits."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from typing import Any

import pytest

from tests.conftest import EXAMPLES, REPO_ROOT

ROADMAP = EXAMPLES / "portfolio" / "roadmap.yml"


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )


def _last_commit_date() -> dt.date:
    """When the example last changed; skips where this checkout cannot show its history."""
    shallow = _git("rev-parse", "--is-shallow-repository")
    if shallow.returncode != 0 or shallow.stdout.strip() != "false":
        pytest.skip("needs a full git clone of roadmap-lint (fetch-depth: 0)")
    if _git("diff", "--quiet", "HEAD", "--", str(ROADMAP)).returncode != 0:
        pytest.skip("the example has uncommitted edits")
    return dt.date.fromisoformat(
        _git("log", "-1", "--format=%cs", "--", str(ROADMAP)).stdout.strip()
    )


def test_portfolio_history_findings(cli: Any) -> None:
    today = _last_commit_date() + dt.timedelta(days=200)
    run = cli("check", str(ROADMAP), "--no-scan", "--format", "json", "--today", str(today))
    report = json.loads(run.out)
    unapplied = [f["message"] for f in report["findings"] if f["rule"] == "RL105"]
    assert any(message.startswith("'Pagination' has been theoretical") for message in unapplied)
    assert not any("GraphQL" in message for message in unapplied)  # parked: optional_later
    assert report["history"]["available"] is True
    assert {"Pagination", "GraphQL"} <= {s["name"] for s in report["history"]["skills"]}
