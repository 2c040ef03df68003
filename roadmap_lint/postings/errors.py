"""The one exception this package raises: a problem the user must fix before postings count.

The package cannot import roadmap-lint's own ``UserError`` (it stays free of the rest of the
tool so that it can be used and tested alone); the CLI turns a ``PostingsError`` into its own
error type, keeping the message and the hint.
"""

from __future__ import annotations

#: Where a user learns the vocabulary's shape; the hint of most vocabulary errors.
VOCABULARY_HINT = "see docs/brief.md, section 'The vocabulary'"


class PostingsError(Exception):
    """A postings folder that does not exist, or a user vocabulary that cannot be used.

    ``str(error)`` is one line saying what is wrong and where; ``hint`` says how to fix it.
    A problem with a single posting is never raised: it becomes a note instead.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint
