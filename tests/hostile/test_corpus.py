"""Run every hostile case with bounded time and memory, and check the promises all share.

Shared promises for every case: the documented exit code, no traceback, the expected phrase,
no token in any output, no raw terminal escape in any output, nothing written outside the
case's folder, and no program run (a program a case plants leaves a marker file when it runs).

A case runs inside this process through ``main([...])`` unless it names a reason to have a
process of its own (a locale, a missing home, something that would hang, a memory ceiling):
most cases then cost milliseconds instead of an interpreter's start-up.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import io
import json
import os
import pwd
import resource
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.cli import main
from tests.hostile.case import NO_PASSWD_ENTRY, TOKEN, Case
from tests.hostile.corpus import CASES
from tests.hostile.repos import MARKER, PWNED
from tests.hostile.server import CannedServer
from tests.support.lint import MINIMAL

TIME_LIMIT_S = 5.0
MEMORY_LIMIT = 300 * 1024 * 1024
#: Capabilities that let root ignore file permissions; dropped so read-only means read-only.
_ROOT_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
_PR_CAPBSET_DROP = 24


def _warm_up() -> None:
    """Run each command once before any case, so that no case pays for (or measures) the
    imports and template compilations every first run does."""
    importlib.import_module("github")  # PyGithub, which `review` loads when it connects
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        roadmap = Path(folder) / "roadmap.yml"
        roadmap.write_text(MINIMAL, encoding="utf-8")
        offline = ("--no-scan", "--no-history", "--today", "2026-11-25")
        for command in ("check", "render", "review"):
            extra = {"render": ("-o", "-"), "review": ("--dry-run",)}.get(command, ())
            main([command, str(roadmap), *offline, *extra])


_warm_up()


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    output: str
    elapsed: float
    peak_bytes: int


@dataclass(frozen=True)
class Places:
    """What ``{dir}`` and ``{api}`` stand for in a case."""

    folder: Path
    api: str

    def fill(self, text: str) -> str:
        return text.replace("{dir}", str(self.folder)).replace("{api}", self.api)


def _environment(case: Case, places: Places, home: Path) -> dict[str, str | None]:
    base: dict[str, str | None] = {"HOME": str(home), "GITHUB_TOKEN": TOKEN, "NO_COLOR": "1"}
    for name, value in case.env.items():
        base[name] = None if value is None else places.fill(value)
    return base


def _arguments(case: Case, places: Places) -> list[str]:
    return [places.fill(arg) for arg in case.args]


def _limit_process() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT * 4, MEMORY_LIMIT * 4))
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in _ROOT_OVERRIDES:
            libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0)


# Runs the CLI and reports its peak memory on the last stderr line.
_MEASURED = f"""
import os, resource, sys
if os.environ.pop("{NO_PASSWD_ENTRY}", None):
    import pwd
    def _no_entry(uid):
        raise KeyError(f"getpwuid(): uid not found: {{uid}}")
    pwd.getpwuid = _no_entry
from roadmap_lint.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
sys.stderr.buffer.write(b"\\npeak-kb=%d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def run_in_subprocess(case: Case, places: Places, home: Path) -> Outcome:
    env = {**os.environ}
    for name, value in _environment(case, places, home).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _MEASURED, *_arguments(case, places)],
            cwd=places.folder,
            env=env,
            capture_output=True,
            timeout=TIME_LIMIT_S * 3,
            preexec_fn=_limit_process,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.name} still ran after {TIME_LIMIT_S * 3:.0f} s")
    elapsed = time.monotonic() - started
    stdout = done.stdout.decode("utf-8")  # whatever the locale, the output is UTF-8
    stderr, _, peak = done.stderr.decode("utf-8").rpartition("peak-kb=")
    return Outcome(done.returncode, stdout, stdout + stderr, elapsed, int(peak) * 1024)


def _no_password_entry(uid: int) -> Any:
    raise KeyError(f"getpwuid(): uid not found: {uid}")


class _Hung(BaseException):
    """Raised by the alarm in an in-process run: not an Exception, so `main` cannot catch it."""


def run_in_process(
    case: Case, places: Places, home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> Outcome:
    monkeypatch.chdir(places.folder)
    for name, value in _environment(case, places, home).items():
        if name == NO_PASSWD_ENTRY:
            monkeypatch.setattr(pwd, "getpwuid", _no_password_entry)
        elif value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    capsys.readouterr()
    with _deadline(TIME_LIMIT_S * 3), _traced_memory() as peak:
        started = time.monotonic()
        code = main(_arguments(case, places))
        elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.out + captured.err, elapsed, peak[0])


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise ``_Hung`` should the block still run after ``seconds``."""

    def ring(signum: int, frame: Any) -> None:
        raise _Hung

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _traced_memory() -> Iterator[list[int]]:
    """The peak of Python's allocations inside the block, in ``peak[0]`` afterwards."""
    peak = [0]
    tracemalloc.start()
    try:
        yield peak
    finally:
        peak[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def _snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    """Every path under ``root``, with the size and modification time of each non-folder."""
    found = {}
    for path in root.rglob("*"):
        info = path.lstat()
        found[path] = (
            (0, 0)
            if path.is_dir() and not path.is_symlink()
            else (
                info.st_size,
                info.st_mtime_ns,
            )
        )
    return found


@pytest.fixture(scope="module")
def server() -> Iterator[CannedServer]:
    with CannedServer() as running:
        yield running


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_case(
    case: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    server: CannedServer,
) -> None:
    folder, home = tmp_path / "case", tmp_path / "home"
    folder.mkdir()
    home.mkdir()
    case.build(folder)
    server.answers = dict(case.answers)
    places = Places(folder, server.url)
    before = _snapshot(tmp_path)
    try:
        if case.process:
            outcome = run_in_subprocess(case, places, home)
        else:
            outcome = run_in_process(case, places, home, monkeypatch, capsys)
    except _Hung:
        pytest.fail(f"{case.name} still ran after {TIME_LIMIT_S * 3:.0f} s")
    finally:
        case.clean_up(folder)
    output = outcome.output
    assert outcome.code == case.code, output[-2000:]
    assert "Traceback" not in output
    assert case.says in output, output[-2000:]
    assert TOKEN not in output
    assert not case.never or case.never not in output
    assert not PWNED.exists()
    assert not list(folder.glob(MARKER + "*")), "a program the case planted ran"
    assert "\x1b" not in output and "\x07" not in output
    if _output_format(case) in ("json", "sarif") and outcome.code != 2:
        json.loads(outcome.stdout)
    assert outcome.elapsed < TIME_LIMIT_S, f"took {outcome.elapsed:.1f}s"
    assert outcome.peak_bytes < MEMORY_LIMIT, f"peak memory {outcome.peak_bytes >> 20} MiB"
    after = _snapshot(tmp_path)
    allowed = {folder / name for name in case.writes}
    changed = [path for path, stat in after.items() if before.get(path) != stat]
    assert all(home in p.parents or p in allowed for p in changed), f"wrote {changed[:3]}"
    assert before.keys() <= after.keys(), "removed a file"


def _output_format(case: Case) -> str:
    """The format of what the case prints on stdout ("file" when it writes a file instead)."""
    args = list(case.args)
    for flag in ("-o", "--output"):
        if flag in args and args[args.index(flag) + 1] != "-":
            return "file"
    return args[args.index("--format") + 1] if "--format" in args else "text"
