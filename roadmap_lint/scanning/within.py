"""Projects named by a local path when the roadmap was read from a clone, not a folder.

The cohort reads each learner's portfolio from a clone with no work tree. There, a project's
`repo: projects/notes-api` is a folder of that clone's tree, read from git objects like any
remote project; a path that leaves the portfolio (`../notes-api`, `/home/...`) names a folder
of the learner's machine, which the clone does not have. It is refused, never looked up on
this machine's disk: a roadmap must not make a mentor's run read the mentor's own files.
"""

from __future__ import annotations

import posixpath
from pathlib import Path, PurePosixPath

from roadmap_lint.git.objects import StoredFile, tree_entry
from roadmap_lint.scanning.gitread import GitRepo, ScanError
from roadmap_lint.scanning.sources import Source, source_of

#: The revision every read of the clone looks at.
HEAD = "HEAD"


def source_within(spec: str, roadmap: StoredFile) -> Source:
    """What ``spec`` names beside ``roadmap``: a local source's ``location`` is then the folder
    of the clone's tree (from its top), and its ``path`` is None."""
    folder = posixpath.dirname(roadmap.name)

    def in_tree(path: Path) -> bool:
        inside = _inside(folder, str(path))
        if inside is None:
            return False
        entry = tree_entry(roadmap.cwd, HEAD, inside, env=roadmap.env)
        return entry is not None and entry.kind == "tree"

    source = source_of(spec, Path(), exists=in_tree)
    if source.kind != "local":
        return source
    inside = _inside(folder, spec)
    if inside is None:
        raise ScanError(
            "a local folder outside the portfolio repository, which its clone does not hold",
            hint="push the project and name it by owner/name or by its git URL",
        )
    return Source("local", inside)


def repo_within(source: Source, roadmap: StoredFile) -> GitRepo:
    """The clone, reading the folder ``source`` names (from ``source_within``)."""
    prefix = "" if source.location in ("", ".") else source.location.rstrip("/") + "/"
    return GitRepo(roadmap.cwd, HEAD, prefix, env=roadmap.env, partial=roadmap.partial)


def _inside(folder: str, spec: str) -> str | None:
    """``spec`` relative to ``folder``, from the top of the tree; None when it leaves it."""
    if PurePosixPath(spec).is_absolute() or spec.startswith("~"):
        return None
    joined = posixpath.normpath(posixpath.join(folder, spec))
    return None if joined == ".." or joined.startswith("../") else joined
