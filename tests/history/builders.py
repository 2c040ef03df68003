"""Roadmaps with dated git histories, built the way a learner would commit them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from roadmap_lint.core.vocabulary import AREAS
from tests.support.gitrepo import commit, make_repo


def skill(
    name: str,
    status: str = "theoretical",
    *,
    area: str = "databases",
    bucket: str = "useful_next",
    projects: Sequence[str] = (),
) -> dict[str, Any]:
    entry: dict[str, Any] = {"area": area, "name": name, "status": status, "bucket": bucket}
    if projects:
        entry["projects"] = list(projects)
    return entry


def roadmap(
    skills: Iterable[dict[str, Any]] = (),
    *,
    projects: Iterable[dict[str, Any]] = (),
    reviews: Iterable[dict[str, Any]] = (),
    lint: dict[str, Any] | None = None,
) -> str:
    """A schema-valid roadmap holding ``skills`` (each placed in its ``area``)."""
    areas: dict[str, Any] = {area: {"skills": []} for area in AREAS}
    for entry in skills:
        body = dict(entry)
        areas[body.pop("area")]["skills"].append(body)
    data: dict[str, Any] = {
        "version": 1,
        "profile": {"name": "Test Learner", "level": "beginner", "stage": 3},
        "areas": areas,
        "projects": [_dated(project) for project in projects]
        or [{"id": "notes-api", "repo": "../notes-api"}],
        "reviews": [_dated(review) for review in reviews],
    }
    if lint:
        data["lint"] = lint
    return yaml.safe_dump(data, sort_keys=False)


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    """Dates as YAML dates (a quoted date is read too, but the tests write real YAML dates)."""
    return {
        key: dt.date.fromisoformat(value) if key in ("date", "completed") else value
        for key, value in entry.items()
    }


@dataclass
class RoadmapRepo:
    """A git repository holding ``roadmap.yml``; ``save`` commits a new version on a date."""

    root: Path
    name: str = "roadmap.yml"

    @property
    def path(self) -> Path:
        return self.root / self.name

    def save(self, text: str, date: str, message: str = "Update the roadmap") -> str:
        return commit(self.root, {self.name: text}, date=date, message=message)


def make_roadmap_repo(folder: Path) -> RoadmapRepo:
    return RoadmapRepo(make_repo(folder))


def check_json(cli: Any, path: Path, today: str, *args: str) -> tuple[int, dict[str, Any]]:
    """Run ``check --no-scan --format json`` and return the exit code and the document."""
    run = cli("check", str(path), "--no-scan", "--format", "json", "--today", today, *args)
    assert run.err == "", run.err
    return run.code, json.loads(run.out)


def codes(document: dict[str, Any]) -> list[str]:
    return [finding["rule"] for finding in document["findings"]]


def messages(document: dict[str, Any], code: str) -> list[str]:
    return [f["message"] for f in document["findings"] if f["rule"] == code]
