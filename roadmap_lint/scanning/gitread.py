"""Reading one repository's tree through the git layer: paths, facts and blobs."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from roadmap_lint.core.dates import git_time
from roadmap_lint.git import read_paths, run_git, start_git
from roadmap_lint.git.catfile import LINE_BREAKS, BlobStream
from roadmap_lint.git.runner import TIMEOUT_SECONDS

#: Takes each chunk of listed paths while git lists the rest (see `read_paths`).
PathChunks = Callable[[list[str]], object]


class ScanError(Exception):
    """A repository that cannot be read; ``str()`` is one line a user can act on, ``hint``
    what to do when the reason alone does not say it."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


class GitRepo(NamedTuple):
    """Where git runs, which tree is read, and with what extra environment.

    ``revision`` is ``HEAD`` for committed trees, or ``""`` for a working copy's index;
    ``prefix`` is the scanned subfolder, relative to the top of the repository.
    """

    cwd: Path
    revision: str
    prefix: str = ""
    env: Mapping[str, str] | None = None
    #: a partial clone: the blobs it lacks are fetched from its remote in one batch
    partial: bool = False

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        return run_git(self.cwd, args, env=self.env, check=check)

    def list_paths(self, each: PathChunks | None = None) -> list[str]:
        """Tracked files below ``prefix``, relative to it, in git's (sorted) order; ``each``
        is given them chunk by chunk while git still lists the rest."""
        args = self._listing_args(with_ids=False)
        if not self.prefix:
            return read_paths(self.cwd, args, env=self.env, each=each)
        cut = len(self.prefix)
        paths: list[str] = []

        def relative(chunk: list[str]) -> None:
            chunk = [path[cut:] for path in chunk]
            paths.extend(chunk)
            if each is not None:
                each(chunk)

        read_paths(self.cwd, [*args, "--", self.prefix], env=self.env, each=relative)
        return paths

    def start_facts(self) -> subprocess.Popen[bytes]:
        """Start `git log` for `facts`, so that it runs while the paths are listed."""
        args = ["log", "-1", "--date=raw", "--format=%H%x00%cd", "HEAD"]
        if self.prefix:
            args += ["--", self.prefix]
        return start_git(self.cwd, args, env=self.env)

    def facts(self, started: subprocess.Popen[bytes]) -> tuple[str | None, str | None]:
        """``(head sha, last commit time)``; the time is the subfolder's last change."""
        out, _ = started.communicate(timeout=TIMEOUT_SECONDS)
        text = out.decode("utf-8", errors="replace").strip()
        if started.returncode != 0 or "\0" not in text:
            return None, None
        sha, when = text.split("\0", 1)
        if self.prefix:
            head = self.run("rev-parse", "HEAD", check=False).stdout.decode().strip()
            sha = head or sha
        return sha, git_time(when)

    def authors(self) -> tuple[bytes, bool]:
        """``git log --format=%aE`` of the scanned tree (mailmap applied), and whether the
        history is whole (not a shallow clone)."""
        args = ["log", "--format=%aE", "HEAD"]
        if self.prefix:
            args += ["--", self.prefix]
        log = self.run(*args, check=False)
        shallow = self.run("rev-parse", "--is-shallow-repository", check=False).stdout
        return (log.stdout if log.returncode == 0 else b""), shallow.strip() != b"true"

    def start_blobs(self) -> BlobStream:
        """The `cat-file` that `read` will ask, started now (see `warm_blobs`)."""
        return BlobStream(self.cwd, env=self.env)

    def warm_blobs(self, blobs: BlobStream) -> None:
        """For a working copy, have ``blobs`` load the index now: called once git has read
        it for the listing, so that the two do not read it at once, on the core the scan's
        Python does not use, while the first paths are still awaited."""
        if not self.revision:
            blobs.warm(":0:.git")

    def read(self, paths: Sequence[str], max_bytes: int, blobs: BlobStream) -> dict[str, bytes]:
        """The contents of listed ``paths`` (those up to ``max_bytes``), each read once.

        A path is asked for by name (``HEAD:<path>``, or ``:0:<path>`` in the index), which
        costs git one lookup. A path with a line break, and every path of a partial clone, is
        asked for by its blob id instead, found by one `ls-tree` (or `ls-files`) of them.
        """
        asked = {path: self._name(path) for path in paths if self._by_name(path)}
        rest = [path for path in paths if path not in asked]
        if rest:
            ids = self._object_ids(rest)
            if self.partial and ids:
                from roadmap_lint.git.objects import fetch_missing

                # One request for the blobs the clone lacks, as git's own lazy fetch would
                # make one round trip per blob; blobs fetched by an earlier run are not asked
                # again.
                fetch_missing(self.cwd, ids.values(), env=self.env)
            asked.update(ids)
        found = dict(blobs.read(list(dict.fromkeys(asked.values())), max_bytes=max_bytes))
        return {path: found[name] for path, name in asked.items() if name in found}

    def _by_name(self, path: str) -> bool:
        return not self.partial and not any(mark in path for mark in LINE_BREAKS)

    def _name(self, path: str) -> str:
        return f"{self.revision or ':0'}:{self.prefix}{path}"

    def _object_ids(self, paths: Sequence[str]) -> dict[str, str]:
        """Listed path → blob id, from one `ls-tree` (or `ls-files --stage`) of those paths."""
        wanted = [self.prefix + path for path in paths]
        done = run_git(self.cwd, [*self._listing_args(with_ids=True), "--", *wanted], env=self.env)
        ids = {}
        for record in done.stdout.split(b"\0"):
            head, tab, name = record.partition(b"\t")
            fields = head.split()
            if tab and len(fields) >= 3:
                path = name.decode("utf-8", errors="surrogateescape")[len(self.prefix) :]
                ids[path] = fields[2 if self.revision else 1].decode("ascii")
        return ids

    def _listing_args(self, *, with_ids: bool) -> list[str]:
        if self.revision:
            names = [] if with_ids else ["--name-only"]
            return ["ls-tree", "-r", "-z", *names, "--full-tree", self.revision]
        return ["ls-files", "-z", "--full-name", *(["--stage"] if with_ids else [])]
