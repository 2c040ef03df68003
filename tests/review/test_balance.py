"""The area strength score, the weakest area, the Mermaid chart and the project ladder."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap_lint.analysis.balance import area_scores, mermaid_chart, weakest_area
from roadmap_lint.analysis.ladder import next_project
from roadmap_lint.model import build_roadmap


def _roadmap(areas: dict[str, Any], projects: list[dict[str, Any]] | None = None) -> Any:
    return build_roadmap({"areas": areas, "projects": projects or []})


def _skill(status: str, projects: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": f"{status}-{len(projects)}", "status": status, "projects": list(projects)}


def test_scores_follow_the_documented_formula() -> None:
    roadmap = _roadmap(
        {
            "core_language": {"skills": [_skill("comfortable", ("p",)), _skill("fragile")]},
            "api_design": {"skills": [_skill("theoretical")]},
        },
        [{"id": "p", "status": "done", "areas": ["core_language"]}],
    )
    scores = {score.area: score for score in area_scores(roadmap)}
    # core: (2+1) + 1 + coverage 2 = 6 of 3*2+2 = 8 → 75
    assert (scores["core_language"].points, scores["core_language"].possible) == (6, 8)
    assert scores["core_language"].strength == 75
    assert scores["api_design"].strength == 0
    assert scores["databases"].skills == 0 and scores["databases"].strength == 0


def test_ties_go_to_the_earlier_column() -> None:
    scores = area_scores(_roadmap({}))
    assert weakest_area(scores).area == "core_language"


def test_chart_drops_characters_that_could_break_it() -> None:
    roadmap = _roadmap({'evil"] ]\n```': {"skills": [_skill("comfortable")]}})
    chart = mermaid_chart(area_scores(roadmap))
    assert chart.startswith("xychart-beta")
    assert "```" not in chart and "\n" not in chart.splitlines()[2]
    assert '"Evil "' in chart
    assert chart.splitlines()[-1] == "    bar [0, 0, 0, 0, 0, 40]"


@pytest.mark.parametrize(
    ("projects", "weakest", "expected"),
    [
        ([], "databases", "notes-api"),
        ([{"id": "notes-api", "status": "done"}], "testing_security", "task-manager"),
        ([{"id": "notes-api", "status": "done"}], "deployment_devops", "worker"),
        ([{"id": "orders-api", "title": "Orders API", "status": "done"}], "api_design", "worker"),
        ([{"id": "shop", "kind": "tutorial", "status": "done"}], "databases", "notes-api"),
        ([{"id": "deployed-api", "status": "done"}], "databases", "production-api"),
    ],
)
def test_next_project_is_aimed_at_the_weakest_area(
    projects: list[dict[str, Any]], weakest: str, expected: str
) -> None:
    assert next_project(_roadmap({}, projects), weakest).rung.key == expected


def test_a_parked_skill_never_weakens_its_area() -> None:
    """Parking a topic in optional_later is what the roadmap asks for: its weight is not held
    against the area (the example of balance.py's header)."""
    backed = [{**_skill("comfortable", ("p",)), "name": name} for name in ("A", "B")]
    parked = [{"name": name, "status": "theoretical", "bucket": "optional_later"} for name in "CD"]
    waiting = [{**skill, "bucket": "useful_next"} for skill in parked]
    project = [{"id": "p", "status": "done", "areas": ["deployment_devops"]}]

    def strength(skills: list[dict[str, Any]]) -> int:
        roadmap = _roadmap({"deployment_devops": {"skills": skills}}, project)
        return next(s.strength for s in area_scores(roadmap) if s.area == "deployment_devops")

    assert strength(backed) == 100
    assert strength(backed + parked) == 100
    assert strength(backed + waiting) == 57
