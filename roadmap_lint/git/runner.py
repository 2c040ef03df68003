"""Every git process roadmap-lint starts, in every stage, with one hardened environment.

A repository roadmap-lint reads is untrusted: a portfolio may commit a bare repository as plain
files, and its ``config`` (or a file it includes) may name programs for git to run. Settings
given with ``-c`` outrank every configuration file, so each setting that names a program is
pinned here to something inert; the few git reads from the environment first are pinned there.
Variables such as ``GIT_DIR`` or ``GIT_INDEX_FILE`` in the caller's environment (a git hook
exports them) would make git read another repository than the one asked for, so every ``GIT_*``
variable is dropped except the user's own transport settings.

A repository can also name programs by naming another repository: a partial clone fetches
missing objects from its promisor remotes on its own, and a remote's ``uploadpack`` (or an
``ext::`` URL) is a command line. So git reaches no other repository at all unless the caller
asks for it with ``network_env()``, which only the clones of remote projects do.

Plain ``git`` processes rather than GitPython: one short-lived process per stage and one
streaming ``cat-file --batch`` are the fastest way through a large tree.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO

from roadmap_lint.core.secrets import redact, safe

TIMEOUT_SECONDS = 120
#: bytes read from git at a time: a pipe's default capacity
_CHUNK = 1 << 16

#: Settings that name a program, or run one as a side effect, pinned to something inert.
_INERT_SETTINGS = (
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "core.editor=false",
    "core.sshCommand=ssh -o BatchMode=yes",
    "core.alternateRefsCommand=true",
    "core.askPass=",
    "credential.helper=",  # an empty entry clears every helper configured before it
    "log.showSignature=false",
    "gpg.program=false",
    "gpg.ssh.program=false",
    "gpg.ssh.defaultKeyCommand=false",
    "gpg.x509.program=false",
    "sequence.editor=false",
    "gc.auto=0",
    "maintenance.auto=false",
    "fetch.recurseSubmodules=false",
    "submodule.recurse=false",
    "core.quotePath=true",
)
HARDENING: tuple[str, ...] = (
    *(arg for setting in _INERT_SETTINGS for arg in ("-c", setting)),
    "--no-pager",
)

#: Transports a clone of a remote project may use, whatever any configuration says (the
#: variable outranks it); every other git process may use none.
ALLOWED_PROTOCOLS = ("https", "ssh", "git", "file")

#: Caller variables kept: the user's own way of reaching servers, and git's switch that makes
#: it treat every repository as another user's (it only makes git stricter; tests use it to
#: see that refusal explained). Every other ``GIT_*`` variable goes.
_KEPT_VARIABLES = frozenset(
    {
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_SSH_VARIANT",
        "GIT_SSL_CAINFO",
        "GIT_SSL_CAPATH",
        "GIT_TEST_ASSUME_DIFFERENT_OWNER",
    }
)
#: Set for every process: never prompt, never page, paths taken literally (a folder named
#: `*` or `:(exclude)x` is not a pattern), no proxy program, and the messages in English so
#: that the reasons shown to users can be recognised.
_FIXED_VARIABLES = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_ASKPASS": "",
    "GIT_PAGER": "cat",
    "GIT_EDITOR": "false",
    "GIT_PROXY_COMMAND": "",
    "GIT_LITERAL_PATHSPECS": "1",
    "GIT_ALLOW_PROTOCOL": "",  # no transport at all; see network_env
    "GIT_PROTOCOL_FROM_USER": "0",
    "GIT_NO_REPLACE_OBJECTS": "1",
    "LC_ALL": "C",
}


class GitError(Exception):
    """git failed or could not run; ``str()`` is one redacted line a user can act on."""


def git_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every git process: the caller's, minus ``GIT_*``, plus ``extra``."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("GIT_") or name in _KEPT_VARIABLES
    }
    env.update(_FIXED_VARIABLES)
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")  # fail rather than ask
    env.update(extra or {})
    if not env["GIT_ALLOW_PROTOCOL"]:
        # Offline, a missing object stays missing: no promisor remote is even tried.
        env["GIT_NO_LAZY_FETCH"] = "1"
    return env


def network_env(*protocols: str) -> dict[str, str]:
    """What a process that clones or fetches a remote project adds to its environment: the
    transports it may use (``ALLOWED_PROTOCOLS`` and ``protocols``), and with them the lazy
    fetches a blobless clone relies on."""
    return {"GIT_ALLOW_PROTOCOL": ":".join((*ALLOWED_PROTOCOLS, *protocols))}


def command(args: Sequence[str]) -> list[str]:
    """The full command line for ``git args``."""
    return ["git", *HARDENING, *args]


def run_git(
    cwd: Path,
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    check: bool = True,
    secrets: Iterable[str] = (),
    data: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run git to completion, with ``data`` on its standard input (else none); with
    ``check``, a failure raises ``GitError`` with git's reason."""
    try:
        done = subprocess.run(
            command(args),
            cwd=cwd,
            env=git_env(env),
            capture_output=True,
            stdin=subprocess.DEVNULL if data is None else None,
            input=data,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took longer than {TIMEOUT_SECONDS} s") from None
    if check and done.returncode != 0:
        raise GitError(error_line(done.stderr, secrets) or f"git {args[0]} failed")
    return done


def start_git(
    cwd: Path, args: Sequence[str], *, env: Mapping[str, str] | None = None, stdin: bool = False
) -> subprocess.Popen[bytes]:
    """Start git with its output on a pipe (stderr is discarded); the caller waits for it."""
    try:
        return subprocess.Popen(
            command(args),
            cwd=cwd,
            env=git_env(env),
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None


def read_paths(
    cwd: Path,
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    each: Callable[[list[str]], object] | None = None,
) -> list[str]:
    """The NUL-separated paths git prints, split while git is still writing the rest, and
    given to ``each`` chunk by chunk as they come.

    On a 100,000-file tree git takes tens of milliseconds to print them all, and Python about
    as long to split them: chunk by chunk, the two overlap, and so can the caller's work on
    them. Errors are as in ``run_git``.
    """
    try:
        process = subprocess.Popen(
            command(args),
            cwd=cwd,
            env=git_env(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,  # read after stdout: git writes a line or two there at most
        )
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        process.kill()

    timer = threading.Timer(TIMEOUT_SECONDS, expire)
    timer.start()
    with process:  # closes the pipes and waits, whatever happens
        try:
            paths = _split_stream(process.stdout, each)
            stderr = process.stderr.read() if process.stderr else b""
            process.wait()
        finally:
            timer.cancel()
    if expired.is_set():
        raise GitError(f"git {args[0]} took longer than {TIMEOUT_SECONDS} s")
    if process.returncode != 0:
        raise GitError(error_line(stderr) or f"git {args[0]} failed")
    return paths


def _split_stream(
    stream: IO[bytes] | None, each: Callable[[list[str]], object] | None
) -> list[str]:
    paths: list[str] = []
    pending = bytearray()  # decoded in place, through a memoryview: no copy of each chunk
    while stream is not None and (chunk := stream.read1(_CHUNK)):  # type: ignore[attr-defined]
        pending += chunk
        cut = pending.rfind(b"\0")  # a NUL is never part of a UTF-8 sequence: safe to cut
        if cut >= 0:
            with memoryview(pending) as view:
                _take(paths, str(view[:cut], "utf-8", "surrogateescape"), each)
            del pending[: cut + 1]
    if pending:  # no terminator after the last path
        _take(paths, pending.decode("utf-8", errors="surrogateescape"), each)
    return paths


def _take(paths: list[str], text: str, each: Callable[[list[str]], object] | None) -> None:
    chunk = text.split("\0")
    paths += chunk
    if each is not None:
        each(chunk)


def error_line(stderr: bytes, secrets: Iterable[str] = ()) -> str:
    """The most telling line of git's stderr, redacted and printable.

    That is the last ``fatal:``/``error:`` line, with the line after it when it ends in a
    colon (git puts the reason there); else the last line.
    """
    lines = [line.strip() for line in stderr.decode("utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line]
    telling = [i for i, line in enumerate(lines) if line.startswith(("fatal:", "error:"))]
    if not telling:
        return safe(redact(lines[-1], secrets)) if lines else ""
    index = telling[-1]
    line = lines[index].split(":", 1)[1].strip()
    if line.endswith(":") and index + 1 < len(lines):
        line += " " + lines[index + 1]
    return safe(redact(line, secrets))
