"""What a project's `repo` names, and refusing what git must never be handed.

A `repo` value is user input that ends up on a git command line, so anything that could
turn into an option or a remote helper (`ext::sh -c ...`, `fd::`, `--upload-pack=...`) is
refused before git ever sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from roadmap_lint.core.names import github_repo
from roadmap_lint.scanning.gitread import ScanError

#: URL schemes a project may be cloned over.
SCHEMES: frozenset[str] = frozenset({"https", "ssh", "git", "file"})

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SCP_LIKE = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!/)")


class Source(NamedTuple):
    """One classified `repo`: ``kind`` is ``local``, ``url`` or ``github``."""

    kind: str
    location: str
    path: Path | None = None


def source_of(spec: str, base: Path, exists: Callable[[Path], bool] = Path.exists) -> Source:
    """Decide what ``spec`` names; local paths are resolved against ``base``.

    A relative path that exists wins over `owner/name`; write `./owner/name` to insist on a
    local folder that does not exist yet. ``exists`` says whether a folder does (on this disk
    unless told otherwise: a clone's tree, see ``within``).
    """
    refuse_hostile(spec)
    scheme = _SCHEME.match(spec)
    if scheme:
        name = scheme.group(1).lower()
        if name not in SCHEMES:
            hint = "use https:// instead" if name == "http" else f"use one of {_schemes()}"
            raise ScanError(f"refused URL scheme '{name}://' ({hint})")
        return _url(spec)
    if _SCP_LIKE.match(spec):
        return _url(spec)
    try:
        path = Path(spec).expanduser()
    except RuntimeError:  # `~`, with no HOME and no entry in the password database
        raise ScanError(f"no home folder to find {spec.split('/')[0]} in") from None
    resolved = path if path.is_absolute() else base / path
    slug = github_repo(spec)
    if slug and not exists(resolved) and not spec.startswith("."):
        return Source("github", slug)
    return Source("local", spec, resolved)


def refuse_hostile(spec: str) -> None:
    """Raise `ScanError` for values that could make git run commands or read options."""
    if not spec.strip():
        raise ScanError("the repo value is empty")
    if not spec.isprintable():
        raise ScanError("refused repo value with control characters")
    if spec.startswith("-"):
        raise ScanError("refused repo value that looks like a git option")
    if "::" in spec.split("/", 1)[0] or spec.lower().startswith(("ext:", "fd:")):
        raise ScanError("refused git remote-helper syntax (`transport::address`)")
    if re.search(r"--(?:upload-pack|receive-pack|exec|config)\b|\s-[uc]\b", spec):
        raise ScanError("refused repo value that smuggles a git option")


def _url(spec: str) -> Source:
    if any(char.isspace() for char in spec):
        raise ScanError("refused URL with spaces in it")
    return Source("url", spec)


def _schemes() -> str:
    return ", ".join(f"{name}://" for name in sorted(SCHEMES))
