"""The few git commands history needs: where the file lives, its commits, and their blobs.

Plain ``git`` in a subprocess rather than GitPython: one ``git log`` and one
``git cat-file --batch`` do all the work, and GitPython would only add import time on top.
Repository configuration is distrusted: nothing here runs filters, text conversions, external
diffs or the fsmonitor hook, and paths are passed literally.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

_SAFE = (
    "-c",
    "core.fsmonitor=false",
    "-c",
    "log.showSignature=false",
    "-c",
    "core.quotePath=true",
    "--literal-pathspecs",
    "--no-pager",
)
_RAW = re.compile(r"^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])", re.MULTILINE)
_COMMIT = "\x1ecommit "
#: What git said → how to fix it ("" for anything else).
_HINTS = {
    "dubious ownership": "git refuses a repository owned by another user; mark it safe with"
    " `git config --global --add safe.directory <path>`",
    "": "commit the roadmap to git to get the history rules (RL105, RL106, RL208, RL209)",
}


class GitUnavailable(Exception):
    """History cannot be read; the message says what is missing, ``hint`` how to fix it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Version:
    """One commit that changed the file: when, and the file's blob after it (None: deleted)."""

    sha: str
    date: dt.date
    blob: str | None
    created: bool


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *_SAFE, *args], cwd=folder, capture_output=True, check=False, timeout=120
        )
    except FileNotFoundError:
        raise GitUnavailable(
            "git is not installed", "install git to read the roadmap's history"
        ) from None
    except subprocess.TimeoutExpired:
        raise GitUnavailable(
            "git took too long to answer", "try again, or use --no-history"
        ) from None


def check_tracked(path: Path) -> None:
    """Raise ``GitUnavailable`` unless ``path`` is committed in a complete (non-shallow) clone."""
    folder, name = path.parent, path.name
    probe = _git(folder, "rev-parse", "--is-shallow-repository")
    if probe.returncode != 0:
        reason = _first_line(probe.stderr) or "not a git repository"
        hint = next((h for key, h in _HINTS.items() if key in reason), _HINTS[""])
        raise GitUnavailable(f"{path.as_posix()} is not in a git repository ({reason})", hint)
    if probe.stdout.strip() == b"true":
        raise GitUnavailable(
            "this is a shallow clone, so the roadmap's earlier commits are missing",
            "fetch the whole history (`git fetch --unshallow`; in GitHub Actions,"
            " `actions/checkout` with `fetch-depth: 0`)",
        )
    if not _git(folder, "log", "-1", "--format=%H", "--", name).stdout.strip():
        raise GitUnavailable(
            f"{path.as_posix()} has never been committed",
            "commit it; its history starts with the first commit",
        )


def versions(path: Path, since: dt.date, limit: int) -> list[Version]:
    """Commits that changed ``path`` (following renames) since ``since``, oldest first.

    When the window cuts the history by date, the last commit before it comes first: it holds
    the state the window starts from.
    """
    window = f"{since.isoformat()} 00:00:00 +0000"
    found = _log(path, f"--max-count={limit}", f"--since={window}")
    if len(found) < limit and not (found and found[0].created):
        found = _log(path, "--max-count=1", f"--until={window}") + found
    return found


def _log(path: Path, *bounds: str) -> list[Version]:
    done = _git(
        path.parent,
        "log",
        "--follow",
        "--first-parent",
        "-m",
        "--raw",
        "--no-abbrev",
        "--no-ext-diff",
        "--no-textconv",
        *bounds,
        "--format=%x1ecommit %H %cI",
        "--",
        path.name,
    )
    if done.returncode != 0:
        raise GitUnavailable(
            f"git log failed: {_first_line(done.stderr)}", "check that the repository is intact"
        )
    records = done.stdout.decode("utf-8", "replace").split(_COMMIT)
    # A merge is diffed against its first parent only; should a git version repeat the
    # commit once per parent, the first (first-parent) entry is the one kept.
    found = {version.sha: version for version in map(_version, reversed(records)) if version}
    return list(found.values())


def _version(record: str) -> Version | None:
    head, _, rest = record.partition("\n")
    parts = head.split()
    change = _RAW.search(rest)
    if len(parts) != 2 or change is None:
        return None
    mode, blob, status = change.groups()
    gone = status == "D" or not mode.startswith("100")
    date = dt.datetime.fromisoformat(parts[1]).date()
    return Version(parts[0], date, None if gone else blob, created=status == "A")


def read_blobs(folder: Path, blobs: Iterable[str], max_bytes: int) -> Iterator[tuple[str, bytes]]:
    """Contents of ``blobs`` through one ``git cat-file --batch``; larger ones are skipped.

    A thread writes the requests while this one reads the answers, so git never waits for
    a round trip and neither side can fill a pipe and block the other.
    """
    wanted = list(blobs)
    process = subprocess.Popen(
        ["git", *_SAFE, "cat-file", "--batch", "--buffer"],
        cwd=folder,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    writer = threading.Thread(target=_request, args=(process.stdin, wanted), daemon=True)
    writer.start()
    try:
        for blob in wanted:
            header = process.stdout.readline().split()
            if len(header) != 3 or header[1] != b"blob":
                continue
            size = int(header[2])
            content = _read_exactly(process.stdout, size, keep=size <= max_bytes)
            process.stdout.read(1)  # the newline after each object
            if content is not None:
                yield blob, content
    finally:
        process.stdout.close()
        process.kill()
        process.wait()
        writer.join()


def _request(stream: IO[bytes], blobs: list[str]) -> None:
    try:
        stream.write("".join(blob + "\n" for blob in blobs).encode())
        stream.close()
    except (BrokenPipeError, ValueError):  # the reader stopped early and closed the pipe
        pass


def _read_exactly(stream: object, size: int, *, keep: bool) -> bytes | None:
    read = stream.read  # type: ignore[attr-defined]
    if keep:
        return read(size)  # type: ignore[no-any-return]
    while size > 0:  # drain an oversized blob without holding it
        size -= len(read(min(size, 1 << 20))) or size
    return None


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text.splitlines()[0].removeprefix("fatal: ") if text else ""
