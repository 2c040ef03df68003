"""Where a project's files can be opened in a browser: on GitHub, or nowhere.

A project named by ``owner/name`` or a github.com URL is on GitHub; a local folder is when the
repository holding it has a github.com ``origin``. A link names the commit that was scanned
when it is known (the only commit known to hold the files shown), else ``HEAD``. Anything else
is plain text: no output of roadmap-lint links to a folder on the learner's machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.core.files import path_in_url
from roadmap_lint.core.names import github_repo, github_repo_of_url
from roadmap_lint.git.worktree import origin_url, work_tree


@dataclass(frozen=True)
class RepoLinks:
    """Where a project's repository and its files are browsed; ``None`` means plain text."""

    home: str | None
    #: the address a file's path (quoted) is appended to
    files: str | None

    def file(self, evidence: str) -> str | None:
        """Where a piece of evidence lives; ``requirements.txt#psycopg`` links to the file."""
        return None if self.files is None else self.files + path_in_url(evidence.split("#", 1)[0])


PLAIN = RepoLinks(None, None)


def github_links(repo: str, base: Path, head: str | None = None) -> RepoLinks:
    """The GitHub links of the project whose ``repo`` (relative to ``base``) is given."""
    local = base / repo
    slug = github_repo_of_url(repo)
    if repo and slug is None and local.exists():
        return _local(local, head)
    slug = slug or github_repo(repo)
    if slug is None:
        return PLAIN
    return _at(slug, head or "HEAD", "")


def _local(folder: Path, head: str | None) -> RepoLinks:
    tree = work_tree(folder)
    origin = origin_url(folder) if tree is not None else None
    slug = github_repo_of_url(origin) if origin else None
    if tree is None or slug is None:
        return PLAIN
    return _at(slug, head or "HEAD", tree.prefix)


def _at(slug: str, commit: str, prefix: str) -> RepoLinks:
    """The repository's page (at ``commit`` and ``prefix`` when they narrow it) and its files."""
    home = f"https://github.com/{slug}"
    at = f"{commit}/{path_in_url(prefix)}"
    narrowed = commit != "HEAD" or prefix
    return RepoLinks(f"{home}/tree/{at}".rstrip("/") if narrowed else home, f"{home}/blob/{at}")
