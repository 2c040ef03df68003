"""Learners' portfolios and projects as bare repositories, for the cohort's tests and bench.

Each repository is written by one ``git fast-import`` (no working copy, no index), so a
thousand learners with three projects each build in about a minute. Every project and
portfolio is named ``<owner>/<name>``, served as ``<base>/<owner>/<name>.git``: a roadmap
names its projects by ``owner/name``, and the server address is the GitHub server URL the
run is given, so the repositories do not depend on the port that serves them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

AUTHOR = "Test Learner <learner@example.invalid>"

#: Three kinds of project, with the files that show their signals.
PROJECTS: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "notes-api",
        {
            "README.md": "# Notes API\n",
            "requirements.txt": "fastapi==0.110\npsycopg[binary]==3.1\nalembic==1.13\n",
            "app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "tests/test_notes.py": "def test_notes():\n    assert True\n",
            "migrations/versions/0001_notes.py": "revision = '0001'\n",
            "Dockerfile": "FROM python:3.12-slim\n",
        },
    ),
    (
        "task-manager",
        {
            "README.md": "# Tasks\n",
            "package.json": '{"dependencies": {"express": "4", "jsonwebtoken": "9"}}\n',
            "src/index.js": "require('express')\n",
            "test/tasks.test.js": "test('x', () => {})\n",
            ".github/workflows/ci.yml": "on: push\njobs: {test: {runs-on: ubuntu-latest,"
            " steps: [{run: npm test}]}}\n",
        },
    ),
    (
        "shop-tutorial",
        {"README.md": "# Shop (tutorial)\n", "server.js": "console.log('shop')\n"},
    ),
)


@dataclass(frozen=True)
class Commit:
    date: dt.date
    files: Mapping[str, str | None]
    message: str = "update"


def bare_repo(path: Path, commits: Sequence[Commit], *, author: str = AUTHOR) -> Path:
    """A bare repository at ``path`` whose ``main`` holds ``commits``, oldest first (a file
    given as None is deleted); served over ``git daemon`` with blob filters allowed."""
    path.mkdir(parents=True, exist_ok=True)
    _git(path, "init", "-q", "--bare", "--initial-branch=main")
    _git(path, "config", "uploadpack.allowFilter", "true")
    if commits:
        subprocess.run(
            ["git", "fast-import", "--quiet", "--done"],
            cwd=path,
            input=_stream(commits, author),
            check=True,
            capture_output=True,
        )
    return path


def _stream(commits: Sequence[Commit], author: str) -> bytes:
    parts: list[bytes] = []
    for commit in commits:
        when = int(dt.datetime.combine(commit.date, dt.time(12), dt.timezone.utc).timestamp())
        message = commit.message.encode()
        parts.append(
            b"commit refs/heads/main\n"
            + f"author {author} {when} +0000\ncommitter {author} {when} +0000\n".encode()
            + f"data {len(message)}\n".encode()
            + message
            + b"\n"
        )
        for name, content in commit.files.items():
            if content is None:
                parts.append(f"D {name}\n".encode())
                continue
            data = content.encode()
            parts.append(f"M 100644 inline {name}\ndata {len(data)}\n".encode() + data + b"\n")
        parts.append(b"\n")
    parts.append(b"done\n")
    return b"".join(parts)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def roadmap_text(owner: str, number: int, today: dt.date, *, edits: int = 0) -> str:
    """A learner's roadmap: five areas, three projects named ``owner/<project>``, a review.

    ``number`` varies the learner (level, statuses, how long ago the last review was);
    ``edits`` grows it a little, as successive commits would."""
    level = ("beginner", "intermediate", "job-seeking")[number % 3]
    reviewed = today - dt.timedelta(days=(20, 60, 120)[number % 3])
    status = ("comfortable", "fragile", "theoretical")
    areas = {
        area: {
            "next": f"Practise {area}",
            "skills": [
                {
                    "name": f"{area} skill {index}",
                    "status": status[(number + index) % 3],
                    "bucket": "essential_now" if index < 2 else "useful_next",
                    "stage": 1 + index,
                    **({"projects": [PROJECTS[index % 3][0]]} if index < 2 else {}),
                }
                for index in range(2 + (edits % 2))
            ],
        }
        for area in ("core_language", "api_design", "databases", "testing_security")
    }
    areas["deployment_devops"] = {
        "next": "Deploy one project",
        "skills": [{"name": "Docker", "status": "fragile", "bucket": "essential_now", "stage": 6}],
    }
    projects = [
        {
            "id": name,
            "title": name.replace("-", " ").capitalize(),
            "repo": f"{owner}/{name}",
            "kind": "tutorial" if name == "shop-tutorial" else "independent",
            "status": "done" if index == 0 else "in_progress",
            "areas": ["api_design", "databases"],
            "expects": ["tests", "readme", *(["dockerfile"] if index == 0 else [])],
            **({"completed": (today - dt.timedelta(days=200)).isoformat()} if index == 0 else {}),
        }
        for index, (name, _) in enumerate(PROJECTS)
    ]
    roadmap = {
        "version": 1,
        "profile": {"name": owner, "level": level, "languages": ["python"], "stage": 3},
        "areas": areas,
        "projects": projects,
        "reviews": [
            {"date": reviewed.isoformat(), "kind": "quarterly", "next_focus": "Ship tests"},
        ],
    }
    return yaml.safe_dump(roadmap, sort_keys=False)


def learner(base: Path, owner: str, number: int, today: dt.date, *, versions: int = 4) -> str:
    """Serve a learner under ``base``: ``owner/portfolio`` (``versions`` commits of the
    roadmap, weeks apart) and their three projects; returns the portfolio's ``owner/name``."""
    quiet = 45 if number % 4 == 0 else 3  # every fourth learner has not committed for weeks
    for name, files in PROJECTS:
        bare_repo(base / owner / f"{name}.git", [Commit(today - dt.timedelta(days=quiet), files)])
    commits = [
        Commit(
            today - dt.timedelta(days=14 * (versions - index)),
            {"roadmap.yml": roadmap_text(owner, number, today, edits=index), "README.md": owner},
        )
        for index in range(versions)
    ]
    bare_repo(base / owner / "portfolio.git", commits)
    return f"{owner}/portfolio"
