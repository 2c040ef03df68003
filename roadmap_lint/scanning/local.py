"""Local sources: a working copy, a folder inside one, a bare repository, or a plain folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from roadmap_lint.git import run_git
from roadmap_lint.git.runner import error_line
from roadmap_lint.scanning.gitread import GitRepo, PathChunks, ScanError
from roadmap_lint.scanning.signals import BLOB_MAX_BYTES, VENDORED_DIRS

if TYPE_CHECKING:
    from roadmap_lint.scanning.authorship import (
        History,
    )  # detect loads while git lists the paths (see scanner.scan)
    from roadmap_lint.scanning.detect import BlobReader

PLAIN_NOTE = "not a git repository: scanned the files as they are, with no history"
UNTRACKED_NOTE = "no file here is tracked by git: scanned the files as they are"
_NOT_A_REPO = "not a git repository"
#: Most files a plain folder's walk lists before it stops.
PLAIN_MAX_FILES = 100_000


class Listing(NamedTuple):
    """What `detect` needs from a source, plus the facts only git can give."""

    paths: list[str]
    read: BlobReader
    head: str | None = None
    last_commit: str | None = None
    note: str | None = None
    #: releases what the listing holds open (a `cat-file` process); safe to call twice
    close: Callable[[], None] = lambda: None
    #: the history's commits per author, read on demand; None for a folder with no history
    history: Callable[[], History] | None = None


def open_local(path: Path, written: str | None = None, each: PathChunks | None = None) -> Listing:
    """The listing of the folder at ``path``; messages name it as ``written`` in the roadmap
    (a resolved path could name a folder of the user's machine in a shared report). Paths git
    lists are also given to ``each`` as they come; a plain folder's are not."""
    shown = written or os.path.normpath(path)
    if not path.exists():
        raise ScanError(f"no such folder: {shown}")
    if not path.is_dir():
        raise ScanError(f"not a folder: {shown}")
    done = run_git(
        path, ["rev-parse", "--is-bare-repository", "--show-cdup", "--show-prefix"], check=False
    )
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", errors="replace")
        if _NOT_A_REPO in stderr:
            return open_plain(path)
        raise ScanError(error_line(done.stderr) or "git rev-parse failed")
    lines = done.stdout.decode("utf-8", errors="surrogateescape").split("\n")
    if lines[0] == "true":
        return open_git(GitRepo(path, "HEAD"), each=each)
    top = (path / lines[1]).resolve() if len(lines) > 1 and lines[1] else path
    prefix = lines[2] if len(lines) > 2 else ""
    listing = open_git(GitRepo(top, "", prefix), each=each)
    if prefix and not listing.paths:
        # A folder git does not track yet is still the learner's work: read it from disk.
        listing.close()
        return open_plain(path, note=UNTRACKED_NOTE)
    return listing


def open_git(repo: GitRepo, note: str | None = None, *, each: PathChunks | None = None) -> Listing:
    """A listing of ``repo``'s tree (a commit, or the index of a working copy); ``each`` is
    given the paths chunk by chunk as git lists them."""
    # `cat-file` starts with `git log`, and loads the index once the first paths have come:
    # the listing then goes at the classifier's pace, which leaves git time to spare.
    log = repo.start_facts()
    blobs = repo.start_blobs()

    def listed(chunk: list[str]) -> None:
        repo.warm_blobs(blobs)
        if each is not None:
            each(chunk)

    try:
        paths = repo.list_paths(listed)
        head, last_commit = repo.facts(log)
        if head is None and repo.revision:
            raise ScanError("the repository has no commits yet")
    except BaseException:
        log.kill()
        log.wait()
        blobs.close()
        raise
    if head is None:
        note = "no commits yet: scanned the files staged in the index"

    def read(chosen: Sequence[str]) -> Mapping[str, bytes]:
        return repo.read(chosen, BLOB_MAX_BYTES, blobs)

    def history() -> History:
        from roadmap_lint.scanning.authorship import History, parse_log

        log, complete = repo.authors()
        return History(parse_log(log), complete)

    return Listing(paths, read, head, last_commit, note, blobs.close, history)


def open_plain(path: Path, note: str = PLAIN_NOTE) -> Listing:
    """A folder outside git, walked on disk (no symbolic links, no vendored folders).

    The walk stops at ``PLAIN_MAX_FILES``: a `repo:` of `../../..` must not turn a lint run
    into a crawl of the whole disk; git lists a real project's files far faster anyway.
    """
    paths: list[str] = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if d != ".git" and d not in VENDORED_DIRS)
        relative = os.path.relpath(folder, path)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        paths.extend(prefix + name for name in files)
        if len(paths) > PLAIN_MAX_FILES:
            del paths[PLAIN_MAX_FILES:]
            note += f"; stopped after {PLAIN_MAX_FILES:,} files (put the project under git)"
            break
    paths.sort()
    return Listing(paths, lambda chosen: _read_files(path, chosen), note=note)


def _read_files(root: Path, chosen: Sequence[str]) -> Mapping[str, bytes]:
    contents = {}
    for relative in chosen:
        target = root / relative
        try:
            info = target.lstat()
            # Only regular files: a link may point anywhere, and a FIFO would block the read.
            if not stat.S_ISREG(info.st_mode) or info.st_size > BLOB_MAX_BYTES:
                continue
            contents[relative] = target.read_bytes()
        except OSError:
            continue
    return contents
