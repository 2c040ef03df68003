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
Broken answers (the request is carried out, the answer is not GitHub's and is not validated):
``malformed_json`` (cut-off JSON), ``html_page`` (an HTML error page with status 200),
``reshape`` (option ``change``: a function from the real JSON body to the one sent),
``endless_pages`` (a ``Link: rel="next"`` on every page; option ``loop``: to the same page),
``huge`` (the real body followed by option ``size`` bytes of JSON whitespace, sent in slices;
option ``declare=False`` leaves out ``Content-Length``, so only the connection's end bounds it).

State to seed and inspect: ``issues``, ``labels`` (by lower-case name) and ``comments`` (by
issue number) as GitHub's JSON; ``add_issue(...)``; ``requests`` as ``(method, operationId)``
and ``count(operationId)``; ``max_per_page`` to force pagination (``Link`` headers). Every
answer goes to ``validator`` (see ``github_schema.checked_server``); breaches are collected in
``violations``.
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
from tests.support.github_state import Answer, RepoState, route

#: ``(operation, status, body)`` → raises when a response breaks GitHub's published schema.
Validator = Callable[[str, int, Any], None]

#: Fault kind → (status, message): the answer every such fault gives.
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
_JSON = "application/json; charset=utf-8"


@dataclass(frozen=True)
class Raw:
    """An answer as bytes: content type, body, extra headers, and blank padding after it."""

    kind: str
    data: bytes
    headers: dict[str, str] = field(default_factory=dict)
    padding: int = 0
    declare: bool = True


#: A broken answer, from the real answer, the fault's options and the request's URL.
Breaker = Callable[[Answer, dict[str, Any], str], Raw]


def _next_page(answer: Answer, options: dict[str, Any], url: str) -> Raw:
    """The real page with a ``next`` link to the page after it (``loop``: to itself)."""
    address = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(address.query))
    query["page"] = (
        query.get("page", "1") if options.get("loop") else str(int(query.get("page", "1")) + 1)
    )
    target = address._replace(query=urllib.parse.urlencode(query)).geturl()
    return Raw(_JSON, json.dumps(answer.body).encode(), {"Link": f'<{target}>; rel="next"'})


_BROKEN: dict[str, Breaker] = {
    "malformed_json": lambda answer, options, url: Raw(_JSON, b'{"number": 1, "title": "cut'),
    "html_page": lambda answer, options, url: Raw(
        "text/html; charset=utf-8",
        b"<!DOCTYPE html><html><body><h1>Unicorn!</h1><p>Try again later.</p></body></html>",
    ),
    "reshape": lambda answer, options, url: Raw(
        _JSON, json.dumps(options["change"](json.loads(json.dumps(answer.body)))).encode()
    ),
    "endless_pages": _next_page,
    "huge": lambda answer, options, url: Raw(
        _JSON,
        json.dumps(answer.body).encode(),
        padding=int(options.get("size", 40 << 20)),
        declare=bool(options.get("declare", True)),
    ),
}
FAULTS = (*_REFUSALS, "drop", "slow", "lost_answer", *_BROKEN)


@dataclass
class Fault:
    kind: str
    operation: str | None
    times: int | None
    options: dict[str, Any] = field(default_factory=dict)

    def matches(self, operation: str) -> bool:
        return (self.times is None or self.times > 0) and self.operation in (None, operation)


class GitHubServer(RepoState):
    """One repository's issues, labels and comments, served over HTTP on 127.0.0.1."""

    def __init__(
        self,
        repo: str = "learner/portfolio",
        *,
        token: str = "ghs_TestTokenThatMustNeverBePrinted0001",
        validator: Validator | None = None,
    ) -> None:
        super().__init__(repo)
        self.token = token
        self.validator = validator
        self.requests: list[tuple[str, str]] = []
        self.violations: list[str] = []
        self.faults: list[Fault] = []
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
        url = state.web + self.path
        if fault is not None and fault.kind in _BROKEN:
            return self._write(answer.status, _BROKEN[fault.kind](answer, fault.options, url))
        self._send(operation, answer)

    def _authorized(self) -> bool:
        given = self.headers.get("Authorization", "")
        return given in (f"token {self.server_state.token}", f"Bearer {self.server_state.token}")

    def _send(self, operation: str, answer: Answer) -> None:
        self.server_state.record(operation, answer)
        self._write(answer.status, Raw(_JSON, json.dumps(answer.body).encode(), answer.headers))

    def _write(self, status: int, raw: Raw) -> None:
        self.send_response(status)
        self.send_header("Content-Type", raw.kind)
        if raw.declare:
            self.send_header("Content-Length", str(len(raw.data) + raw.padding))
        self.send_header("X-RateLimit-Limit", "5000")
        for name, value in raw.headers.items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # a client may stop reading a huge answer
            self.wfile.write(raw.data)
            for start in range(0, raw.padding, 1 << 20):
                self.wfile.write(b" " * min(1 << 20, raw.padding - start))

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client may have gone already
            self.connection.shutdown(socket.SHUT_RDWR)
