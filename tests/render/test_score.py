"""The roadmap score (the Action's `score` output) and the badge that shows it."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap_lint.analysis.score import badge, roadmap_score
from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.model import build_roadmap


def _roadmap(**areas: list[dict[str, Any]]) -> Any:
    return build_roadmap(
        {
            "areas": {name: {"skills": skills} for name, skills in areas.items()},
            "projects": [
                {"id": "api", "status": "done"},
                {"id": "idea", "status": "planned"},
            ],
        }
    )


def _findings(**counts: int) -> list[Finding]:
    return [
        Finding("RL999", "x", Severity(level), "m", "", "r.yml", n, 1, "")
        for level, count in counts.items()
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("findings", "score"),
    [({}, 20), ({"info": 5}, 20), ({"warning": 2}, 14), ({"error": 1}, 10), ({"error": 3}, 0)],
)
def test_roadmap_score(findings: dict[str, int], score: int) -> None:
    roadmap = _roadmap(databases=[{"name": "SQL", "status": "comfortable", "projects": ["api"]}])
    assert roadmap_score(roadmap, None, _findings(**findings)) == score


@pytest.mark.parametrize(
    ("score", "colour"),
    [(100, "brightgreen"), (80, "brightgreen"), (79, "green"), (40, "yellow"), (0, "red")],
)
def test_badge(score: int, colour: str) -> None:
    assert badge(score) == {
        "schemaVersion": 1,
        "label": "roadmap",
        "message": f"{score}/100",
        "color": colour,
    }
