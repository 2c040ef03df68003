"""What the commands read from the environment: the GitHub token, how to reach GitHub, and
what GitHub Actions says about the run.

One place for every command, so ``check``, ``scan``, ``render`` and ``review`` all accept the
same variables in the same order, and a malformed token is refused the same way everywhere.
Everything below ``cli`` receives these values as options and never reads the environment.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypedDict

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.names import GITHUB_API, GITHUB_WEB
from roadmap_lint.core.secrets import keep_secret

if TYPE_CHECKING:
    from roadmap_lint.scanning.access import RemoteSettings

#: Where a token is looked for, in order (``GH_TOKEN`` is the GitHub CLI's name for it).
TOKEN_VARIABLES = ("GITHUB_TOKEN", "GH_TOKEN")
#: Every variable that may hold a token, masked in any message printed.
SECRET_VARIABLES = (*TOKEN_VARIABLES, "INPUT_GITHUB-TOKEN", "INPUT_GITHUB_TOKEN")


#: What GitHub's tokens are made of (``ghp_…``, ``github_pat_…``, forty hex digits, ``v1.…``,
#: a JWT). A token of other characters could be echoed in another form (quoted, escaped,
#: URL-encoded) that masking the token as given would miss.
_TOKEN = re.compile(r"[A-Za-z0-9_.~+/=-]{8,}")


def github_token(given: str | None = None, *, source: str = "--token") -> str | None:
    """The token from ``given`` (a flag), else the first variable of ``TOKEN_VARIABLES`` set.

    Surrounding whitespace is dropped (a token pasted from a file keeps its newline); any
    other character a token never holds, or a value too short to be one, is refused with a
    line naming where it came from, never the value. The token, in every form it is sent
    in, is masked in every message from then on (``core.secrets.keep_secret``).
    """
    if given is None:
        source, given = next(
            ((name, os.environ[name]) for name in TOKEN_VARIABLES if os.environ.get(name)),
            ("", None),
        )
    if given is None or not given.strip():
        return None
    token = given.strip()
    if not _TOKEN.fullmatch(token):
        raise UserError(
            f"{source} does not hold a usable token: a token is at least 8 letters, digits or"
            " characters from _.~+/=- and nothing else (no spaces, quotes or control characters)",
            hint="set it to the token alone, as GitHub shows it",
        )
    from roadmap_lint.scanning.access import basic_credentials

    keep_secret(token, basic_credentials(token))
    return token


def environment_secrets() -> list[str]:
    """The values of every variable that may hold a token, stripped and as set."""
    values = [os.environ.get(name, "") for name in SECRET_VARIABLES]
    return [form for value in values for form in (value, value.strip()) if form]


def remote_settings(token: str | None = None) -> RemoteSettings:
    """Token, clone cache and GitHub addresses, from the variables GitHub Actions sets.

    Without a usable home or cache folder, remote clones go to a temporary folder for this
    run: only they need the cache, and a container with no home must still lint a roadmap.
    """
    from roadmap_lint.scanning.access import RemoteSettings

    return RemoteSettings(
        token=token if token is not None else github_token(),
        cache_dir=_cache_dir(),
        github_url=os.environ.get("GITHUB_SERVER_URL") or GITHUB_WEB,
        api_url=api_url(),
    )


def api_url() -> str:
    """GitHub's REST API: ``GITHUB_API_URL`` (set by Actions, an Enterprise server's), else
    github.com's."""
    return os.environ.get("GITHUB_API_URL") or GITHUB_API


def _cache_dir() -> Path | None:
    cache_home = os.environ.get("XDG_CACHE_HOME")
    if not cache_home:
        try:
            cache_home = str(Path.home() / ".cache")
        except RuntimeError:  # no HOME, and the user id has no entry in the password database
            return None
    return Path(cache_home) / "roadmap-lint"


class CheckEnvironment(TypedDict):
    """The options of ``CheckOptions`` that come from the environment, not from flags."""

    remote: RemoteSettings
    workspace: Path | None
    in_ci: bool


def check_environment(token: str | None = None) -> CheckEnvironment:
    """What every command that runs the check passes it from the environment.

    ``GITHUB_ACTIONS=true`` is how GitHub Actions says a step runs there (``CI`` is set by
    every CI service, whose checkouts differ); ``GITHUB_WORKSPACE`` is its checkout folder.
    """
    workspace = os.environ.get("GITHUB_WORKSPACE")
    return {
        "remote": remote_settings(token),
        "workspace": Path(workspace) if workspace else None,
        "in_ci": os.environ.get("GITHUB_ACTIONS") == "true",
    }


def review_repository(given: str | None, roadmap: Path) -> str | None:
    """Where review issues go: ``--repo``, else ``GITHUB_REPOSITORY`` (set in every workflow),
    else the github.com ``origin`` remote of the repository holding the roadmap."""
    from roadmap_lint.core.names import github_repo_of_url
    from roadmap_lint.git.worktree import origin_url

    chosen = given or os.environ.get("GITHUB_REPOSITORY")
    if chosen:
        return chosen
    origin = origin_url(roadmap.absolute().parent)
    return github_repo_of_url(origin) if origin else None


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, never with NO_COLOR; FORCE_COLOR forces it on."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()
