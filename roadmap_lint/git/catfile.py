"""Blobs by object id through one streaming ``git cat-file --batch``, each read once.

Objects are asked for by id, never by ``rev:path``: a path may hold a newline, which would
split one request into two and put every later answer out of step.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

from roadmap_lint.git.runner import start_git

_OBJECT_ID = frozenset("0123456789abcdef")


def is_object_id(name: str) -> bool:
    return len(name) in (40, 64) and _OBJECT_ID.issuperset(name)


def read_blobs(
    cwd: Path, ids: Iterable[str], *, max_bytes: int, env: Mapping[str, str] | None = None
) -> Iterator[tuple[str, bytes]]:
    """``(id, content)`` for each blob in ``ids`` (duplicates read once), in order asked.

    A blob larger than ``max_bytes``, missing, or not a blob is skipped without being held
    in memory. A thread writes the requests while this one reads the answers, so git never
    waits for a round trip and neither side can fill a pipe and block the other.
    """
    wanted = [name for name in dict.fromkeys(ids) if is_object_id(name)]
    if not wanted:
        return
    process = start_git(cwd, ["cat-file", "--batch"], env=env, stdin=True)
    assert process.stdin is not None and process.stdout is not None
    writer = threading.Thread(target=_request, args=(process.stdin, wanted), daemon=True)
    writer.start()
    try:
        for name in wanted:
            content = _read_one(process.stdout, max_bytes)
            if content is not None:
                yield name, content
    finally:
        with contextlib.suppress(OSError):
            process.stdout.close()
        process.kill()
        process.wait()
        writer.join()


def _request(stream: IO[bytes], ids: list[str]) -> None:
    try:
        stream.write("".join(name + "\n" for name in ids).encode("ascii"))
        stream.close()
    except (OSError, ValueError):  # the reader stopped early and closed the pipe
        pass


def _read_one(stdout: IO[bytes], max_bytes: int) -> bytes | None:
    header = stdout.readline().split()
    if len(header) != 3:  # `<id> missing`: nothing follows
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
