"""Area scores, the weakest area, the chart, and the roadmap score behind the badge."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap_lint.balance import area_scores, balance_chart, weakest_area
from roadmap_lint.findings import Finding, Severity
from roadmap_lint.model import build_roadmap
from roadmap_lint.scanning.result import ScanResult, Signal
from roadmap_lint.score import badge, roadmap_score


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


@pytest.mark.parametrize(
    ("skills", "score"),
    [
        ([], 0),
        ([{"name": "SQL", "status": "theoretical"}], 0),
        ([{"name": "SQL", "status": "fragile"}], 25),
        ([{"name": "SQL", "status": "comfortable"}], 50),
        ([{"name": "SQL", "status": "comfortable", "projects": ["api"]}], 100),
        ([{"name": "SQL", "status": "comfortable", "projects": ["idea"]}], 50),
        ([{"name": "SQL", "status": "fragile", "projects": ["api"]}, {"name": "ORM"}], 38),
    ],
)
def test_area_score(skills: list[dict[str, Any]], score: int) -> None:
    scores = {area.area: area.score for area in area_scores(_roadmap(databases=skills), None)}
    assert scores["databases"] == score


def test_scanned_signals_and_unreadable_repos() -> None:
    roadmap = _roadmap(databases=[{"name": "SQL", "status": "fragile", "projects": ["api"]}])
    unreadable = {"api": ScanResult("api", error="gone")}
    assert area_scores(roadmap, unreadable)[2].score == 25  # fragile, no proof
    migrations = {
        "api": ScanResult("api", error="gone"),
        "other": ScanResult("o", signals={"sql_migrations": Signal(True, ("m.sql",))}),
    }
    assert area_scores(roadmap, migrations)[2].score == 50  # signals give half the proof


def test_weakest_area_and_chart() -> None:
    roadmap = _roadmap(
        core_language=[{"name": "Go", "status": "comfortable", "projects": ["api"]}],
        api_design=[{"name": "REST", "status": "fragile", "projects": ["api"]}],
        databases=[{"name": "SQL", "status": "comfortable", "projects": ["api"]}],
        testing_security=[{"name": "pytest", "status": "comfortable", "projects": ["api"]}],
        deployment_devops=[{"name": "Docker", "status": "comfortable", "projects": ["api"]}],
        **{'weird"]; x': [{"name": "Rust", "status": "comfortable", "projects": ["api"]}]},
    )
    assert weakest_area(roadmap, None).area == "api_design"
    chart = balance_chart(roadmap, None)
    assert chart.startswith("```mermaid\nxychart-beta\n") and chart.endswith("```\n")
    assert (
        '"API design", "Databases", "Testing and security", "Deployment and DevOps", "weird x"]'
        in chart
    )
    assert "bar [100, 75, 100, 100, 100, 100]" in chart


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
