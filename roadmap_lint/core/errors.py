"""The one exception type for problems the user can fix (exit code 2)."""

from __future__ import annotations


class UserError(Exception):
    """A bad flag, a missing file, a refusal from GitHub: anything the tool cannot work around.

    ``main`` prints ``str(error)`` as one line on stderr and exits 2; ``hint`` follows it.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint
