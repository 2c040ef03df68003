"""Corpus cases about where roadmap-lint writes and what it reads as the roadmap: links and
special files in the way of an output, read-only folders, a roadmap that is not a file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tests.hostile.case import OFFLINE, RENDER, Case, roadmap_file
from tests.support.lint import MINIMAL

#: Where a link that leads out of the case folder points (inside the test's own folder).
OUTSIDE = "../outside.txt"


def _with_link(name: str, target: str) -> Callable[[Path], None]:
    """A valid roadmap, and ``name`` a symbolic link to ``target`` (``OUTSIDE`` is made)."""

    def build(folder: Path) -> None:
        (folder / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
        (folder.parent / "outside.txt").write_text("someone else's file\n")
        (folder / name).symlink_to(target)

    return build


def _with_fifo(name: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        (folder / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
        os.mkfifo(folder / name)

    return build


def _github_link(folder: Path) -> None:
    """A `.github` folder committed as a link to a folder outside the repository."""
    (folder.parent / "elsewhere").mkdir()
    (folder / ".github").symlink_to("../elsewhere")


def _read_only(folder: Path) -> None:
    (folder / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
    (folder / "ro").mkdir()
    (folder / "ro" / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
    (folder / "ro").chmod(0o555)


def _writable_again(folder: Path) -> None:
    (folder / "ro").chmod(0o755)


def _temporary_name_taken(folder: Path) -> None:
    (folder / "roadmap.yml").write_text(MINIMAL, encoding="utf-8")
    (folder / ".report.json.tmp").mkdir()  # where the old writer put its temporary file


HANGS = "a FIFO would hang the test's process"
CAPABILITIES = "root's power over permissions is dropped"


OUTPUT_CASES = [
    Case(
        "render-through-a-committed-link-out-of-the-folder",
        _with_link("ROADMAP.md", OUTSIDE),
        RENDER,
        2,
        "outside",
    ),
    Case(
        "render-check-reads-a-link-to-a-device",
        _with_link("ROADMAP.md", "/dev/zero"),
        (*RENDER, "--check"),
        2,
        "outside",
        process="reading a device that never ends needs a memory ceiling",
    ),
    Case(
        "render-check-reads-a-fifo",
        _with_fifo("ROADMAP.md"),
        (*RENDER, "--check"),
        2,
        "a FIFO, not a regular file",
        process=HANGS,
    ),
    Case(
        "render-badge-to-a-fifo",
        _with_fifo("badge.json"),
        (*RENDER, "-o", "-", "--badge", "{dir}/badge.json"),
        2,
        "a FIFO, not a regular file",
    ),
    Case(
        "init-through-a-dangling-link",
        _with_link("new.yml", "../elsewhere.yml"),
        ("init", "-o", "{dir}/new.yml"),
        2,
        "already exists",
    ),
    Case(
        "init-force-through-a-dangling-link",
        _with_link("new.yml", "../elsewhere.yml"),
        ("init", "--force", "-o", "{dir}/new.yml"),
        2,
        "outside",
    ),
    Case("init-to-stdout", roadmap_file(MINIMAL), ("init", "-o", "-"), 0, "version: 1"),
    Case(
        "init-workflow-through-a-committed-github-link",
        _github_link,
        ("init", "--workflow", "-o", "{dir}/starter.yml"),
        2,
        "outside",
    ),
    Case("check-output-dash-is-stdout", roadmap_file(MINIMAL), (*OFFLINE, "-o", "-"), 0, '"areas"'),
    Case(
        "check-output-over-a-link-out-of-the-folder",
        _with_link("report.json", OUTSIDE),
        (*OFFLINE, "-o", "{dir}/report.json"),
        2,
        "outside",
    ),
    Case(
        "check-output-over-a-link-to-dev-stdout",
        _with_link("report.json", "/dev/stdout"),
        (*OFFLINE, "-o", "{dir}/report.json"),
        2,
        "outside",
    ),
    Case(
        "check-output-over-a-fifo",
        _with_fifo("report.json"),
        (*OFFLINE, "-o", "{dir}/report.json"),
        2,
        "a FIFO, not a regular file",
    ),
    Case(
        "check-output-to-a-folder",
        roadmap_file(MINIMAL),
        (*OFFLINE, "-o", "{dir}"),
        2,
        "a folder, not a regular file",
    ),
    Case(
        "check-summary-to-a-fifo",
        _with_fifo("summary.md"),
        (*OFFLINE, "--summary", "{dir}/summary.md"),
        2,
        "a FIFO, not a regular file",
        process=HANGS,
    ),
    Case(
        "check-github-output-to-a-fifo",
        _with_fifo("outputs"),
        (*OFFLINE, "--github-output", "{dir}/outputs"),
        2,
        "a FIFO, not a regular file",
        process=HANGS,
    ),
    Case(
        "check-sarif-over-a-link-out-of-the-folder",
        _with_link("out.sarif", OUTSIDE),
        (*OFFLINE, "--sarif", "{dir}/out.sarif"),
        2,
        "outside",
    ),
    Case(
        "check-output-where-the-temporary-file-was",
        _temporary_name_taken,
        (*OFFLINE, "-o", "{dir}/report.json"),
        0,
        "",
        writes=("report.json",),
    ),
    Case(
        "check-output-in-a-read-only-folder",
        _read_only,
        (*OFFLINE, "-o", "{dir}/ro/report.json"),
        2,
        "cannot write",
        process=CAPABILITIES,
        clean_up=_writable_again,
    ),
    Case(
        "init-force-in-a-read-only-folder",
        _read_only,
        ("init", "--force", "-o", "{dir}/ro/roadmap.yml"),
        2,
        "cannot write",
        process=CAPABILITIES,
        clean_up=_writable_again,
    ),
    Case(
        "render-in-a-read-only-folder",
        _read_only,
        ("render", "{dir}/ro/roadmap.yml", "--no-scan", "--no-history"),
        2,
        "cannot write",
        process=CAPABILITIES,
        clean_up=_writable_again,
    ),
    Case(
        "roadmap-is-a-fifo",
        _with_fifo("roadmap.fifo"),
        ("check", "{dir}/roadmap.fifo"),
        2,
        "a FIFO, not a regular file",
        process=HANGS,
    ),
    Case(
        "roadmap-is-a-link-to-a-device",
        _with_link("device.yml", "/dev/zero"),
        ("check", "{dir}/device.yml"),
        2,
        "a device, not a regular file",
    ),
]
