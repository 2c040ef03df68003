"""Run every hostile case in its own process, with bounded time and memory.

Shared promises for every case: the documented exit code, no traceback, the expected phrase,
no token in any output, no raw terminal escape in any output, nothing written outside the
case's folder.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.corpus import CASES, Case

TOKEN = "ghp_" + "S3cr3tT0k3nValue" * 3
TIME_LIMIT_S = 5.0
MEMORY_LIMIT = 300 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT * 4, MEMORY_LIMIT * 4))


def run_case(case: Case, folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    args = [arg.replace("{dir}", str(folder)) for arg in case.args]
    env = {**os.environ, "HOME": str(home), "GITHUB_TOKEN": TOKEN, "NO_COLOR": "1"}
    command = [sys.executable, "-c", _MEASURED, *args]
    return subprocess.run(
        command,
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S * 3,
        preexec_fn=_limit_memory,
        check=False,
    )


# Runs the CLI and reports its peak memory on the last stderr line.
_MEASURED = """
import resource, sys
from roadmap_lint.cli import main
code = main(sys.argv[1:])
sys.stderr.write(f"\\npeak-kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
sys.exit(code)
"""


def _snapshot(root: Path) -> set[Path]:
    return {path for path in root.rglob("*")}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_case(case: Case, tmp_path: Path) -> None:
    folder, home = tmp_path / "case", tmp_path / "home"
    folder.mkdir()
    home.mkdir()
    case.build(folder)
    before = _snapshot(tmp_path)
    started = time.monotonic()
    done = run_case(case, folder, home)
    elapsed = time.monotonic() - started
    stderr, _, peak = done.stderr.rpartition("peak-kb=")
    output = done.stdout + stderr
    assert done.returncode == case.code, output[-2000:]
    assert "Traceback" not in output
    assert case.says in output, output[-2000:]
    assert TOKEN not in output
    assert not case.never or case.never not in output
    assert not Path("/tmp/roadmap-lint-pwned").exists()
    assert "\x1b" not in output and "\x07" not in output
    assert elapsed < TIME_LIMIT_S, f"took {elapsed:.1f}s"
    assert int(peak) * 1024 < MEMORY_LIMIT, f"peak memory {int(peak) // 1024} MiB"
    created = _snapshot(tmp_path) - before
    assert all(home in path.parents or path.parent == home for path in created) or not created
