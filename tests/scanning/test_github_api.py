"""`--via api` against a real HTTP server on 127.0.0.1 that answers like GitHub."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.scanning.conftest import FakeGitHub

SHA = "1" * 40


def serve_repo(github: FakeGitHub, files: dict[str, str], *, truncated: bool = False) -> None:
    base = "/repos/ada/notes"
    commit = {"sha": SHA, "commit": {"committer": {"date": "2026-05-06T07:08:09Z"}}}
    tree = [{"path": "src", "type": "tree", "sha": "0" * 40}]
    for index, (path, content) in enumerate(sorted(files.items())):
        blob_sha = f"{index:040x}"
        tree.append({"path": path, "type": "blob", "sha": blob_sha, "size": len(content)})
        blob = {"content": base64.b64encode(content.encode()).decode(), "encoding": "base64"}
        github.routes[f"{base}/git/blobs/{blob_sha}"] = (200, json.dumps(blob).encode())
    github.routes[f"{base}/commits/HEAD"] = (200, json.dumps(commit).encode())
    body = {"sha": SHA, "tree": tree, "truncated": truncated}
    github.routes[f"{base}/git/trees/{SHA}?recursive=1"] = (200, json.dumps(body).encode())


@pytest.fixture
def api(github: FakeGitHub, monkeypatch: pytest.MonkeyPatch) -> FakeGitHub:
    monkeypatch.setenv("GITHUB_API_URL", github.url)
    return github


def test_via_api_reads_tree_and_manifests(cli: Any, api: FakeGitHub) -> None:
    serve_repo(
        api,
        {
            "src/app.py": "x",
            "tests/test_app.py": "def test_app():\n    pass\n",
            "requirements.txt": "redis\n",
            "package.json": "{}",
            "README.md": "# x",
        },
    )
    run = cli("scan", "ada/notes", "--via", "api", "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["head"] == SHA
    assert data["last_commit"] == "2026-05-06T07:08:09Z"
    assert data["files"] == 5
    assert data["signals"]["cache"]["evidence"] == ["requirements.txt#redis"]
    assert data["signals"]["tests"]["evidence"] == ["tests/test_app.py"]
    blob_requests = [path for path, _ in api.seen if "/git/blobs/" in path]
    assert len(blob_requests) == 3  # the manifests and the one-file test suite, each once


def test_via_api_sends_the_token_as_a_header(
    cli: Any, api: FakeGitHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_" + "x" * 36)
    serve_repo(api, {"README.md": "x"})
    assert cli("scan", "ada/notes", "--via", "api").code == 0
    assert all(headers.get("Authorization") == "Bearer ghp_" + "x" * 36 for _, headers in api.seen)


def test_truncated_tree_is_noted(cli: Any, api: FakeGitHub) -> None:
    serve_repo(api, {"README.md": "x"}, truncated=True)
    data = json.loads(cli("scan", "ada/notes", "--via", "api", "--format", "json").out)
    assert "truncated" in data["note"]


@pytest.mark.parametrize(("status", "words"), [(404, "not found"), (403, "refused"), (500, "500")])
def test_api_errors_are_one_line(cli: Any, api: FakeGitHub, status: int, words: str) -> None:
    api.routes["/repos/ada/notes/commits/HEAD"] = (status, b"{}")
    run = cli("scan", "ada/notes", "--via", "api")
    assert run.code == 2
    assert words in run.err and run.err.count("\n") == 1


def test_api_needs_owner_name(cli: Any, tmp_path: Any) -> None:
    run = cli("scan", str(tmp_path), "--via", "api")
    assert run.code == 2 and "owner/name" in run.err
