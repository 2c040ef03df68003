"""Typed, forgiving views of the roadmap data that rules read.

The schema reports wrong types; these views skip what they cannot understand, so that the
other rules can still run on a roadmap that is only partly valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.core.vocabulary import SIGNALS, STRENGTHS
from roadmap_lint.loading.pointers import join


@dataclass(frozen=True)
class Skill:
    area: str
    name: str
    status: str
    bucket: str
    stage: int | None
    projects: tuple[str, ...]
    major_tool: bool
    reason: str | None
    pointer: str


@dataclass(frozen=True)
class Project:
    id: str
    title: str
    repo: str
    kind: str
    status: str
    completed: dt.date | None
    areas: tuple[str, ...]
    expects: tuple[str, ...]
    pointer: str
    summary: str = ""
    url: str = ""
    talking_points: tuple[str, ...] = ()
    #: signal (or "*" for every claimed one) → the least strength the claim needs
    min_strength: dict[str, str] = field(default_factory=dict)

    def required_strength(self, signal: str, default: dict[str, str]) -> str:
        """The strength a claim of ``signal`` needs: this project's word over the roadmap's."""
        for levels in (self.min_strength, default):
            for key in (signal, "*"):
                if key in levels:
                    return levels[key]
        return STRENGTHS[0]


@dataclass(frozen=True)
class Review:
    date: dt.date
    kind: str
    project: str | None
    next_focus: str
    removed: tuple[str, ...]
    pointer: str


@dataclass(frozen=True)
class Area:
    name: str
    next: str
    skills: tuple[Skill, ...]
    pointer: str


@dataclass(frozen=True)
class Roadmap:
    level: str
    name: str
    languages: tuple[str, ...]
    stage: int | None
    areas: dict[str, Area]
    projects: tuple[Project, ...]
    reviews: tuple[Review, ...]
    lint: dict[str, Any] = field(default_factory=dict)
    target_role: str = ""
    #: who the learner is, for authorship: a GitHub user name and commit e-mail addresses
    github: str = ""
    emails: tuple[str, ...] = ()
    #: `lint.min_strength`, as signal (or "*") → strength
    min_strength: dict[str, str] = field(default_factory=dict)

    def skills(self) -> Iterator[Skill]:
        for area in self.areas.values():
            yield from area.skills

    def project(self, project_id: str) -> Project | None:
        return next((p for p in self.projects if p.id == project_id), None)

    def latest_review(self, today: dt.date, *kinds: str) -> Review | None:
        """The latest review held by ``today`` (of ``kinds``, when given)."""
        chosen = [r for r in self.reviews if r.date <= today and (not kinds or r.kind in kinds)]
        return max(chosen, key=lambda r: r.date, default=None)


def build_roadmap(data: Any) -> Roadmap:
    """A ``Roadmap`` from loaded data; parts of the wrong shape are left out."""
    root = data if isinstance(data, dict) else {}
    profile = _mapping(root.get("profile"))
    return Roadmap(
        level=_text(profile.get("level")) or "beginner",
        name=_text(profile.get("name")),
        languages=_texts(profile.get("languages")),
        stage=_integer(profile.get("stage")),
        target_role=_text(profile.get("target_role")),
        areas=_areas(root.get("areas")),
        projects=tuple(_items(root.get("projects"), "/projects", _project)),
        reviews=tuple(_items(root.get("reviews"), "/reviews", _review)),
        lint=_mapping(root.get("lint")),
        github=_text(profile.get("github")),
        emails=_texts(profile.get("emails")),
        min_strength=_strengths(_mapping(root.get("lint")).get("min_strength")),
    )


def _areas(value: Any) -> dict[str, Area]:
    areas = {}
    for name, raw in _mapping(value).items():
        body = _mapping(raw)
        pointer = join("/areas", name)
        skills = _items(body.get("skills"), join(pointer, "skills"), _skill_of(name))
        areas[name] = Area(name, _text(body.get("next")), tuple(skills), pointer)
    return areas


def _skill_of(area: str) -> Any:
    def build(raw: dict[str, Any], pointer: str) -> Skill | None:
        name = _text(raw.get("name"))
        if not name:
            return None
        return Skill(
            area=area,
            name=name,
            status=_text(raw.get("status")) or "theoretical",
            bucket=_text(raw.get("bucket")) or "useful_next",
            stage=_integer(raw.get("stage")),
            projects=_texts(raw.get("projects")),
            major_tool=raw.get("major_tool") is True,
            reason=_text(raw.get("reason")) or None,
            pointer=pointer,
        )

    return build


def _project(raw: dict[str, Any], pointer: str) -> Project | None:
    project_id = _text(raw.get("id"))
    if not project_id:
        return None
    return Project(
        id=project_id,
        title=_text(raw.get("title")) or project_id,
        repo=_text(raw.get("repo")),
        kind=_text(raw.get("kind")) or "independent",
        status=_text(raw.get("status")) or "in_progress",
        completed=_date(raw.get("completed")),
        areas=_texts(raw.get("areas")),
        expects=_texts(raw.get("expects")),
        pointer=pointer,
        summary=_text(raw.get("summary")),
        url=_https(raw.get("url")),
        talking_points=_texts(raw.get("talking_points")),
        min_strength=_strengths(raw.get("min_strength")),
    )


def _review(raw: dict[str, Any], pointer: str) -> Review | None:
    date = _date(raw.get("date"))
    if date is None:
        return None
    return Review(
        date=date,
        kind=_text(raw.get("kind")) or "monthly",
        project=_text(raw.get("project")) or None,
        next_focus=_text(raw.get("next_focus")),
        removed=_texts(raw.get("removed")),
        pointer=pointer,
    )


def _strengths(value: Any) -> dict[str, str]:
    """`present` (every claimed signal) or `{tests: exercised}`; unknown words are skipped."""
    pairs = {"*": value} if isinstance(value, str) else _mapping(value)
    return {
        signal: level
        for signal, level in pairs.items()
        if (signal == "*" or signal in SIGNALS) and level in STRENGTHS
    }


def _items(value: Any, pointer: str, build: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    built = (
        build(item, join(pointer, index)) if isinstance(item, dict) else None
        for index, item in enumerate(value)
    )
    return [item for item in built if item is not None]


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item.strip() for item in value if isinstance(item, str) and item.strip())


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):  # a quoted date is still a date: the schema accepts it
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _https(value: Any) -> str:
    """An ``https://`` address, or "" (the schema reports anything else)."""
    text = _text(value)
    return text if text.startswith("https://") and text.isprintable() and " " not in text else ""
