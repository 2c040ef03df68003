"""Blobs through one streaming ``git cat-file --batch``, each read once.

Requests are one per line: an object id, or ``<rev>:<path>`` (``:0:<path>`` for the index)
for a path without a line break. A path holding one is asked for by its id: the line break
would split its request in two and put every later answer out of step.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

from roadmap_lint.git.runner import start_git

_OBJECT_ID = frozenset("0123456789abcdef")
#: Characters a request by path cannot hold: git ends a request at a newline, and drops a
#: carriage return before one, so `a\r` would be read as `a`.
LINE_BREAKS = ("\n", "\r")


def is_object_id(name: str) -> bool:
    return len(name) in (40, 64) and _OBJECT_ID.issuperset(name)


def read_blobs(
    cwd: Path, ids: Iterable[str], *, max_bytes: int, env: Mapping[str, str] | None = None
) -> Iterator[tuple[str, bytes]]:
    """``(id, content)`` for each blob in ``ids`` (duplicates read once), in order asked.

    A blob larger than ``max_bytes``, missing, or not a blob is skipped without being held
    in memory.
    """
    wanted = [name for name in dict.fromkeys(ids) if is_object_id(name)]
    if not wanted:
        return
    stream = BlobStream(cwd, env=env)
    try:
        yield from stream.read(wanted, max_bytes=max_bytes)
    finally:
        stream.close()


class BlobStream:
    """One ``cat-file --batch`` process, started before it is asked for anything.

    Its start, and after `warm` the loading of what the first real request needs (the index,
    for ``:0:<path>``), then overlap the caller's own work instead of following it. ``read``
    may be called once; ``close`` may be called any number of times.
    """

    def __init__(self, cwd: Path, *, env: Mapping[str, str] | None = None) -> None:
        self._process = start_git(cwd, ["cat-file", "--batch"], env=env, stdin=True)
        self._writer: threading.Thread | None = None
        self._unread = 0  # answers to requests that were not the caller's

    def warm(self, name: str) -> None:
        """Ask for ``name`` (git answers "missing", unread) so that git loads what answering
        it needs now; once is enough, later calls do nothing."""
        if not self._unread and self._writer is None:
            _request(self._process.stdin, [name], close=False)
            self._unread = 1

    def read(self, names: Sequence[str], *, max_bytes: int) -> Iterator[tuple[str, bytes]]:
        """``(name, content)`` for each name that is a blob of at most ``max_bytes``.

        A thread writes the requests while this one reads the answers, so git never waits
        for a round trip and neither side can fill a pipe and block the other.
        """
        assert self._writer is None, "a BlobStream is read once"
        assert not any(mark in name for name in names for mark in LINE_BREAKS)
        process = self._process
        assert process.stdout is not None
        self._writer = threading.Thread(target=_request, args=(process.stdin, names), daemon=True)
        self._writer.start()
        for _ in range(self._unread):
            _read_one(process.stdout, 0)
        for name in names:
            content = _read_one(process.stdout, max_bytes)
            if content is not None:
                yield name, content

    def close(self) -> None:
        if self._process.stdout is not None:
            with contextlib.suppress(OSError):
                self._process.stdout.close()
        self._process.kill()
        self._process.wait()
        if self._writer is not None:
            self._writer.join()


def _request(stream: IO[bytes] | None, names: Sequence[str], *, close: bool = True) -> None:
    if stream is None:
        return
    try:
        stream.write("".join(name + "\n" for name in names).encode("utf-8", "surrogateescape"))
        stream.flush()
        if close:
            stream.close()
    except (OSError, ValueError):  # the reader stopped early and closed the pipe
        pass


def _read_one(stdout: IO[bytes], max_bytes: int) -> bytes | None:
    header = stdout.readline().split()
    if len(header) != 3:  # `<name> missing`: nothing follows
        return None
    try:
        size = int(header[2])
    except ValueError:
        return None
    if header[1] != b"blob" or size > max_bytes:
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
