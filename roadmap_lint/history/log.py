"""The few git commands history needs: where the file lives and the commits that changed it.

One ``git log`` lists the versions; their blobs are read by ``roadmap_lint.git.read_blobs``.
Both go through the one hardened git runner, so the repository's configuration cannot make
them run a program.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.core.dates import commit_date, git_time
from roadmap_lint.git.runner import GitError, error_line, run_git

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
    """One commit that changed the file: when, and the file's blob after it (None: deleted).

    ``date`` is None for a commit date git accepts but Python's calendar cannot hold (a year
    after 9999); such a version is skipped and counted.
    """

    sha: str
    date: dt.date | None
    blob: str | None
    created: bool


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return run_git(folder, args, check=False)
    except GitError as error:
        raise GitUnavailable(str(error), "install git, or use --no-history") from None


def check_tracked(path: Path) -> None:
    """Raise ``GitUnavailable`` unless ``path`` is committed in a complete (non-shallow) clone."""
    folder, name = path.parent, path.name
    probe = _git(folder, "rev-parse", "--is-shallow-repository")
    if probe.returncode != 0:
        reason = error_line(probe.stderr) or "not a git repository"
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
        "--date=raw",
        "--format=%x1ecommit %H %cd",
        "--",
        path.name,
    )
    if done.returncode != 0:
        raise GitUnavailable(
            f"git log failed: {error_line(done.stderr)}", "check that the repository is intact"
        )
    records = done.stdout.decode("utf-8", "replace").split(_COMMIT)
    # A merge is diffed against its first parent only; should a git version repeat the
    # commit once per parent, the first (first-parent) entry is the one kept.
    found = {version.sha: version for version in map(_version, reversed(records)) if version}
    return list(found.values())


def _version(record: str) -> Version | None:
    head, _, rest = record.partition("\n")
    sha, _, when = head.partition(" ")
    change = _RAW.search(rest)
    if not when or change is None:
        return None
    mode, blob, status = change.groups()
    gone = status == "D" or not mode.startswith("100")
    date = commit_date(git_time(when))
    return Version(sha, date, None if gone else blob, created=status == "A")
