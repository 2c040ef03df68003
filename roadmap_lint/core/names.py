"""Names that several stages read the same way: GitHub repositories and report periods."""

from __future__ import annotations

import datetime as dt
import re

#: github.com's own addresses, for the web and git, and for the REST API.
GITHUB_WEB = "https://github.com"
GITHUB_API = "https://api.github.com"

# GitHub's own rules: an owner of 1-39 letters, digits and inner hyphens; a repository name
# of letters, digits, '.', '_' and '-' that is not '.' or '..' (nor starts with a dot).
_OWNER_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,39}/(?!\.)[A-Za-z0-9._-]{1,100}")
_GITHUB_REMOTE = re.compile(
    r"(?:https://(?:[^@/\s]+@)?github\.com/|ssh://git@github\.com/|git@github\.com:)"
    r"(?P<slug>[^/\s]+/[^/\s]+?)(?:\.git)?/?"
)


def github_repo(text: str) -> str | None:
    """``owner/name`` when ``text`` is one (a trailing ``.git`` dropped), else None."""
    slug = text.removesuffix(".git")
    return slug if _OWNER_NAME.fullmatch(slug) else None


def github_repo_of_url(url: str) -> str | None:
    """``owner/name`` of a github.com clone URL (https, ssh or scp-like), else None."""
    found = _GITHUB_REMOTE.fullmatch(url.strip())
    return github_repo(found.group("slug")) if found else None


def quarter(day: dt.date) -> str:
    """``2026-Q4`` for any day of October to December 2026."""
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"  # the output schema wants 4 digits
