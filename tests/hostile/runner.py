"""Running one hostile case: in this process through ``main([...])``, or in a process of its
own with a memory ceiling (and, for root, without root's power over file permissions).

Both give an ``Outcome``: exit code, what was printed, the time taken and the peak memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pwd
import resource
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.cli import main
from tests.hostile.case import NO_PASSWD_ENTRY, TOKEN, Case

TIME_LIMIT_S = 5.0
MEMORY_LIMIT = 300 * 1024 * 1024
#: Capabilities that let root ignore file permissions; dropped so read-only means read-only.
_ROOT_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
_PR_CAPBSET_DROP = 24


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


class Hung(BaseException):
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
    """Raise ``Hung`` should the block still run after ``seconds``."""

    def ring(signum: int, frame: Any) -> None:
        raise Hung

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
