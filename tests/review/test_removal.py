"""Removal candidates come from the roadmap's own git history (skipped until that stage runs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.gitrepo import commit, make_repo

ROADMAP = """\
version: 1
profile: {{name: Ada, level: intermediate, stage: 4}}
areas:
  core_language: {{skills: [{{name: Python, status: comfortable, bucket: essential_now}}]}}
  api_design:
    skills:
      - {{name: GraphQL, status: theoretical, bucket: optional_later}}
      - {{name: gRPC, status: {grpc}, bucket: optional_later}}
  databases: {{skills: []}}
  testing_security: {{skills: []}}
  deployment_devops: {{skills: []}}
"""


def test_untouched_optional_skills_are_offered_for_removal(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("roadmap_lint.history", reason="the history stage is not merged yet")
    repo = make_repo(tmp_path / "portfolio")
    commit(repo, {"roadmap.yml": ROADMAP.format(grpc="theoretical")}, date="2025-06-01")
    commit(repo, {"roadmap.yml": ROADMAP.format(grpc="fragile")}, date="2026-03-01")
    monkeypatch.chdir(repo)
    done = cli(
        "review", "roadmap.yml", "--dry-run", "--no-scan",
        "--today", "2026-11-25", "--cadence", "quarterly",
    )  # fmt: skip
    assert done.code == 0, done.err
    section = done.out.split("## Candidates for removal", 1)[1].split("\n## ", 1)[0]
    assert "- [ ] GraphQL (API design, unchanged since 2025-06-01)" in section
    assert "gRPC" not in section
