"""Reading a repository through plain `git` processes: paths, facts and manifest blobs.

Plain subprocesses rather than GitPython: three short-lived processes and one streaming
`cat-file --batch` are the fastest way through a 100,000-file tree.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from roadmap_lint.scanning.signals import MANIFEST_MAX_BYTES

#: Environment every git process gets: never prompt, never read a pager.
QUIET_ENV = {"GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "LC_ALL": "C"}
_TIMEOUT = 120


class ScanError(Exception):
    """A repository that cannot be read; ``str()`` is one line a user can act on."""


@dataclass(frozen=True)
class GitRepo:
    """Where git runs, which tree is read, and how blobs are named.

    ``revision`` is ``HEAD`` for committed trees, or ``""`` for a working copy's index;
    ``prefix`` is the scanned subfolder, relative to the top of the repository.
    """

    cwd: Path
    revision: str
    prefix: str = ""
    env: Mapping[str, str] | None = None

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        return run_git(self.cwd, args, env=self.env, check=check)

    def list_paths(self) -> list[str]:
        """Tracked files below ``prefix``, relative to it, in git's (sorted) order."""
        if self.revision:
            args = ["ls-tree", "-r", "-z", "--name-only", "--full-tree", self.revision]
        else:
            args = ["ls-files", "-z", "--full-name"]
        if self.prefix:
            args += ["--", self.prefix]
        out = self.run(*args).stdout.decode("utf-8", errors="surrogateescape")
        cut = len(self.prefix)
        return [path[cut:] for path in out.split("\0") if path]

    def facts(self) -> tuple[str | None, str | None]:
        """``(head sha, last commit time)``; the time is the subfolder's last change."""
        args = ["log", "-1", "--format=%H%x00%cI", "HEAD"]
        if self.prefix:
            args += ["--", self.prefix]
        done = self.run(*args, check=False)
        text = done.stdout.decode("utf-8", errors="replace").strip()
        if done.returncode != 0 or "\0" not in text:
            return None, None
        sha, when = text.split("\0", 1)
        if self.prefix:
            head = self.run("rev-parse", "HEAD", check=False).stdout.decode().strip()
            sha = head or sha
        return sha, when

    def read_blobs(self, paths: Sequence[str]) -> dict[str, bytes]:
        names = [f"{self.revision}:{self.prefix}{path}" for path in paths]
        blobs = cat_file(self.cwd, names, env=self.env)
        return {path: blobs[name] for path, name in zip(paths, names, strict=True) if name in blobs}


def run_git(
    cwd: Path, args: Sequence[str], *, env: Mapping[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[bytes]:
    """Run git; a failure raises `ScanError` with git's last error line."""
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            env=git_env(env),
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise ScanError("git is not installed or not on PATH") from None
    except subprocess.TimeoutExpired:
        raise ScanError(f"git {args[0]} took longer than {_TIMEOUT} s") from None
    if check and done.returncode != 0:
        raise ScanError(last_error_line(done.stderr) or f"git {args[0]} failed")
    return done


def git_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, **QUIET_ENV, **(extra or {})}


def last_error_line(stderr: bytes) -> str:
    """The most telling line of git's stderr: the last `fatal:`/`error:` one, with the line
    after it when it ends in a colon (git puts the reason there)."""
    lines = [line.strip() for line in stderr.decode("utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line]
    telling = [i for i, line in enumerate(lines) if line.startswith(("fatal:", "error:"))]
    if not telling:
        return lines[-1] if lines else ""
    index = telling[-1]
    line = lines[index].split(":", 1)[1].strip()
    if line.endswith(":") and index + 1 < len(lines):
        line += " " + lines[index + 1]
    return line


def cat_file(
    cwd: Path, names: Sequence[str], *, env: Mapping[str, str] | None = None
) -> dict[str, bytes]:
    """Blobs by object name, through one `git cat-file --batch`, each read once.

    A blob above `MANIFEST_MAX_BYTES` is streamed past and left out, as is a missing one.
    """
    process = subprocess.Popen(
        ["git", "cat-file", "--batch"],
        cwd=cwd,
        env=git_env(env),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    writer = threading.Thread(target=_feed, args=(process.stdin, names), daemon=True)
    writer.start()
    blobs: dict[str, bytes] = {}
    try:
        for name in names:
            content = _read_one(process.stdout)
            if content is not None:
                blobs[name] = content
    finally:
        process.stdout.close()
        writer.join()
        process.wait()
    return blobs


def _feed(stdin: IO[bytes], names: Sequence[str]) -> None:
    try:
        for name in names:
            stdin.write(name.encode("utf-8", errors="surrogateescape") + b"\n")
        stdin.close()
    except OSError:  # git stopped early; the reader reports what it got
        pass


def _read_one(stdout: IO[bytes]) -> bytes | None:
    header = stdout.readline().split()
    if len(header) != 3:  # `<name> missing` or an ambiguous name: nothing follows
        return None
    size = int(header[2])
    if header[1] != b"blob" or size > MANIFEST_MAX_BYTES:
        _skip(stdout, size + 1)
        return None
    content = stdout.read(size)
    stdout.read(1)  # the newline after every object
    return content


def _skip(stdout: IO[bytes], count: int) -> None:
    while count > 0:
        chunk = stdout.read(min(count, 1 << 16))
        if not chunk:
            return
        count -= len(chunk)
