"""Fuzz roadmap-lint's parsers for a bounded time: `python fuzz/run.py [--seconds N] [TARGET...]`.

Uses atheris (coverage-guided, `pip install atheris`) when it is installed, otherwise
hypothesis-generated random inputs. A target is a function that takes bytes and must never
raise; any exception is a crash, printed with the input that caused it, and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: Where libFuzzer saves an input that crashed (git-ignored).
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("targets", nargs="*", metavar="TARGET", help="default: all targets")
    options = parser.parse_args()
    from fuzz.targets import TARGETS  # imported late: atheris children instrument it first

    chosen = options.targets or list(TARGETS)
    unknown = sorted(set(chosen) - set(TARGETS))
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    budget = options.seconds / len(chosen)
    engine = _engine(options.engine)
    for name in chosen:
        runs = engine(name, budget)
        counted = f"{runs} inputs" if runs >= 0 else "atheris (counts above)"
        print(f"{name}: {counted} in {budget:.0f}s, no crash")
    return 0


def _engine(name: str) -> Callable[[str, float], int]:
    if name in ("auto", "atheris"):
        try:
            import atheris  # noqa: F401
        except ImportError:
            if name == "atheris":
                raise
        else:
            return _with_atheris
    return _with_hypothesis


def _with_hypothesis(name: str, seconds: float) -> int:
    from fuzz.targets import TARGETS

    target = TARGETS[name]
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    deadline = time.monotonic() + seconds
    runs = 0

    @settings(
        max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.one_of(st.binary(max_size=2048), st.text(max_size=2048).map(str.encode)))
    def one(data: bytes) -> None:
        nonlocal runs
        runs += 1
        target(data)

    while time.monotonic() < deadline:
        one()
    return runs


def _with_atheris(name: str, seconds: float) -> int:
    import multiprocessing
    import tempfile

    # atheris.Fuzz never returns, so each target runs in a fresh child that we stop on time;
    # the child imports the code under test inside instrument_imports for coverage feedback.
    # libFuzzer's progress goes to a log; only its statistics, or a crash report, are shown.
    with tempfile.NamedTemporaryFile("w+", suffix=".log") as log:
        context = multiprocessing.get_context("spawn")
        child = context.Process(target=_atheris_child, args=(name, log.name))
        child.start()
        child.join(seconds)
        crashed = not child.is_alive()
        if not crashed:
            child.terminate()
            child.join()
        lines = log.read().splitlines()
    if crashed:
        print("\n".join(lines[-60:]), file=sys.stderr)
        raise SystemExit(f"{name}: crash found (exit {child.exitcode}); the input is shown above")
    print("\n".join(line for line in lines if line.startswith("stat::")))
    return -1


def _atheris_child(name: str, log_path: str) -> None:
    import os

    import atheris

    with open(log_path, "w") as log:
        os.dup2(log.fileno(), 2)
    with atheris.instrument_imports(include=["roadmap_lint", "fuzz"]):
        from fuzz.targets import TARGETS as instrumented

    # A crashing input is saved under fuzz/artifacts/ (git-ignored), never in the current folder.
    ARTIFACTS.mkdir(exist_ok=True)
    setup = [sys.argv[0], "-print_final_stats=1", f"-artifact_prefix={ARTIFACTS}/"]
    atheris.Setup(setup, instrumented[name])
    atheris.Fuzz()


if __name__ == "__main__":
    sys.exit(main())
