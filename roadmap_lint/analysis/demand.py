"""What job postings ask for, held against the roadmap: shared by check, the brief and review.

A posting skill is *held* by the roadmap skills it counts as satisfied by (PostgreSQL by a
skill called "Postgres", Python by "Django"); its state is the best of them (see
``postings.roadmap_state``), with "evidence" meaning a project backs the skill.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roadmap_lint.analysis.evidence import backed_skills
from roadmap_lint.model import Roadmap, Skill
from roadmap_lint.postings import PostingsReport, RoadmapState, SkillDemand, roadmap_state


@dataclass(frozen=True)
class Demand:
    skill: SkillDemand
    state: RoadmapState
    #: the roadmap's skills that satisfy it
    held: tuple[Skill, ...]


def demands(report: PostingsReport, roadmap: Roadmap) -> list[Demand]:
    """Every skill the postings name, most asked for first, with its state on the roadmap."""
    backed = backed_skills(roadmap)
    skills = list(roadmap.skills())
    marks = [(skill.name, skill.status, skill.pointer in backed) for skill in skills]
    return [
        Demand(
            skill=demand,
            state=roadmap_state(demand, marks),
            held=tuple(skill for skill in skills if demand.is_satisfied_by(skill.name)),
        )
        for demand in report.demands
    ]


def demand_json(report: PostingsReport, roadmap: Roadmap) -> dict[str, Any]:
    """The ``postings`` object of the JSON reports."""
    return {
        "count": report.count,
        "skipped": [{"file": note.name, "reason": note.message} for note in report.notes],
        "skills": [
            {
                "name": item.skill.name,
                "aliases": list(item.skill.aliases),
                "area": item.skill.area,
                "postings": item.skill.postings,
                "share": round(item.skill.share, 3),
                "required": item.skill.required,
                "nice_to_have": item.skill.nice_to_have,
                "roadmap": item.state,
                "held_as": [skill.name for skill in item.held],
            }
            for item in demands(report, roadmap)
        ],
    }
