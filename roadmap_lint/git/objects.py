"""Files read from a repository's objects, with no work tree: a learner's portfolio as the
cohort clones it.

Nothing is checked out, so nothing the portfolio holds reaches the disk: a roadmap committed
as a symbolic link to a file of the mentor's machine is a link entry here, refused, never
followed. The clone is partial (blobless): the blobs a stage needs are fetched from ``origin``
in one request (git's own lazy fetch would make one round trip per blob).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.git.catfile import is_object_id
from roadmap_lint.git.runner import run_git

#: The mode git gives a regular file (``100755``, executable, is one too).
_REGULAR = ("100644", "100755")


@dataclass(frozen=True)
class TreeEntry:
    """One entry of a tree: ``mode`` (``100644``, ``120000`` for a link…), ``kind`` (``blob``,
    ``tree``, ``commit``) and the object's id."""

    mode: str
    kind: str
    oid: str

    @property
    def regular_file(self) -> bool:
        return self.kind == "blob" and self.mode in _REGULAR


@dataclass(frozen=True)
class StoredFile:
    """A file git tracks, named for git: the folder git runs in (a bare repository, or the
    file's folder in a work tree), the file's path from there, the environment git needs to
    reach ``origin``, and whether blobs may be missing (a partial clone)."""

    cwd: Path
    name: str
    env: Mapping[str, str] | None = None
    partial: bool = False
    #: ``cwd`` is the file's folder in a work tree (else a repository with none)
    in_work_tree: bool = False

    @classmethod
    def at(cls, path: Path) -> StoredFile:
        """The file at ``path`` in a work tree."""
        return cls(path.parent, path.name, in_work_tree=True)

    @property
    def shown(self) -> str:
        """How messages name it: its path in a work tree, its name in a clone (whose folder
        is a cache of this machine, nothing a report should show)."""
        return (self.cwd / self.name).as_posix() if self.in_work_tree else self.name

    def prefetch(self, ids: Iterable[str]) -> None:
        """Make sure the blobs ``ids`` are here (a partial clone fetches those it lacks)."""
        if self.partial:
            fetch_missing(self.cwd, ids, env=self.env)


def tree_entry(
    repo: Path, revision: str, path: str, *, env: Mapping[str, str] | None = None
) -> TreeEntry | None:
    """The entry ``path`` names in ``revision``'s tree, or None when there is none."""
    return tree_entries(repo, revision, [path], env=env).get(path)


def tree_entries(
    repo: Path, revision: str, paths: Sequence[str], *, env: Mapping[str, str] | None = None
) -> dict[str, TreeEntry]:
    """The entries ``paths`` name in ``revision``'s tree (one `ls-tree`); a path with no
    entry, or a revision that does not exist, is left out."""
    args = ["ls-tree", "-z", "--full-tree", revision, "--", *paths]
    done = run_git(repo, args, env=env, check=False)
    found: dict[str, TreeEntry] = {}
    for record in done.stdout.split(b"\0") if done.returncode == 0 else []:
        head, tab, name = record.partition(b"\t")
        fields = head.decode("ascii", errors="replace").split()
        path = name.decode("utf-8", "surrogateescape")
        if tab and len(fields) == 3 and path in paths:
            found[path] = TreeEntry(*fields)
    return found


def fetch_missing(repo: Path, ids: Iterable[str], *, env: Mapping[str, str] | None = None) -> None:
    """Fetch from ``origin``, in one request, those of the blobs ``ids`` the clone lacks.

    What the clone holds is listed from its pack indexes, which never fetches; asking git for
    a missing blob would fetch it alone (or, offline, stop the reader). A failed fetch leaves
    the blobs missing: the stage that wanted them then skips them, as it would a damaged blob.
    """
    wanted = {oid for oid in ids if is_object_id(oid)}
    if not wanted:
        return
    listed = run_git(
        repo,
        ["cat-file", "--batch-all-objects", "--batch-check=%(objectname)", "--unordered"],
        env=env,
        check=False,
    )
    missing = sorted(wanted - set(listed.stdout.decode("ascii", errors="replace").split()))
    if not missing:
        return
    args = ["-c", "fetch.negotiationAlgorithm=noop", "fetch", "--quiet", "--no-tags"]
    args += ["--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none"]
    run_git(repo, [*args, "origin", *missing], env=env, check=False)
