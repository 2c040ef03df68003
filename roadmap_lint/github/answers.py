"""GitHub's answers are checked before they are believed.

``GITHUB_API_URL`` may point at a proxy, a GitHub Enterprise server or something hostile, and
even github.com answers with an HTML page now and then. PyGithub turns whatever arrives into
objects without complaint (an HTML page becomes ``{"data": "<html>…"}``, a dict where a list
belongs is iterated by its keys), and a listing misread as empty is how a duplicate issue is
born. So every answer ``review`` relies on is bounded in size and checked for the few fields it
reads; anything else is a ``MalformedAnswer``, which ``retry`` turns into one line (exit 2).
"""

from __future__ import annotations

import base64
from typing import Any

from roadmap_lint.core.errors import UserError
from roadmap_lint.git.catfile import is_object_id

#: The largest answer read. A page of 100 issues with bodies at GitHub's 65,536-character limit
#: stays well under it; anything bigger is not an answer worth holding in memory.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
#: Pages of issues listed at most (100 a page): more than any real review history, and a stop
#: for a server whose pages never end.
MAX_PAGES = 30
PER_PAGE = 100


class MalformedAnswer(Exception):
    """An answer that is not the JSON GitHub documents for the request."""


def issue_fields(raw: Any) -> dict[str, Any]:
    """The fields of an issue ``review`` reads, checked; ``MalformedAnswer`` when one is off."""
    if not isinstance(raw, dict) or _is_wrapped_text(raw):
        raise MalformedAnswer(_not_a("an issue (a JSON object)", raw))
    number = raw.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise MalformedAnswer(f"an issue's number is {_shown(number)}, not a positive integer")
    for name in ("title", "body"):
        if not isinstance(raw.get(name), str | None):
            raise MalformedAnswer(f"issue #{number}'s {name} is {_shown(raw[name])}, not text")
    if raw.get("state") not in ("open", "closed"):
        raise MalformedAnswer(f"issue #{number}'s state is {_shown(raw.get('state'))}")
    if not isinstance(raw.get("html_url"), str):
        raise MalformedAnswer(f"issue #{number} has no html_url")
    return raw


def issue_list(raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise MalformedAnswer(_not_a("a list of issues (a JSON array)", raw))
    return raw


def check_repository(raw: Any) -> None:
    if not isinstance(raw, dict) or _is_wrapped_text(raw):
        raise MalformedAnswer(_not_a("a repository (a JSON object)", raw))
    if not all(isinstance(raw.get(name), str) for name in ("full_name", "url")):
        raise MalformedAnswer("the repository has no full_name or url")


def commit_fields(raw: Any) -> tuple[str, str | None]:
    """The id and committer date of a ``commits/<ref>`` answer (the date may be absent)."""
    if not isinstance(raw, dict):
        raise MalformedAnswer(_not_a("a commit (a JSON object)", raw))
    sha = raw.get("sha")
    if not isinstance(sha, str) or not is_object_id(sha):
        raise MalformedAnswer(f"the commit's sha is {_shown(sha)}, not an object id")
    commit = raw.get("commit")
    committer = commit.get("committer") if isinstance(commit, dict) else None
    if not isinstance(committer, dict):
        raise MalformedAnswer(f"the commit's committer is missing from {_shown(commit)}")
    date = committer.get("date")
    if date is not None and not isinstance(date, str):
        raise MalformedAnswer(f"the commit's date is {_shown(date)}, not text")
    return sha, date


def tree_blobs(raw: Any) -> tuple[dict[str, tuple[str, int]], bool]:
    """Path → (blob id, size) for the files of a ``git/trees/<sha>?recursive=1`` answer, and
    whether GitHub cut the listing short."""
    if not isinstance(raw, dict) or not isinstance(raw.get("tree"), list):
        raise MalformedAnswer(_not_a("a tree (an object with a `tree` array)", raw))
    truncated = raw.get("truncated", False)
    if not isinstance(truncated, bool):
        raise MalformedAnswer(f"the tree's truncated flag is {_shown(truncated)}")
    blobs: dict[str, tuple[str, int]] = {}
    for entry in raw["tree"]:
        path = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(path, str):
            raise MalformedAnswer(f"a tree entry is {_shown(entry)}")
        if entry.get("type") != "blob":
            continue
        sha, size = entry.get("sha"), entry.get("size")
        if not isinstance(sha, str) or not is_object_id(sha):
            raise MalformedAnswer(f"the tree entry {_shown(path)} has the sha {_shown(sha)}")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise MalformedAnswer(f"the tree entry {_shown(path)} has the size {_shown(size)}")
        blobs[path] = (sha, size)
    return blobs, truncated


def blob_content(raw: Any) -> bytes:
    """The bytes of a ``git/blobs/<sha>`` answer."""
    if not isinstance(raw, dict):
        raise MalformedAnswer(_not_a("a blob (a JSON object)", raw))
    content, encoding = raw.get("content"), raw.get("encoding")
    if not isinstance(content, str) or encoding not in ("base64", "utf-8"):
        raise MalformedAnswer(f"a blob's content is {_shown(content)} in {_shown(encoding)}")
    if encoding == "utf-8":
        return content.encode("utf-8", "surrogateescape")
    try:
        return base64.b64decode(content)  # GitHub breaks the text into lines: those are skipped
    except ValueError:  # binascii.Error is one
        raise MalformedAnswer("a blob's content is not base64") from None


def _is_wrapped_text(raw: dict[str, Any]) -> bool:
    """PyGithub's wrapping of an answer that was not JSON at all (a GET's also gets a url)."""
    return set(raw) <= {"data", "url"} and isinstance(raw.get("data"), str)


def _not_a(what: str, raw: Any) -> str:
    if isinstance(raw, dict) and _is_wrapped_text(raw):
        return f"it is not JSON but text starting {_shown(raw['data'][:40])}"
    return f"expected {what}, got {_JSON_NAMES.get(type(raw), type(raw).__name__)}"


_JSON_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def _shown(value: Any) -> str:
    return repr(value)[:60]


def cap_body(response: Any, **_: Any) -> Any:
    """A ``requests`` response hook: read at most ``MAX_ANSWER_BYTES`` of the body.

    Hooks run before ``requests`` reads the body, so this read is the only one; filling
    ``_content`` is how ``requests`` itself stores a body it has read.
    """
    declared = response.headers.get("Content-Length", "0")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        response.close()
        raise _too_large()
    data = response.raw.read(MAX_ANSWER_BYTES + 1, decode_content=True)
    if len(data) > MAX_ANSWER_BYTES:
        response.close()
        raise _too_large()
    response._content = data
    response._content_consumed = True
    return response


def _too_large() -> UserError:
    return UserError(
        f"GitHub's answer was larger than {MAX_ANSWER_BYTES // (1024 * 1024)} MB; "
        "roadmap-lint stopped reading it",
        hint="check that GITHUB_API_URL points at GitHub's API",
    )


def bounded_connections() -> None:
    """Make every PyGithub connection read its answers through ``cap_body``.

    PyGithub's public hook for its connection classes also turns off connection reuse: each
    request opens its own connection, a cost of a few handshakes per run.
    """
    from github.Requester import (
        HTTPRequestsConnectionClass,
        HTTPSRequestsConnectionClass,
        Requester,
    )

    def bounded(base: Any) -> Any:
        class Bounded(base):  # type: ignore[misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self.session.hooks["response"].append(cap_body)

        Bounded.__name__ = f"Bounded{base.__name__}"
        return Bounded

    Requester.injectConnectionClasses(
        bounded(HTTPRequestsConnectionClass), bounded(HTTPSRequestsConnectionClass)
    )
