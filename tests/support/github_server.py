"""A GitHub stand-in for tests: a real threaded HTTP server on 127.0.0.1 with in-memory state.

PyGithub (and anything else) reaches it through ``base_url=server.url``. It answers the REST
endpoints roadmap-lint uses, in GitHub's shapes, and can be told to misbehave::

    with GitHubServer() as server:                 # owner/name "learner/portfolio"
        server.inject("server_error", operation="issues/create", times=2, status=502)
        ...  # point the code under test at server.url with server.token
        assert len(server.issues) == 1

Faults (``inject(kind, operation=None, times=1, **options)``; ``times=None`` means always):
``unauthorized`` 401, ``forbidden`` 403 without permission, ``rate_limit`` 403 with
``X-RateLimit-Reset`` (option ``reset_in`` seconds), ``secondary_rate_limit`` 429 with
``Retry-After`` (option ``retry_after``), ``not_found`` 404, ``issues_disabled`` 410,
``unprocessable`` 422, ``server_error`` (option ``status``, default 502), ``drop`` (the
connection closes with no answer), ``slow`` (option ``delay`` seconds, then a normal answer),
``lost_answer`` (the request is carried out, then the connection closes with no answer).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support import github_shapes as shapes

#: ``(operation, status, body)`` → raises when a response breaks GitHub's published schema.
Validator = Callable[[str, int, Any], None]

_ROUTES: tuple[tuple[str, str, str], ...] = (
    ("GET", "rate_limit", "rate-limit/get"),
    ("GET", "repos/{owner}/{repo}", "repos/get"),
    ("GET", "repos/{owner}/{repo}/issues", "issues/list-for-repo"),
    ("POST", "repos/{owner}/{repo}/issues", "issues/create"),
    ("GET", "repos/{owner}/{repo}/issues/{number}", "issues/get"),
    ("PATCH", "repos/{owner}/{repo}/issues/{number}", "issues/update"),
    ("POST", "repos/{owner}/{repo}/issues/{number}/comments", "issues/create-comment"),
    ("GET", "repos/{owner}/{repo}/labels/{name}", "issues/get-label"),
    ("POST", "repos/{owner}/{repo}/labels", "issues/create-label"),
)

#: Fault kind → (status, message); the answer every such fault gives.
_REFUSALS: dict[str, tuple[int, str]] = {
    "unauthorized": (401, "Bad credentials"),
    "forbidden": (403, "Resource not accessible by integration"),
    "rate_limit": (403, "API rate limit exceeded for installation ID 1."),
    "secondary_rate_limit": (
        429,
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    ),
    "not_found": (404, "Not Found"),
    "issues_disabled": (410, "Issues are disabled for this repo"),
    "unprocessable": (422, "Validation Failed"),
    "server_error": (502, "Server Error"),
}
FAULTS = (*_REFUSALS, "drop", "slow", "lost_answer")


@dataclass
class Fault:
    kind: str
    operation: str | None
    times: int | None
    options: dict[str, Any] = field(default_factory=dict)

    def matches(self, operation: str) -> bool:
        return (self.times is None or self.times > 0) and self.operation in (None, operation)


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class GitHubServer:
    """One repository's issues, labels and comments, served over HTTP on 127.0.0.1."""

    def __init__(
        self,
        repo: str = "learner/portfolio",
        *,
        token: str = "ghs_TestTokenThatMustNeverBePrinted0001",
        validator: Validator | None = None,
    ) -> None:
        self.repo = repo
        self.token = token
        self.validator = validator
        self.max_per_page = 100
        self.issues: list[dict[str, Any]] = []
        self.labels: dict[str, dict[str, Any]] = {}
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.requests: list[tuple[str, str]] = []
        self.violations: list[str] = []
        self.faults: list[Fault] = []
        self.lock = threading.RLock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> GitHubServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True).start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def web(self) -> str:
        assert self._httpd is not None, "start the server first"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def url(self) -> str:
        """The API base, with a GitHub Enterprise-style path so prefixes are exercised."""
        return f"{self.web}/api/v3"

    # -- faults and inspection -------------------------------------------------------------
    def inject(
        self, kind: str, operation: str | None = None, times: int | None = 1, **options: Any
    ) -> None:
        """Make the next ``times`` requests for ``operation`` (an operationId such as
        ``issues/create``; None: any) fail with fault ``kind``."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; choose from {FAULTS}")
        with self.lock:
            self.faults.append(Fault(kind, operation, times, options))

    def add_issue(
        self, title: str, body: str, labels: list[str], state: str = "open"
    ) -> dict[str, Any]:
        """Seed an issue as if someone had opened it earlier."""
        with self.lock:
            created = self._create_issue({"title": title, "body": body, "labels": labels})
            if state == "closed":
                created.update(state="closed", closed_at=shapes.timestamp())
            return created

    def count(self, operation: str) -> int:
        return sum(1 for _, op in self.requests if op == operation)

    # -- request handling (called from the handler thread) ---------------------------------
    def take_fault(self, operation: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.matches(operation):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def refusal(self, fault: Fault) -> Answer:
        status, message = _REFUSALS[fault.kind]
        status = fault.options.get("status", status)
        headers: dict[str, str] = {}
        extra: dict[str, Any] = {}
        if fault.kind == "rate_limit":
            reset = int(time.time()) + int(fault.options.get("reset_in", 1))
            headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
        elif fault.kind == "secondary_rate_limit":
            headers = {"Retry-After": str(fault.options.get("retry_after", 1))}
        elif fault.kind == "unprocessable":
            extra = {"errors": [{"resource": "Issue", "field": "title", "code": "invalid"}]}
        return Answer(status, shapes.error(message, status, **extra), headers)

    def record(self, operation: str, answer: Answer) -> None:
        if self.validator is None:
            return
        try:
            self.validator(operation, answer.status, answer.body)
        except Exception as problem:  # collected, then reported by the test
            self.violations.append(f"{operation} {answer.status}: {problem}")

    def _create_issue(self, payload: dict[str, Any]) -> dict[str, Any]:
        number = len(self.issues) + 1
        labels = [self._label(name) for name in payload.get("labels", [])]
        fields = {"title": payload["title"], "body": payload.get("body"), "labels": labels}
        created = shapes.issue(self.url, self.web, self.repo, number, fields, self._author())
        self.issues.append(created)
        self.comments[number] = []
        return created

    def _label(self, name: str) -> dict[str, Any]:
        found = self._find_label(name)
        if found is None:  # GitHub creates unknown labels on the fly, grey
            found = self._new_label(name, "ededed", None)
        return found

    def _find_label(self, name: str) -> dict[str, Any] | None:
        return self.labels.get(name.lower())

    def _new_label(self, name: str, color: str, description: str | None) -> dict[str, Any]:
        made = shapes.label(self.url, self.repo, len(self.labels) + 1, name, color, description)
        self.labels[name.lower()] = made
        return made

    def _author(self) -> dict[str, Any]:
        return shapes.user(self.url, "github-actions[bot]", self.web)

    def _issue(self, number: str) -> dict[str, Any] | None:
        index = int(number) - 1 if number.isdigit() else -1
        return self.issues[index] if 0 <= index < len(self.issues) else None

    # -- endpoints ---------------------------------------------------------------------------
    def answer(
        self, operation: str, params: dict[str, str], query: dict[str, str], payload: Any
    ) -> Answer:
        with self.lock:
            return _ENDPOINTS[operation](self, params, query, payload)

    def _rate_limit(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        return Answer(200, shapes.rate_limit(int(time.time()) + 3600))

    def _get_repo(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        owner, name = self.repo.split("/")
        open_count = sum(1 for issue in self.issues if issue["state"] == "open")
        body = shapes.repository(
            self.url, self.web, owner, name, open_issues=open_count, has_issues=True
        )
        return Answer(200, body)

    def _list_issues(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        state = query.get("state", "open")
        wanted = {
            name.strip().lower() for name in query.get("labels", "").split(",") if name.strip()
        }
        chosen = [
            issue
            for issue in self.issues
            if state in ("all", issue["state"])
            and wanted <= {label["name"].lower() for label in issue["labels"]}
        ]
        chosen.sort(key=lambda issue: issue["number"], reverse=query.get("direction") != "asc")
        size = min(int(query.get("per_page", "30")), self.max_per_page)
        page = int(query.get("page", "1"))
        last = max(1, -(-len(chosen) // size))
        headers = {"Link": self._links(query, page, last)} if last > 1 else {}
        return Answer(200, chosen[(page - 1) * size : page * size], headers)

    def _links(self, query: dict[str, str], page: int, last: int) -> str:
        def link(number: int, rel: str) -> str:
            target = urllib.parse.urlencode({**query, "page": str(number)})
            return f'<{self.url}/repos/{self.repo}/issues?{target}>; rel="{rel}"'

        rels = [(page + 1, "next"), (last, "last")] if page < last else []
        rels += [(1, "first"), (page - 1, "prev")] if page > 1 else []
        return ", ".join(link(number, rel) for number, rel in rels)

    def _create(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        if not isinstance(payload, dict) or not payload.get("title"):
            return self.refusal(Fault("unprocessable", None, 1))
        return Answer(201, self._create_issue(payload))

    def _get_issue(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        return Answer(200, found) if found else Answer(404, shapes.error("Not Found", 404))

    def _update(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        if found is None:
            return Answer(404, shapes.error("Not Found", 404))
        for key in ("title", "body", "state_reason"):
            if key in payload:
                found[key] = payload[key]
        if "labels" in payload:
            found["labels"] = [self._label(name) for name in payload["labels"]]
        if payload.get("state") in ("open", "closed"):
            found["state"] = payload["state"]
            found["closed_at"] = shapes.timestamp() if payload["state"] == "closed" else None
        return Answer(200, found)

    def _comment(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        if found is None:
            return Answer(404, shapes.error("Not Found", 404))
        ident = sum(len(items) for items in self.comments.values()) + 1
        made = shapes.comment(
            self.url, self.web, self.repo, found["number"], ident, payload["body"], self._author()
        )
        self.comments[found["number"]].append(made)
        found["comments"] += 1
        return Answer(201, made)

    def _get_label(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._find_label(params["name"])
        return Answer(200, found) if found else Answer(404, shapes.error("Not Found", 404))

    def _create_label(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        if self._find_label(payload["name"]) is not None:
            errors = [{"resource": "Label", "code": "already_exists", "field": "name"}]
            return Answer(422, shapes.error("Validation Failed", 422, errors=errors))
        made = self._new_label(
            payload["name"], payload.get("color", "ededed"), payload.get("description")
        )
        return Answer(201, made)


_ENDPOINTS: dict[str, Callable[[GitHubServer, dict[str, str], dict[str, str], Any], Answer]] = {
    "rate-limit/get": GitHubServer._rate_limit,
    "repos/get": GitHubServer._get_repo,
    "issues/list-for-repo": GitHubServer._list_issues,
    "issues/create": GitHubServer._create,
    "issues/get": GitHubServer._get_issue,
    "issues/update": GitHubServer._update,
    "issues/create-comment": GitHubServer._comment,
    "issues/get-label": GitHubServer._get_label,
    "issues/create-label": GitHubServer._create_label,
}


def route(method: str, path: str, repo: str) -> tuple[str, dict[str, str]] | None:
    """The operationId and path parameters for a request, or None when nothing matches."""
    parts = [urllib.parse.unquote(part) for part in path.strip("/").split("/")]
    for verb, pattern, operation in _ROUTES:
        names = pattern.split("/")
        if verb != method or len(names) != len(parts):
            continue
        params: dict[str, str] = {}
        for name, part in zip(names, parts, strict=True):
            if name.startswith("{"):
                params[name[1:-1]] = part
            elif name != part:
                break
        else:
            if "owner" in params and f"{params['owner']}/{params['repo']}" != repo:
                return operation, {**params, "unknown_repo": "1"}
            return operation, params
    return None


class _Handler(BaseHTTPRequestHandler):
    server_state: GitHubServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        return

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def _serve(self) -> None:
        state = self.server_state
        address = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(address.query))
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = address.path.removeprefix("/api/v3")
        found = route(self.command, path, state.repo)
        operation = found[0] if found else "unknown"
        with state.lock:
            state.requests.append((self.command, operation))
        if found is None:
            return self._send(operation, Answer(404, shapes.error("Not Found", 404)))
        if not self._authorized():
            return self._send(operation, Answer(401, shapes.error("Bad credentials", 401)))
        if "unknown_repo" in found[1]:
            return self._send(operation, Answer(404, shapes.error("Not Found", 404)))
        fault = state.take_fault(operation)
        if fault is not None and fault.kind in _REFUSALS:
            return self._send(operation, state.refusal(fault))
        if fault is not None and fault.kind == "drop":
            return self._drop()
        if fault is not None and fault.kind == "slow":
            time.sleep(float(fault.options.get("delay", 1.0)))
        answer = state.answer(operation, found[1], query, json.loads(raw) if raw else None)
        if fault is not None and fault.kind == "lost_answer":
            return self._drop()
        self._send(operation, answer)

    def _authorized(self) -> bool:
        given = self.headers.get("Authorization", "")
        return given in (f"token {self.server_state.token}", f"Bearer {self.server_state.token}")

    def _send(self, operation: str, answer: Answer) -> None:
        self.server_state.record(operation, answer)
        data = json.dumps(answer.body).encode()
        self.send_response(answer.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-RateLimit-Limit", "5000")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client may have gone already
            self.connection.shutdown(socket.SHUT_RDWR)
