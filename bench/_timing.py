"""Side-by-side timing: commands run alternately in one process, medians compared."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BIN = Path(sys.executable).parent
PACKAGE = Path(__file__).resolve().parent.parent / "roadmap_lint"


def as_installed() -> None:
    """Compile the package's bytecode, as `pip install` does for a user.

    An editable install run with PYTHONDONTWRITEBYTECODE set (some CI images and sandboxes
    set it) would otherwise compile every module from source on every run: about 40 ms of a
    scan that no user pays.
    """
    import compileall

    compileall.compile_dir(PACKAGE, quiet=1)


def tool(name: str) -> str:
    """A console script of this venv (roadmap-lint, check-jsonschema)."""
    return str(BIN / name)


def time_once(command: Sequence[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def compare(
    commands: dict[str, Sequence[str]], runs: int, cwd: Path | None = None
) -> dict[str, float]:
    """Median seconds of each command; the commands take turns so drift hits all alike."""
    for command in commands.values():
        time_once(command, cwd)  # warm the page cache
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(time_once(command, cwd))
    return {name: statistics.median(values) for name, values in samples.items()}


def report(title: str, medians: dict[str, float], ratios: Sequence[tuple[str, str, float]]) -> bool:
    """Print medians and each ``a / b`` ratio against its target; True when all targets hold."""
    print(f"\n{title}")
    for name, seconds in medians.items():
        print(f"  {name:<48} {seconds * 1000:8.1f} ms")
    ok = True
    for numerator, denominator, target in ratios:
        ratio = medians[numerator] / medians[denominator]
        met = ratio <= target
        ok &= met
        verdict = "ok" if met else "MISSED"
        print(f"  ratio {numerator} / {denominator}: {ratio:.2f} (target <= {target}) {verdict}")
    return ok
