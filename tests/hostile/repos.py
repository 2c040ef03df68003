"""Recipes for the corpus's repository and URL cases: real git repositories built on the spot."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.support.gitrepo import commit, git, make_repo
from tests.support.lint import MINIMAL

DATE = "2026-11-01"
#: A program a case plants creates ``<case folder>/<MARKER>-<name>`` when it runs.
MARKER = "program-ran"
#: Where the URL cases' commands would leave their trace.
PWNED = Path("/tmp/roadmap-lint-pwned")


def plant(folder: Path, name: str) -> str:
    """An executable in ``folder`` that leaves a marker named after ``name`` when run; its path."""
    script = folder / f"planted-{name}.sh"
    script.write_text(f'#!/bin/sh\ntouch "{folder}/{MARKER}-{name}"\n')
    script.chmod(0o755)
    return str(script)


def roadmap_with_repo(repo: str, expects: str = "[tests]") -> str:
    return (
        MINIMAL
        + "projects:\n"
        + f"  - {{id: p, repo: {repo!r}, kind: independent, status: in_progress,"
        + f" expects: {expects}}}\n"
    )


def with_repo(repo: str, make: Callable[[Path], None] | None = None) -> Callable[[Path], None]:
    """A recipe: run ``make`` in the case folder, then write a roadmap pointing at ``repo``."""

    def build(folder: Path) -> None:
        if make is not None:
            make(folder)
        (folder / "roadmap.yml").write_text(roadmap_with_repo(repo), encoding="utf-8")

    return build


def plain_folder(folder: Path) -> None:
    (folder / "plain" / "tests").mkdir(parents=True)
    (folder / "plain" / "tests" / "test_app.py").write_text("def test_x():\n    pass\n")


def empty_repo(folder: Path) -> None:
    make_repo(folder / "repo")


def detached_head(folder: Path) -> None:
    repo = make_repo(folder / "repo", {"tests/test_a.py": "def test_a(): pass\n"}, date=DATE)
    commit(repo, {"README.md": "# r\n"}, date=DATE)
    git(repo, "checkout", "-q", "--detach", "HEAD~1")


def huge_tree(folder: Path, files: int = 200_000) -> None:
    """A bare repository whose one commit lists ``files`` paths (all the same empty blob)."""
    repo = folder / "huge.git"
    repo.mkdir()
    git(repo, "init", "-q", "--bare")
    lines = [
        "blob\nmark :1\ndata 0\n",
        "commit refs/heads/main\ncommitter T <t@example.invalid> 1761955200 +0000\ndata 4\nbig\n",
    ]
    lines += [f"M 100644 :1 pkg{i // 1000:03d}/mod_{i:06d}.py\n" for i in range(files)]
    subprocess.run(
        ["git", "fast-import", "--quiet"], cwd=repo, input="".join(lines).encode(), check=True
    )
    git(repo, "symbolic-ref", "HEAD", "refs/heads/main")


def huge_manifest(folder: Path) -> None:
    make_repo(folder / "repo", {"package.json": "{" + " " * (50 * 1024 * 1024) + "}"}, date=DATE)


def binary_manifest(folder: Path) -> None:
    noise = bytes(range(256)) * 64 + b'\x00\xff{"dependencies":'
    make_repo(folder / "repo", {"package.json": noise, "requirements.txt": noise}, date=DATE)


def links_outside(folder: Path) -> None:
    repo = make_repo(folder / "repo", {"README.md": "# r\n"}, date=DATE)
    os.symlink("/etc/passwd", repo / "requirements.txt")
    os.symlink("/", repo / "tests")
    commit(repo, {}, date=DATE)


def plain_links_outside(folder: Path) -> None:
    plain = folder / "plain"
    plain.mkdir()
    os.symlink("/etc/passwd", plain / "requirements.txt")
    os.symlink("/", plain / "everything")
    os.mkfifo(plain / "package.json")


def submodule(folder: Path) -> None:
    repo = make_repo(folder / "repo", {"README.md": "# r\n"}, date=DATE)
    sha = git(repo, "rev-parse", "HEAD")
    git(repo, "update-index", "--add", "--cacheinfo", f"160000,{sha},vendor-lib")
    (repo / ".gitmodules").write_text(
        '[submodule "x"]\n\tpath = vendor-lib\n\turl = ext::sh -c touch% /tmp/pwned\n'
    )
    commit(repo, {}, date=DATE)


def hostile_names(folder: Path) -> None:
    make_repo(
        folder / "repo",
        {
            "tests/test_\x1b[31mred\x1b[0m.py": "def test_red(): pass\n",
            "tests/a\nb_test.py": "def test_b(): pass\n",
        },
        date=DATE,
    )
