"""Fixtures for the scanner: real repositories, and a real `git daemon` on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from roadmap_lint.scanning.result import ScanResult
from roadmap_lint.scanning.scanner import scan
from tests.support.gitrepo import git, make_repo

Files = Mapping[str, str | bytes]


@pytest.fixture
def scan_files(tmp_path: Path) -> Callable[[Files], ScanResult]:
    """Commit ``files`` to a new repository and scan its working copy."""
    counter = iter(range(10_000))

    def build(files: Files) -> ScanResult:
        repo = make_repo(tmp_path / f"repo{next(counter)}", files)
        return scan(str(repo), base=tmp_path)

    return build


@dataclass(frozen=True)
class Daemon:
    base: Path
    port: int

    def url(self, name: str) -> str:
        return f"git://127.0.0.1:{self.port}/{name}"

    def publish(self, name: str, files: Files, *, date: str = "2026-01-05") -> Path:
        """A repository served as ``git://127.0.0.1:<port>/<name>`` (a bare copy)."""
        work = make_repo(self.base.parent / "work" / name, files, date=date)
        bare = self.base / name
        git(self.base, "clone", "-q", "--bare", str(work), str(bare))
        git(bare, "config", "uploadpack.allowFilter", "true")
        return work


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("git daemon exited early")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError("git daemon did not start")


@pytest.fixture(scope="module")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Daemon]:
    """A real `git daemon` serving a folder of bare repositories on 127.0.0.1."""
    base = tmp_path_factory.mktemp("daemon") / "served"
    base.mkdir()
    port = _free_port()
    process = subprocess.Popen(
        [
            "git",
            "daemon",
            "--reuseaddr",
            f"--base-path={base}",
            "--export-all",
            "--listen=127.0.0.1",
            f"--port={port}",
            str(base),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port, process)
        yield Daemon(base, port)
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class FakeGitHub:
    """A real HTTP server on 127.0.0.1: canned answers by path, and every request it saw."""

    url: str
    routes: dict[str, tuple[int, bytes]]
    seen: list[tuple[str, dict[str, str]]]


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    import http.server
    import threading

    routes: dict[str, tuple[int, bytes]] = {}
    seen: list[tuple[str, dict[str, str]]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append((self.path, dict(self.headers.items())))
            status, body = routes.get(self.path, (404, b'{"message": "Not Found"}'))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FakeGitHub(f"http://127.0.0.1:{server.server_address[1]}", routes, seen)
    finally:
        server.shutdown()
        server.server_close()
