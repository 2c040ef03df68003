"""Manifest blobs through one streaming `git cat-file --batch`, each blob read once.

The process starts as soon as the file list is read: in a working copy, blob names like
`:requirements.txt` make git load the whole index, so a first name is sent at once and git
loads it while Python is still classifying paths.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

from roadmap_lint.scanning.signals import MANIFEST_MAX_BYTES

#: A name that makes git read the index and answers `missing` (no path is empty).
_WARM_UP = ":"


class CatFile:
    """One `git cat-file --batch` process for one repository: asked once, then closed."""

    def __init__(self, cwd: Path, env: Mapping[str, str], *, warm_index: bool) -> None:
        self._process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=cwd,
            env=dict(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._pending = [_WARM_UP] if warm_index else []
        if warm_index:
            _feed(self._process.stdin, self._pending, close=False)

    def read(self, names: Sequence[str]) -> dict[str, bytes]:
        """Blobs by object name; one above `MANIFEST_MAX_BYTES`, or missing, is left out."""
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        # A thread feeds the names so that a full output pipe can never block the input.
        writer = threading.Thread(target=_feed, args=(process.stdin, names), daemon=True)
        writer.start()
        blobs: dict[str, bytes] = {}
        try:
            for _ in self._pending:
                _read_one(process.stdout)
            for name in names:
                content = _read_one(process.stdout)
                if content is not None:
                    blobs[name] = content
        finally:
            writer.join()
            self.close()
        return blobs

    def close(self) -> None:
        """End the process (it exits when its input closes); safe to call twice."""
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None and not stream.closed:
                with contextlib.suppress(OSError):  # git already gone
                    stream.close()
        self._process.wait()


def _feed(stdin: IO[bytes] | None, names: Sequence[str], *, close: bool = True) -> None:
    if stdin is None:
        return
    try:
        stdin.write(b"".join(n.encode("utf-8", errors="surrogateescape") + b"\n" for n in names))
        stdin.flush()
        if close:
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
