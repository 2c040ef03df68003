"""Benchmark the history stage: ``check --no-scan`` with and without history, side by side.

Builds roadmap repositories under ``bench/.cache`` (git fast-import, so building is quick)
with 250, 500 and 1,000 commits of realistic edits to a roadmap of 170 to 200 skills:
skills added, promoted, re-bucketed, given projects and dropped, projects finished, reviews
recorded. Prints the median of several runs of each, and whether the 1,000-commit repository
stays within the target (history adds under 1.5 s).

    python bench/history.py [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
AREAS = ("core_language", "api_design", "databases", "testing_security", "deployment_devops")
STATUSES = ("theoretical", "fragile", "comfortable")
BUCKETS = ("essential_now", "useful_next", "optional_later")
SIZES = (250, 500, 1000)
TARGET_SECONDS = 1.5
START = dt.date(2024, 1, 1)


class Learner:
    """A roadmap that changes a little with each commit, driven by a seeded random source."""

    def __init__(self, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.counter = 0
        self.skills: list[dict[str, object]] = [self._new_skill() for _ in range(170)]
        self.projects = [
            {"id": f"project-{n}", "repo": f"../project-{n}", "status": "in_progress"}
            for n in range(8)
        ]
        self.reviews: list[dict[str, object]] = []

    def _new_skill(self) -> dict[str, object]:
        self.counter += 1
        return {
            "area": self.random.choice(AREAS),
            "name": f"Skill {self.counter}",
            "status": "theoretical",
            "bucket": self.random.choice(BUCKETS),
            "stage": self.random.randint(1, 7),
            "projects": [],
        }

    def edit(self, day: dt.date) -> None:
        roll = self.random.random()
        target = self.random.choice(self.skills)
        if roll < 0.30 and len(self.skills) < 200:
            self.skills.append(self._new_skill())
        elif roll < 0.50:
            rank = STATUSES.index(str(target["status"]))
            target["status"] = STATUSES[min(rank + 1, 2)]
        elif roll < 0.62:
            target["bucket"] = self.random.choice(BUCKETS)
        elif roll < 0.74:
            target["projects"] = [self.random.choice(self.projects)["id"]]
        elif roll < 0.80 and len(self.skills) > 150:
            self.skills.remove(target)
        elif roll < 0.85:
            self.random.choice(self.projects)["status"] = "done"
        else:
            kind = self.random.choice(("monthly", "monthly", "quarterly", "project"))
            self.reviews.append({"date": day, "kind": kind, "next_focus": "Ship the next step"})

    def text(self) -> str:
        head = {
            "version": 1,
            "profile": {"name": "Bench Learner", "level": "intermediate", "stage": 5},
        }
        lines = [yaml.safe_dump(head, sort_keys=False).rstrip(), "areas:"]
        for area in AREAS:
            lines += [
                f"  {area}:",
                "    next: Practise what the current project needs",
                "    skills:",
            ]
            lines += [_skill_line(s) for s in self.skills if s["area"] == area] or ["      []"]
        rest = {"projects": self.projects, "reviews": self.reviews[-24:]}
        return "\n".join(lines) + "\n" + yaml.safe_dump(rest, sort_keys=False)


def _skill_line(skill: dict[str, object]) -> str:
    fields = {k: v for k, v in skill.items() if k != "area" and v != []}
    flow = yaml.safe_dump(fields, default_flow_style=True, sort_keys=False, width=1000).strip()
    return f"      - {flow}"


def build(commits: int) -> Path:
    """A repository with ``commits`` dated commits of roadmap.yml (reused when present)."""
    repo = CACHE / f"history-{commits}"
    if (repo / ".git").exists():
        return repo
    repo.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    learner, stream = Learner(), bytearray()
    for n in range(commits):
        day = START + dt.timedelta(days=n * 700 // commits)
        learner.edit(day)
        data = learner.text().encode()
        stamp = int(dt.datetime(day.year, day.month, day.day, 12).timestamp())
        message = f"Roadmap: edit {n}".encode()
        stream += b"commit refs/heads/main\n"
        stream += b"committer Bench <bench@example.invalid> %d +0000\n" % stamp
        stream += b"data %d\n%s\n" % (len(message), message)
        stream += b"M 100644 inline roadmap.yml\ndata %d\n%s\n" % (len(data), data)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=bytes(stream), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True)
    return repo


def timed(repo: Path, today: str, *flags: str) -> float:
    command = [sys.executable, "-m", "roadmap_lint", "check", "roadmap.yml", "--no-scan"]
    started = time.perf_counter()
    subprocess.run([*command, "--today", today, *flags], cwd=repo, capture_output=True)
    return time.perf_counter() - started


def measure(commits: int, runs: int) -> tuple[float, float]:
    repo = build(commits)
    today = (START + dt.timedelta(days=700)).isoformat()
    without, with_history = [], []
    for _ in range(runs):  # alternate, so that machine noise hits both sides alike
        without.append(timed(repo, today, "--no-history"))
        with_history.append(timed(repo, today))
    return statistics.median(without), statistics.median(with_history)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"check --no-scan, median of {args.runs} runs each")
    print(f"{'commits':>8} {'--no-history':>13} {'history':>9} {'added':>8} {'per commit':>11}")
    added = 0.0
    for commits in SIZES:
        without, with_history = measure(commits, args.runs)
        added = with_history - without
        per_commit = added / commits * 1000
        print(
            f"{commits:>8} {without:>12.2f}s {with_history:>8.2f}s {added:>+7.2f}s"
            f" {per_commit:>8.2f} ms"
        )
    verdict = "meets" if added < TARGET_SECONDS else "MISSES"
    print(
        f"history adds {added:.2f} s at {SIZES[-1]} commits:"
        f" {verdict} the < {TARGET_SECONDS} s target"
    )
    return 0 if added < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
