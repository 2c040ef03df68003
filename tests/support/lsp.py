"""A minimal Language Server Protocol client over stdio, for driving yaml-language-server.

It speaks JSON-RPC with ``Content-Length`` framing, answers the requests the server makes of
its client (configuration, capability registration) and skips its notifications, so a test
can ask for completion and hover as an editor would.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path
from typing import Any

#: The editor settings: validation, hover and completion on; SchemaStore's catalogue off, so
#: nothing is fetched and the schema given by the modeline is the only one.
SETTINGS = {
    "schemaStore": {"enable": False},
    "validate": True,
    "hover": True,
    "completion": True,
}
_CAPABILITIES = {
    "textDocument": {
        "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
    }
}


class LanguageServer:
    """One server process; ``close()`` ends it, and so does ``deadline`` seconds passing (a
    hung server then fails the test instead of hanging it)."""

    def __init__(self, command: list[str], deadline: float = 120) -> None:
        # A proxy nobody listens on: should the server try the network after all, it fails
        # at once on this machine instead of reaching out.
        offline = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **offline},
        )
        self._watchdog = threading.Timer(deadline, self._process.kill)
        self._watchdog.daemon = True
        self._watchdog.start()
        self._next_id = 0
        self.request("initialize", {"processId": os.getpid(), "rootUri": None,
                                    "capabilities": _CAPABILITIES})  # fmt: skip
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": SETTINGS}})

    def open(self, path: Path, text: str) -> str:
        uri = path.as_uri()
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": document})
        return uri

    def completion(self, uri: str, line: int, character: int) -> list[dict[str, Any]]:
        found = self.request("textDocument/completion", _at(uri, line, character))
        items: list[dict[str, Any]] = found["items"] if isinstance(found, dict) else found
        return items

    def hover(self, uri: str, line: int, character: int) -> str:
        found = self.request("textDocument/hover", _at(uri, line, character))
        return str(found["contents"]["value"]) if found else ""

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self._next_id += 1
        asked = self._next_id
        self._send({"jsonrpc": "2.0", "id": asked, "method": method, "params": params})
        while True:
            message = self._read()
            if message.get("id") == asked and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")
            if "method" in message and "id" in message:  # the server asks its client
                self._answer(message)

    def close(self) -> None:
        self._watchdog.cancel()
        self._process.kill()
        self._process.wait(timeout=30)

    def _answer(self, message: dict[str, Any]) -> None:
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [SETTINGS for _ in message["params"]["items"]]
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def _send(self, message: dict[str, Any]) -> None:
        assert self._process.stdin is not None
        body = json.dumps(message).encode("utf-8")
        self._process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self._process.stdin.flush()

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        length = 0
        while line := self._process.stdout.readline():
            if line == b"\r\n":
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        assert length, "the language server closed its output"
        message: dict[str, Any] = json.loads(self._process.stdout.read(length))
        return message


def _at(uri: str, line: int, character: int) -> dict[str, Any]:
    return {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}
