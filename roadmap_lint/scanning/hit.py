"""One piece of evidence, and how convincing it is.

Evidence lists show the most convincing first: a file named for the signal, then a document
recognised by its content, then a file that only sits in the right folder, then a package
that names the capability, then a framework that brings it, then a package used only by tests.
"""

from __future__ import annotations

from typing import NamedTuple

NAMED, DOCUMENT, SUPPORTING, PACKAGE, FRAMEWORK, TEST_ONLY = range(6)


class Hit(NamedTuple):
    """``where`` is a path, or ``manifest#package`` for a dependency."""

    rank: int
    where: str
    #: `declared` (a dependency or generator only) or `present` (a file in the tree)
    strength: str
