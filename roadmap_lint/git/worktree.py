"""Where a folder sits in git: the work tree that holds it, and that work tree's remote.

Several stages ask this of a folder they were given: the reports name the roadmap from its
repository's top level, the page links a project outside the portfolio to its GitHub remote,
and ``review`` falls back to the roadmap repository's ``origin`` to know where to open issues.
A folder git cannot read (missing, not a repository, owned by someone else) has no answer:
callers then fall back to what they know without git.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.git.runner import GitError, run_git


@dataclass(frozen=True)
class WorkTree:
    """``top``: the work tree's top-level folder (resolved, as git prints it); ``prefix``:
    the asked folder's path inside it, ``""`` at the top or ending with ``/``."""

    top: Path
    prefix: str


def work_tree(folder: Path) -> WorkTree | None:
    """The work tree holding ``folder``; None outside one, in a bare repository, or on error."""
    lines = _git_lines(folder, ["rev-parse", "--show-toplevel", "--show-prefix"])
    if not lines or not lines[0]:
        return None
    return WorkTree(Path(lines[0]), lines[1] if len(lines) > 1 else "")


def origin_url(folder: Path) -> str | None:
    """The URL of the ``origin`` remote of the repository holding ``folder`` (``insteadOf``
    rewrites applied, as git would fetch it), or None when there is no such remote."""
    lines = _git_lines(folder, ["remote", "get-url", "origin"])
    return lines[0] if lines and lines[0] else None


def _git_lines(folder: Path, args: list[str]) -> list[str] | None:
    # git refuses to start in a folder that does not exist; that is an answer, not an error.
    if not folder.is_dir():
        return None
    try:
        done = run_git(folder, args, check=False)
    except GitError:
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="surrogateescape").splitlines()
