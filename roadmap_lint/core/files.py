"""Reading and checking the files a user names, without hanging on one that is not a file.

Opening a FIFO waits for a writer that may never come, and reading a device may never end; a
name given on the command line or committed to a repository can be either. Files are opened
without blocking and looked at before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from urllib.parse import quote

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotRegularFile(OSError):
    """The path names a folder, a FIFO, a device or a socket; ``strerror`` says which."""

    def __init__(self, mode: int) -> None:
        super().__init__(errno.EINVAL, f"it is {file_kind(mode)}, not a regular file")


def file_kind(mode: int) -> str:
    """What ``st_mode`` describes, in words."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path`` (a link is followed), which must be a regular
    file; else ``NotRegularFile``. Other failures are the ``OSError`` of the system call."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise NotRegularFile(mode)
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "rb") as stream:
        return stream.read(limit + 1)


def path_in_url(path: str) -> str:
    """A path as it goes into a URL, percent-encoded; a byte of a name that is not UTF-8
    (held as ``surrogateescape`` text) is encoded as that very byte."""
    return quote(path, errors="surrogateescape")
