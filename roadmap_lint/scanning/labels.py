"""What the classifier files a matching path under, besides a signal's own name.

A plain string label is a signal shown by the path's name. The other kinds are kept apart so
that each part of a scan finds what it needs in one pass over the paths.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple


class Supporting(NamedTuple):
    """A path that shows ``signal`` less directly (a helper in a test folder)."""

    signal: str


class Manifest(NamedTuple):
    """A dependency manifest, read by the parser ``parser`` of ``ecosystem``."""

    ecosystem: str
    parser: str


class Candidate(NamedTuple):
    """A file worth reading for ``kind``: a document recognised by content, or a CI file.
    Lower ``rank`` is read first when there are more candidates than the cap."""

    kind: str
    rank: int


class Secret(NamedTuple):
    """A file that holds secrets when its content passes ``check`` (see `secret_files`)."""

    check: str


def signal_of(label: Hashable) -> str | None:
    """The signal a label shows by itself, or None (manifests, candidates, conditions)."""
    if isinstance(label, str):
        return label
    return label.signal if isinstance(label, Supporting) else None
