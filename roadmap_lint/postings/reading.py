"""Saved job postings read from a folder: ``.txt``, ``.md`` and ``.html``, without trusting it.

The folder may be a download, shared or generated, so reading it must not hang, fill memory
or leave the folder: sub-folders are read but symlinked folders are not entered; a symlinked
file is read only when it points inside the folder (and a file reached twice counts once);
FIFOs, sockets and devices are skipped without being opened for long (``O_NONBLOCK``); the
size of each file and the number of files are capped. Hidden files and folders (``.git``) and
README files are not postings.

Each problem with one file becomes a ``ReadNote`` and the file is skipped (or, for invalid
UTF-8, repaired): one bad file never stops the count. Only a folder that is not there raises.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.postings.errors import PostingsError
from roadmap_lint.postings.htmltext import html_to_text

#: A posting is a page of text; a file larger than this is something else.
MAX_POSTING_BYTES = 512 * 1024
#: More postings than this are not read: the count is already clear, the run stays quick.
MAX_POSTINGS = 5_000
#: File suffixes read as postings, and the format each is read as.
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
           ".htm": "html"}  # fmt: skip

_BINARY_PROBE = 8192  # a NUL byte in the first this-many bytes marks a binary file, as git does
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # "Save as Unicode" in some Windows editors
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a file swapped for a symlink after the check is refused
    | getattr(os, "O_NONBLOCK", 0)  # a file swapped for a FIFO does not block the open
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class Posting:
    """One saved posting: its file name relative to the folder, and its text.

    ``text`` is plain text for every format (HTML is reduced on reading); ``format`` says what
    the file was, for outputs that want to show it.
    """

    name: str
    text: str
    format: str


@dataclass(frozen=True)
class ReadNote:
    """A file that was skipped or repaired, and why, in words a user can act on."""

    name: str
    message: str


class Postings(list[Posting]):
    """The postings read, in a stable order (a folder's files by name, then its sub-folders);
    ``notes`` lists the files skipped or repaired, and why."""

    def __init__(self, postings: Iterable[Posting] = (), notes: Iterable[ReadNote] = ()) -> None:
        super().__init__(postings)
        self.notes: tuple[ReadNote, ...] = tuple(notes)


def read_postings(folder: Path) -> Postings:
    """Every posting under ``folder``; problems with single files are in ``.notes``.

    Raises ``PostingsError`` only when ``folder`` is not a folder.
    """
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        hint = "save job postings as .txt, .md or .html files in a folder and name that folder"
        raise PostingsError(f"postings folder {folder} {what}", hint)
    root = folder.resolve()
    notes: list[ReadNote] = []
    seen: set[tuple[int, int]] = set()
    postings = [
        posting
        for path, name in _candidates(folder, notes)
        if (posting := _read_one(root, path, name, notes, seen)) is not None
    ]
    return Postings(postings, notes)


def _candidates(folder: Path, notes: list[ReadNote]) -> Iterator[tuple[Path, str]]:
    """``(path, name)`` of each file that looks like a posting, in a stable order, capped."""
    count = 0

    def unreadable(error: OSError) -> None:
        notes.append(ReadNote(_relative(folder, error.filename), "folder cannot be read"))

    for directory, folders, files in os.walk(folder, onerror=unreadable):
        base = Path(directory)
        folders[:] = sorted(name for name in folders if _wanted_folder(base / name, folder, notes))
        for file_name in sorted(files):
            path = base / file_name
            if file_name.startswith(".") or path.suffix.lower() not in FORMATS:
                continue
            name = _relative(folder, path)
            if file_name.lower().startswith("readme."):
                notes.append(ReadNote(name, "a README is not a posting; skipped"))
                continue
            if count == MAX_POSTINGS:
                message = f"more than {MAX_POSTINGS:,} postings; this one and the rest skipped"
                notes.append(ReadNote(name, message))
                return
            count += 1
            yield path, name


def _wanted_folder(path: Path, root: Path, notes: list[ReadNote]) -> bool:
    if path.name.startswith("."):
        return False
    if path.is_symlink():
        notes.append(ReadNote(_relative(root, path), "a symlinked folder; not followed"))
        return False
    return True


def _read_one(
    root: Path, path: Path, name: str, notes: list[ReadNote], seen: set[tuple[int, int]]
) -> Posting | None:
    try:
        problem, data = _load(root, path, seen)
    except OSError as error:
        problem, data = f"cannot be read ({error.strerror or error})", b""
    except RuntimeError:  # Python before 3.13 reports a symlink loop this way
        problem, data = "a symlink loop; skipped", b""
    if problem:
        notes.append(ReadNote(name, problem))
        return None
    text, repaired = _decode(data)
    if text is None:
        notes.append(ReadNote(name, "looks binary (NUL bytes); skipped"))
        return None
    if repaired:
        notes.append(ReadNote(name, "not valid UTF-8; the undecodable bytes were replaced"))
    kind = FORMATS[path.suffix.lower()]
    return Posting(name=name, text=html_to_text(text) if kind == "html" else text, format=kind)


def _load(root: Path, path: Path, seen: set[tuple[int, int]]) -> tuple[str, bytes]:
    """``("", bytes)`` for a readable posting, else ``(why not, b"")``."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        path = path.resolve(strict=True)
        if not path.is_relative_to(root):
            return "a symlink to outside the postings folder; not followed", b""
        info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a FIFO, socket or device); skipped", b""
    if info.st_size > MAX_POSTING_BYTES:
        return f"larger than {MAX_POSTING_BYTES // 1024} KiB; skipped", b""
    if (info.st_dev, info.st_ino) in seen:
        return "the same file as another posting (a link); counted once", b""
    seen.add((info.st_dev, info.st_ino))
    with open(os.open(path, _OPEN_FLAGS), "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):  # swapped since the check
            return "not a regular file (a FIFO, socket or device); skipped", b""
        data = stream.read(MAX_POSTING_BYTES + 1)
    if len(data) > MAX_POSTING_BYTES:  # grew since the check
        return f"larger than {MAX_POSTING_BYTES // 1024} KiB; skipped", b""
    return "", data


def _decode(data: bytes) -> tuple[str | None, bool]:
    """``(text, repaired)``; ``text`` is None for a binary file."""
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if codec is None:
        if b"\x00" in data[:_BINARY_PROBE]:
            return None, False
        codec = "utf-8"
    try:
        return data.decode(codec), False
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace"), True


def _relative(root: Path, path: str | os.PathLike[str] | None) -> str:
    try:
        return Path(path or root).relative_to(root).as_posix()
    except ValueError:
        return Path(path or root).name
