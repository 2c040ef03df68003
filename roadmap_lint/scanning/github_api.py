"""`--via api`: read a GitHub repository through the REST API instead of cloning it.

Three kinds of requests: the HEAD commit, its whole tree (`git/trees/<sha>?recursive=1`),
and one `git/blobs` request per blob read; for authorship, the contributors list
(`contributors?anon=1`, a few pages at most). The token travels in an `Authorization` header
that is never forwarded on a redirect and never appears in an error.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from roadmap_lint.github.answers import (
    MAX_ANSWER_BYTES,
    MalformedAnswer,
    blob_content,
    commit_fields,
    tree_blobs,
)
from roadmap_lint.scanning.access import RemoteSettings
from roadmap_lint.scanning.authorship import History
from roadmap_lint.scanning.gitread import ScanError
from roadmap_lint.scanning.local import Listing
from roadmap_lint.scanning.signals import BLOB_MAX_BYTES

T = TypeVar("T")
#: Pages of 100 contributors read at most; a larger project's authorship is incomplete.
_CONTRIBUTOR_PAGES = 5

_TIMEOUT = 30
_REASONS = {
    401: "GitHub refused the token (401): check GITHUB_TOKEN",
    403: "GitHub refused the request (403): rate limited, or the token lacks access",
    404: "not found on GitHub (404): check owner/name, or set GITHUB_TOKEN for a private repo",
}


def open_api(owner_name: str, settings: RemoteSettings) -> Listing:
    """The HEAD tree of ``owner/name`` read through the GitHub API."""
    base = f"{settings.api_url.rstrip('/')}/repos/{urllib.parse.quote(owner_name)}"
    sha, when = _checked("the HEAD commit", commit_fields, _get(f"{base}/commits/HEAD", settings))
    tree = _get(f"{base}/git/trees/{sha}?recursive=1", settings)
    entries, truncated = _checked("the tree", tree_blobs, tree)
    note = "GitHub truncated the tree: only part of it was scanned" if truncated else None

    def read(paths: Sequence[str]) -> Mapping[str, bytes]:
        return _read_blobs(base, entries, paths, settings)

    def history() -> History:
        return _contributors(base, settings)

    return Listing(sorted(entries), read, sha, when, note, history=history)


def _contributors(base: str, settings: RemoteSettings) -> History:
    """Commits per contributor, by login (`login:ada`) or, for commits GitHub cannot tie to
    an account, by e-mail address. Incomplete (so "unknown" rather than "none") when there
    were more pages than are read, or an answer was not the list the API documents."""
    commits: Counter[str] = Counter()
    for page in range(1, _CONTRIBUTOR_PAGES + 1):
        answer = _get(f"{base}/contributors?anon=1&per_page=100&page={page}", settings)
        if not isinstance(answer, list):
            return History(commits, complete=False)
        for entry in answer:
            identity = entry.get("login") if isinstance(entry, dict) else None
            identity = f"login:{identity}" if identity else _field(entry, "email")
            count = _field(entry, "contributions")
            if isinstance(identity, str) and isinstance(count, int) and count > 0:
                commits[identity] += count
        if len(answer) < 100:
            return History(commits, complete=True)
    return History(commits, complete=False)


def _field(entry: Any, name: str) -> Any:
    return entry.get(name) if isinstance(entry, dict) else None


def _read_blobs(
    base: str,
    entries: Mapping[str, tuple[str, int]],
    paths: Sequence[str],
    settings: RemoteSettings,
) -> dict[str, bytes]:
    contents = {}
    for path in paths:
        sha, size = entries[path]
        if size <= BLOB_MAX_BYTES:
            blob = _get(f"{base}/git/blobs/{sha}", settings)
            contents[path] = _checked(f"the blob of {path}", blob_content, blob)
    return contents


def _checked(what: str, check: Callable[[Any], T], answer: Any) -> T:
    try:
        return check(answer)
    except MalformedAnswer as error:
        raise ScanError(
            f"the GitHub API's answer for {what} is not what its API documents: {error}"
            " (check GITHUB_API_URL)"
        ) from None


def _get(url: str, settings: RemoteSettings) -> Any:
    request = urllib.request.Request(url, headers=_headers())
    if settings.token:
        request.add_unredirected_header("Authorization", f"Bearer {settings.token}")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            body = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise ScanError(_REASONS.get(error.code, f"GitHub API answered {error.code}")) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        reason = getattr(reason, "strerror", None) or reason
        raise ScanError(
            settings.redact(
                f"cannot reach the GitHub API at {settings.api_url}: {reason}"
                " (check GITHUB_API_URL and the network)"
            )
        ) from None
    if len(body) > MAX_ANSWER_BYTES:
        raise ScanError("the GitHub API's answer is too large to read (check GITHUB_API_URL)")
    if not body.strip():
        return None  # 204: a repository with no commit has no contributors
    try:
        return json.loads(body)
    except ValueError:
        raise ScanError(
            "the GitHub API answered something that is not JSON (check GITHUB_API_URL)"
        ) from None


def _headers() -> dict[str, str]:
    return {
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "roadmap-lint",
    }
