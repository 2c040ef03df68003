"""Benchmark ``roadmap-lint cohort``: 1,000 learners, 3 projects each, on a local git daemon.

Builds the portfolios and projects once under ``bench/.cache/cohort`` (git fast-import,
``tests/support/portfolios.py``), serves them with ``git daemon`` on 127.0.0.1, and runs the
whole cohort as a user would (the console script's ``main``), timing:

* cold: an empty clone cache (every portfolio and project cloned);
* warm: the same cache again (fetches that find nothing new);
* warm with ``--jobs 1``: one learner at a time;
* every learner published: each portfolio given a current report (the facts of the warm
  run, written to its ``roadmap-lint-report`` branch as the Action would), read once with
  the reports new to the cache, then again;

and the peak memory (RSS) of the roadmap-lint process at 100 and at 1,000 learners.

    python bench/cohort.py [--learners 1000] [--skip-jobs-1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.portfolios import learner  # noqa: E402

CACHE = ROOT / "bench" / ".cache" / "cohort"
TODAY = dt.date(2026, 11, 25)
GOALS = {"warm": 120.0, "cold": 600.0}
#: Runs the command in-process and leaves its peak memory in a file.
_RUNNER = """
import resource, sys
from roadmap_lint.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""


def build(count: int) -> Path:
    """The served folder with ``count`` learners (built once, kept between runs)."""
    served = CACHE / "served"
    stamp = CACHE / f"built-{count}-{TODAY.isoformat()}"
    if not stamp.exists():
        start = time.perf_counter()
        for number in range(count):
            owner = f"learner-{number:05d}"
            if not (served / owner / "portfolio.git").exists():
                learner(served, owner, number, TODAY)
        stamp.write_text("")
        print(f"built {count} learners in {time.perf_counter() - start:.0f} s", flush=True)
    return served


def cohort_file(count: int) -> Path:
    path = CACHE / f"cohort-{count}.yml"
    entries = [
        {"name": f"Learner {number}", "repo": f"learner-{number:05d}/portfolio"}
        for number in range(count)
    ]
    path.write_text(json.dumps({"version": 1, "name": "bench", "learners": entries}))
    return path


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def publish_all(served: Path, rows: list[dict[str, object]]) -> None:
    """Give each learner a current report: the row's facts, on their report branch."""
    for row in rows:
        repo = served / f"{row['repo']}.git"
        head = _git(repo, "rev-parse", "HEAD")
        made = {"by": "roadmap-lint 0.1.0", "today": TODAY.isoformat(), "commit": head}
        made |= {"roadmap": "roadmap.yml", "blob": _git(repo, "rev-parse", "HEAD:roadmap.yml")}
        report = json.dumps({"version": 1, "made": made, "facts": row["facts"]})
        blob = _git(repo, "hash-object", "-w", "--stdin", data=report)
        tree = _git(repo, "mktree", data=f"100644 blob {blob}\treport.json\n")
        commit = _git(repo, "commit-tree", tree, "-m", "report")
        _git(repo, "update-ref", "refs/heads/roadmap-lint-report", commit)


def _git(repo: Path, *args: str, data: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.invalid"}
    env |= {"GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.invalid"}
    done = subprocess.run(
        ["git", *args], cwd=repo, input=data, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def unpublish_all(served: Path) -> None:
    for repo in served.glob("*/portfolio.git"):
        _git(repo, "update-ref", "-d", "refs/heads/roadmap-lint-report")


def run(cohort: Path, port: int, cache: Path, *extra: str) -> tuple[float, int, int]:
    """Seconds, peak RSS (KiB) and rows of one cohort run."""
    seconds, peak, rows = run_rows(cohort, port, cache, *extra)
    return seconds, peak, len(rows)


def run_rows(
    cohort: Path, port: int, cache: Path, *extra: str
) -> tuple[float, int, list[dict[str, object]]]:
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(cache),
        "GITHUB_SERVER_URL": f"git://127.0.0.1:{port}",
    }
    env.pop("GITHUB_TOKEN", None)
    with tempfile.NamedTemporaryFile() as rss:
        args = ["cohort", str(cohort), "--format", "json", "--today", TODAY.isoformat(), *extra]
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER, rss.name, *args],
            env=env,
            capture_output=True,
            check=True,
        )
        seconds = time.perf_counter() - start
        peak = int(Path(rss.name).read_text())
    rows = json.loads(done.stdout)["learners"]
    unread = [row["reason"] for row in rows if row["source"] == "failed"]
    if unread:
        raise SystemExit(f"{len(unread)} learners not read, e.g. {unread[0]}")
    return seconds, peak, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--skip-jobs-1", action="store_true")
    parser.add_argument("--skip-published", action="store_true")
    options = parser.parse_args()
    served = build(options.learners)
    small = cohort_file(min(100, options.learners))
    full = cohort_file(options.learners)
    port = _port()
    serve = [f"--base-path={served}", "--listen=127.0.0.1", f"--port={port}", str(served)]
    daemon = subprocess.Popen(
        ["git", "daemon", "--reuseaddr", "--export-all", *serve],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    unpublish_all(served)
    try:
        with tempfile.TemporaryDirectory(prefix="cohort-bench-") as scratch:
            cache = Path(scratch) / "cache"
            figures = {"cold": run(full, port, cache)}
            seconds, peak, rows = run_rows(full, port, cache)
            figures["warm"] = (seconds, peak, len(rows))
            figures["warm, 100 learners"] = run(small, port, cache)
            if not options.skip_jobs_1:
                figures["warm, --jobs 1"] = run(full, port, cache, "--jobs", "1")
            if not options.skip_published:
                publish_all(served, rows)
                figures["published, new reports"] = run(full, port, cache)
                figures["published, cached"] = run(full, port, cache)
    finally:
        unpublish_all(served)
        daemon.terminate()
        daemon.wait()
    cores = len(os.sched_getaffinity(0))
    print(f"{options.learners} learners, 3 projects each, {cores} cores, git daemon on 127.0.0.1")
    print(f"{'run':<22} {'seconds':>8} {'per learner':>12} {'peak RSS':>10}")
    for name, (seconds, peak, rows) in figures.items():
        print(f"{name:<22} {seconds:8.1f} {1000 * seconds / rows:9.0f} ms {peak / 1024:7.0f} MB")
    for name, goal in GOALS.items():
        seconds = figures[name][0]
        verdict = "met" if seconds < goal else f"missed by {seconds - goal:.0f} s"
        print(f"goal {name} < {goal:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
