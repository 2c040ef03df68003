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

#: Environment every git process gets: never prompt, never read a pager, and take a folder
#: name as it is (a folder called `*` or `:(exclude)x` is not a pathspec pattern).
QUIET_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
    "LC_ALL": "C",
    "GIT_LITERAL_PATHSPECS": "1",
}
_TIMEOUT = 120
#: bytes read from git at a time: a pipe's default capacity
_CHUNK = 1 << 16


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
        paths = read_paths(self.cwd, args, env=self.env)
        if self.prefix:
            cut = len(self.prefix)
            paths = [path[cut:] for path in paths]
        return paths

    def start_facts(self) -> subprocess.Popen[bytes]:
        """Start `git log` for `facts`, so that it runs while the paths are listed."""
        args = ["git", "log", "-1", "--format=%H%x00%cI", "HEAD"]
        if self.prefix:
            args += ["--", self.prefix]
        return subprocess.Popen(
            args,
            cwd=self.cwd,
            env=git_env(self.env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def facts(self, started: subprocess.Popen[bytes]) -> tuple[str | None, str | None]:
        """``(head sha, last commit time)``; the time is the subfolder's last change."""
        out, _ = started.communicate(timeout=_TIMEOUT)
        text = out.decode("utf-8", errors="replace").strip()
        if started.returncode != 0 or "\0" not in text:
            return None, None
        sha, when = text.split("\0", 1)
        if self.prefix:
            head = self.run("rev-parse", "HEAD", check=False).stdout.decode().strip()
            sha = head or sha
        return sha, when

    def blob_name(self, path: str) -> str:
        """The object name of a listed path: in the index, or in the scanned commit."""
        return f"{self.revision}:{self.prefix}{path}"


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


def read_paths(
    cwd: Path, args: Sequence[str], *, env: Mapping[str, str] | None = None
) -> list[str]:
    """The NUL-separated paths git prints, split while git is still writing the rest.

    On a 100,000-file tree git takes tens of milliseconds to print them all, and Python about
    as long to split them: chunk by chunk, the two overlap. Errors are as in `run_git`.
    """
    try:
        process = subprocess.Popen(
            ["git", *args],
            cwd=cwd,
            env=git_env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,  # read after stdout: git writes a line or two there at most
        )
    except FileNotFoundError:
        raise ScanError("git is not installed or not on PATH") from None
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        process.kill()

    timer = threading.Timer(_TIMEOUT, expire)
    timer.start()
    with process:  # closes the pipes and waits, whatever happens
        try:
            paths = _split_stream(process.stdout)
            stderr = process.stderr.read() if process.stderr else b""
            process.wait()
        finally:
            timer.cancel()
    if expired.is_set():
        raise ScanError(f"git {args[0]} took longer than {_TIMEOUT} s")
    if process.returncode != 0:
        raise ScanError(last_error_line(stderr) or f"git {args[0]} failed")
    return paths


def _split_stream(stream: IO[bytes] | None) -> list[str]:
    paths: list[str] = []
    rest = b""
    while stream is not None and (chunk := stream.read1(_CHUNK)):  # type: ignore[attr-defined]
        data = rest + chunk
        cut = data.rfind(b"\0") + 1  # a NUL is never part of a UTF-8 sequence: safe to cut
        if cut:
            paths += data[: cut - 1].decode("utf-8", errors="surrogateescape").split("\0")
        rest = data[cut:]
    if rest:  # no terminator after the last path
        paths.append(rest.decode("utf-8", errors="surrogateescape"))
    return paths


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
