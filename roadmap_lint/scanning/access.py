"""How remote repositories are reached: the token and addresses, filled in by the CLI.

Kept apart from `remote` so that scanning a local folder imports nothing it does not need.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from roadmap_lint.core.names import GITHUB_API, GITHUB_WEB
from roadmap_lint.core.secrets import redact


class RemoteSettings(NamedTuple):
    """How to reach remote repositories; the CLI fills it from the environment."""

    #: never shown by ``repr`` (see `__repr__`), so a debug print or a traceback cannot leak it
    token: str | None = None
    #: Folder holding the clones; None clones into a temporary folder for this run only.
    cache_dir: Path | None = None
    github_url: str = GITHUB_WEB
    api_url: str = GITHUB_API

    def secrets(self) -> list[str]:
        """Every form of the token that could leak, for `redact`."""
        return [self.token, basic_credentials(self.token)] if self.token else []

    def redact(self, text: str) -> str:
        return redact(text, self.secrets())

    def __repr__(self) -> str:
        token = "<set>" if self.token else None
        return (
            f"RemoteSettings(token={token}, cache_dir={self.cache_dir!r}, "
            f"github_url={self.github_url!r}, api_url={self.api_url!r})"
        )


def basic_credentials(token: str) -> str:
    """The HTTP basic credentials git hosts accept for a token (base64, so it is a secret too)."""
    import base64  # only with a token

    return base64.b64encode(f"x-access-token:{token}".encode()).decode()
