"""What a failed GitHub call means: worth another try, a wait for the rate limit, or a refusal
the user has to fix (one ``UserError`` line that says what to change)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import redact, safe

#: How long to wait on a rate limit that names no time (GitHub's advice: at least a minute).
DEFAULT_RATE_WAIT = 60.0

#: status → (what went wrong, what to fix). ``{repo}`` and ``{what}`` are filled in.
REFUSALS: dict[int, tuple[str, str]] = {
    401: (
        "GitHub refused the token (401 bad credentials)",
        "the token is wrong or expired: in a workflow pass ${{{{ secrets.GITHUB_TOKEN }}}}; "
        "locally set GITHUB_TOKEN or --token",
    ),
    403: (
        "GitHub refused to {what} in {repo} (403 forbidden)",
        "the workflow needs `permissions: issues: write`; a personal token needs the `repo` "
        "scope or Issues read/write",
    ),
    404: (
        "GitHub found no repository {repo}, or the token cannot see it (404)",
        "check --repo / GITHUB_REPOSITORY (owner/name), GITHUB_API_URL, and that the token "
        "can read the repository",
    ),
    410: (
        "issues are turned off in {repo} (410 gone)",
        "turn Issues on in the repository's Settings → General → Features, or use --dry-run",
    ),
    422: (
        "GitHub rejected the request to {what} in {repo} (422 validation failed)",
        "run `roadmap-lint review --dry-run` to see the title, labels and body it would send",
    ),
}


@dataclass(frozen=True)
class Transient:
    """Worth another try after a pause: a 5xx answer, a dropped or timed-out connection."""

    reason: str


@dataclass(frozen=True)
class Malformed:
    """An answer that is not GitHub's JSON (see ``answers``); trying again would not help, and
    a write whose answer was garbled is found by the next run's marker, never repeated."""

    reason: str


@dataclass(frozen=True)
class RateLimited:
    """GitHub asked us to wait ``seconds`` before the next request."""

    seconds: float


@dataclass(frozen=True)
class Unreachable:
    """No connection could be opened at all (refused, or the name does not resolve): the
    address is wrong far more often than GitHub is down, so it is said at once."""

    reason: str


def fault_of(
    error: BaseException, *, now: float | None = None
) -> Transient | RateLimited | Malformed | Unreachable | None:
    """Sort a failure into a kind this layer handles; None means "refused" (see ``refusal``)."""
    malformed = _malformed_reason(error)
    if malformed:
        return Malformed(malformed)
    status = getattr(error, "status", None)
    if not isinstance(status, int):
        unreachable = _unreachable_reason(error)
        if unreachable:
            return Unreachable(unreachable)
        return Transient(_connection_reason(error)) if _is_connection(error) else None
    headers = {str(k).lower(): str(v) for k, v in (getattr(error, "headers", None) or {}).items()}
    if status in (403, 429) and _rate_limited(status, headers, _message(error)):
        return RateLimited(_wait_seconds(headers, time.time() if now is None else now))
    if status >= 500:
        return Transient(f"GitHub answered {status}")
    return None


def refusal(error: BaseException, *, what: str, repo: str, token: str) -> UserError:
    """The one line (and hint) for a refusal; GitHub's own words follow, without secrets."""
    status = getattr(error, "status", None)
    message, hint = REFUSALS.get(
        status if isinstance(status, int) else 0,
        (f"GitHub refused to {{what}} in {{repo}} ({status})", "see GitHub's message above"),
    )
    detail = _message(error)
    line = message.format(what=what, repo=repo) + (f": {detail}" if detail else "")
    return UserError(redact(safe(line), [token]), hint=hint.format(what=what, repo=repo))


def _rate_limited(status: int, headers: dict[str, str], message: str) -> bool:
    if "retry-after" in headers or headers.get("x-ratelimit-remaining") == "0":
        return True
    return status == 429 or "rate limit" in message.lower()


def _wait_seconds(headers: dict[str, str], now: float) -> float:
    for name, to_seconds in (
        ("retry-after", float),
        ("x-ratelimit-reset", lambda value: float(value) - now + 1),
    ):
        try:
            return max(0.0, to_seconds(headers[name]))
        except (KeyError, ValueError):
            continue
    return DEFAULT_RATE_WAIT


def _message(error: BaseException) -> str:
    data: Any = getattr(error, "data", None)
    message = data.get("message") if isinstance(data, dict) else None
    return message.strip()[:200] if isinstance(message, str) else ""


def _malformed_reason(error: BaseException) -> str:
    import json

    from github import BadAttributeException

    from roadmap_lint.github.answers import MalformedAnswer

    if isinstance(error, json.JSONDecodeError):
        return f"it is not valid JSON ({error.msg} at character {error.pos})"
    if isinstance(error, BadAttributeException):
        return f"a field has the wrong type ({str(error.actual_value)[:60]!r})"
    return str(error) if isinstance(error, MalformedAnswer) else ""


def _is_connection(error: BaseException) -> bool:
    import http.client

    import requests

    kinds = (requests.ConnectionError, requests.Timeout, http.client.HTTPException, OSError)
    return isinstance(error, kinds)


def _connection_reason(error: BaseException) -> str:
    import requests

    if isinstance(error, requests.Timeout):
        return "GitHub did not answer in time"
    return "the connection to GitHub dropped"


def _unreachable_reason(error: BaseException) -> str:
    """Why no connection could be opened, from the error ``requests`` wraps; else ""."""
    import requests
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    if not isinstance(error, requests.ConnectionError) or not error.args:
        return ""
    cause = getattr(error.args[0], "reason", None)
    if isinstance(cause, NameResolutionError):
        return "the server's name does not resolve"
    if isinstance(cause, NewConnectionError) and "refused" in str(cause).lower():
        return "the connection was refused"
    return ""
