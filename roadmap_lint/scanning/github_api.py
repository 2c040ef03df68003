"""`--via api`: read a GitHub repository through the REST API instead of cloning it.

Three kinds of requests: the HEAD commit, its whole tree (`git/trees/<sha>?recursive=1`),
and one `git/blobs` request per blob read; for authorship, the contributors list
(`contributors?anon=1`, a few pages at most). The token travels in an `Authorization` header
that is never forwarded on a redirect and never appears in an error.
"""

from __future__ import annotations

import base64
import binascii
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from roadmap_lint.scanning.access import RemoteSettings
from roadmap_lint.scanning.authorship import History
from roadmap_lint.scanning.gitread import ScanError
from roadmap_lint.scanning.local import Listing
from roadmap_lint.scanning.signals import BLOB_MAX_BYTES

_MAX_RESPONSE = 64 * 1024 * 1024
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
    commit = _get(f"{base}/commits/HEAD", settings)
    sha = str(commit.get("sha") or "")
    when = ((commit.get("commit") or {}).get("committer") or {}).get("date")
    tree = _get(f"{base}/git/trees/{urllib.parse.quote(sha)}?recursive=1", settings)
    entries = {
        str(entry["path"]): entry
        for entry in tree.get("tree") or []
        if isinstance(entry, dict) and entry.get("type") == "blob" and "path" in entry
    }
    note = (
        "GitHub truncated the tree: only part of it was scanned" if tree.get("truncated") else None
    )

    def read(paths: Sequence[str]) -> Mapping[str, bytes]:
        return _read_blobs(base, entries, paths, settings)

    def history() -> History:
        return _contributors(base, settings)

    when_text = str(when) if when else None
    return Listing(sorted(entries), read, sha or None, when_text, note, history=history)


def _contributors(base: str, settings: RemoteSettings) -> History:
    """Commits per contributor, by login (`login:ada`) or, for commits GitHub cannot tie to
    an account, by e-mail address. Complete unless there were more pages than are read."""
    commits: Counter[str] = Counter()
    for page in range(1, _CONTRIBUTOR_PAGES + 1):
        answer = _get_json(f"{base}/contributors?anon=1&per_page=100&page={page}", settings)
        entries = [entry for entry in answer if isinstance(entry, dict)] if answer else []
        for entry in entries:
            identity = f"login:{entry['login']}" if entry.get("login") else entry.get("email")
            count = entry.get("contributions")
            if isinstance(identity, str) and isinstance(count, int) and count > 0:
                commits[identity] += count
        if len(entries) < 100:
            return History(commits, complete=True)
    return History(commits, complete=False)


def _read_blobs(
    base: str, entries: Mapping[str, Any], paths: Sequence[str], settings: RemoteSettings
) -> dict[str, bytes]:
    contents = {}
    for path in paths:
        entry = entries.get(path) or {}
        if int(entry.get("size") or 0) > BLOB_MAX_BYTES:
            continue
        blob = _get(f"{base}/git/blobs/{urllib.parse.quote(str(entry.get('sha', '')))}", settings)
        try:
            contents[path] = base64.b64decode(str(blob.get("content", "")))
        except (binascii.Error, ValueError):
            continue
    return contents


def _get(url: str, settings: RemoteSettings) -> dict[str, Any]:
    data = _get_json(url, settings)
    if not isinstance(data, dict):
        raise ScanError("the GitHub API answered an unexpected shape")
    return data


def _get_json(url: str, settings: RemoteSettings) -> Any:
    """The JSON answer, any shape; an empty body (204: no contributors yet) is None."""
    request = urllib.request.Request(url, headers=_headers())
    if settings.token:
        request.add_unredirected_header("Authorization", f"Bearer {settings.token}")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            body = response.read(_MAX_RESPONSE + 1)
    except urllib.error.HTTPError as error:
        raise ScanError(_REASONS.get(error.code, f"GitHub API answered {error.code}")) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ScanError(settings.redact(f"cannot reach the GitHub API: {reason}")) from None
    if len(body) > _MAX_RESPONSE:
        raise ScanError("the GitHub API answer is too large to read")
    if not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError:
        raise ScanError("the GitHub API answered something that is not JSON") from None


def _headers() -> dict[str, str]:
    return {
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "roadmap-lint",
    }
