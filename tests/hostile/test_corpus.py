"""Run every hostile case with bounded time and memory, and check the promises all share.

Shared promises for every case: the documented exit code, no traceback, the expected phrase,
no token in any output, no raw terminal escape in any output, nothing written outside the
case's folder, and no program run (a program a case plants leaves a marker file when it runs).

A case runs inside this process through ``main([...])`` unless it names a reason to have a
process of its own (a locale, something that would hang, a memory ceiling): most cases then
cost milliseconds instead of an interpreter's start-up (see ``runner``).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.cli import main
from tests.hostile.case import TOKEN, Case
from tests.hostile.corpus import CASES
from tests.hostile.repos import MARKER, PWNED
from tests.hostile.runner import (
    MEMORY_LIMIT,
    TIME_LIMIT_S,
    Hung,
    Places,
    run_in_process,
    run_in_subprocess,
)
from tests.hostile.server import CannedServer
from tests.support.lint import MINIMAL


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
    except Hung:
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
