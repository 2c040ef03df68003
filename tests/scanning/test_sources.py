"""Every kind of source, scanned through the CLI: the JSON shape and the facts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from roadmap_lint.core.vocabulary import SIGNALS
from tests.conftest import REPO_ROOT
from tests.scanning.conftest import Daemon
from tests.support.gitrepo import commit, git, make_repo

FILES = {
    "README.md": "# notes\n",
    "app/main.py": "print()\n",
    "tests/test_main.py": "def test(): pass\n",
    "requirements.txt": "psycopg\n",
    "api/Dockerfile": "FROM python\n",
    "api/server.go": "package main\n",
}


def scan_json(cli: Any, source: str, *extra: str) -> dict[str, Any]:
    run = cli("scan", source, "--format", "json", *extra)
    assert run.code == 0, run.err
    data: dict[str, Any] = json.loads(run.out)
    return data


def assert_design_shape(data: dict[str, Any]) -> None:
    """A `projects` entry of DESIGN.md plus `files` and `languages`, valid by the published
    output schema."""
    shape = {"id", "repo", "head", "last_commit", "signals", "files", "languages"}
    shape |= {"secret_files", "authorship"}
    assert shape <= set(data) <= shape | {"note"}
    schema = json.loads((REPO_ROOT / "schemas" / "output.schema.json").read_text())
    jsonschema.validate(data, {"$defs": schema["$defs"], "$ref": "#/$defs/project"})
    assert list(data["signals"]) == list(SIGNALS)
    for signal in data["signals"].values():
        keys = {"present", "evidence", "strength"} if signal["present"] else {"present", "evidence"}
        assert keys <= set(signal) <= keys | {"exercised_by"}
    assert isinstance(data["files"], int)
    assert all(isinstance(count, int) for count in data["languages"].values())


def test_working_copy(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", FILES, date="2026-03-04")
    data = scan_json(cli, str(repo))
    assert_design_shape(data)
    assert data["id"] == "notes"
    assert re.fullmatch(r"[0-9a-f]{40}", data["head"])
    assert data["last_commit"] == "2026-03-04T12:00:00+00:00"
    assert data["files"] == len(FILES)
    assert data["languages"] == {"Go": 1, "Python": 2}
    assert data["signals"]["database"] == {
        "present": True,
        "evidence": ["requirements.txt#psycopg"],
        "strength": "declared",
    }
    assert data["signals"]["dockerfile"]["evidence"] == ["api/Dockerfile"]


def test_working_copy_reads_the_index_not_untracked_files(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", FILES)
    (repo / "Procfile").write_text("web: run\n")
    (repo / "fly.toml").write_text("app = 'x'\n")
    git(repo, "add", "fly.toml")
    data = scan_json(cli, str(repo))
    assert data["signals"]["deploy"]["evidence"] == ["fly.toml"]


def test_subfolder_counts_only_its_subtree(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "mono", FILES, date="2026-02-01")
    commit(repo, {"README.md": "# changed\n"}, date="2026-04-01")
    data = scan_json(cli, str(repo / "api"))
    assert_design_shape(data)
    assert data["files"] == 2
    assert data["signals"]["dockerfile"]["evidence"] == ["Dockerfile"]
    assert not data["signals"]["tests"]["present"]
    assert data["last_commit"] == "2026-02-01T12:00:00+00:00"  # the subfolder's last change
    assert data["head"] == git(repo, "rev-parse", "HEAD")


def test_bare_repository(cli: Any, tmp_path: Path) -> None:
    work = make_repo(tmp_path / "work", FILES)
    bare = tmp_path / "notes.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(bare))
    data = scan_json(cli, str(bare))
    assert_design_shape(data)
    assert data["files"] == len(FILES)
    assert data["signals"]["database"]["present"]
    assert data["head"] == git(work, "rev-parse", "HEAD")


def test_plain_folder_is_scanned_from_disk_with_a_note(cli: Any, tmp_path: Path) -> None:
    for name, content in FILES.items():
        (tmp_path / "plain" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "plain" / name).write_text(content)
    (tmp_path / "plain/node_modules/x").mkdir(parents=True)
    (tmp_path / "plain/node_modules/x/Dockerfile").write_text("FROM x")
    data = scan_json(cli, str(tmp_path / "plain"))
    assert_design_shape(data)
    assert data["head"] is None and data["last_commit"] is None
    assert "no history" in data["note"]
    assert data["signals"]["database"]["present"]
    assert data["signals"]["dockerfile"]["evidence"] == ["api/Dockerfile"]


def test_untracked_folder_inside_a_repo_is_read_from_disk(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "portfolio", {"README.md": "x"})
    (repo / "draft").mkdir()
    (repo / "draft" / "Dockerfile").write_text("FROM x")
    data = scan_json(cli, str(repo / "draft"))
    assert data["signals"]["dockerfile"]["present"]
    assert "not tracked" in data["note"] or "tracked by git" in data["note"]


def test_repository_without_commits_reads_the_index(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "fresh")
    (repo / "Dockerfile").write_text("FROM x")
    git(repo, "add", "Dockerfile")
    data = scan_json(cli, str(repo))
    assert data["head"] is None
    assert data["signals"]["dockerfile"]["present"]
    assert "no commits" in data["note"]


def test_file_url_is_cloned_bare_into_the_cache(cli: Any, tmp_path: Path) -> None:
    work = make_repo(tmp_path / "remote", FILES)
    data = scan_json(cli, f"file://{work}")
    assert_design_shape(data)
    assert data["files"] == len(FILES)
    assert data["signals"]["database"]["evidence"] == ["requirements.txt#psycopg"]
    cached = list((Path.home() / ".cache" / "roadmap-lint" / "repos").glob("remote-*.git"))
    assert len(cached) == 1
    assert git(cached[0], "rev-parse", "--is-bare-repository") == "true"
    assert git(cached[0], "rev-parse", "--is-shallow-repository") == "true"


def test_git_daemon_url(cli: Any, daemon: Daemon) -> None:
    work = daemon.publish("daemon-notes", FILES)
    data = scan_json(cli, daemon.url("daemon-notes"))
    assert_design_shape(data)
    assert data["head"] == git(work, "rev-parse", "HEAD")
    assert data["signals"]["tests"]["evidence"] == ["tests/test_main.py"]
    assert data["signals"]["database"]["present"]  # a blob fetched lazily from the daemon


def test_cached_clone_is_refreshed_by_fetch(cli: Any, daemon: Daemon) -> None:
    daemon.publish("refresh", FILES, date="2026-01-05")
    first = scan_json(cli, daemon.url("refresh"))
    assert not first["signals"]["ci"]["present"]
    served = daemon.base / "refresh"
    work = daemon.base.parent / "work" / "refresh"
    commit(work, {".github/workflows/ci.yml": "on: push\n"}, date="2026-02-01")
    git(work, "push", "-q", str(served), "HEAD:refs/heads/main")
    second = scan_json(cli, daemon.url("refresh"))
    assert second["signals"]["ci"]["evidence"] == [".github/workflows/ci.yml"]
    assert second["last_commit"] == "2026-02-01T12:00:00+00:00"


def test_unreachable_cached_clone_is_used_with_a_note(cli: Any, tmp_path: Path) -> None:
    work = make_repo(tmp_path / "gone", FILES)
    url = f"file://{work}"
    scan_json(cli, url)
    (work / ".git").rename(tmp_path / "moved.git")
    data = scan_json(cli, url)
    assert data["signals"]["database"]["present"]
    assert "could not refresh" in data["note"]


@pytest.mark.parametrize("source", ["missing-folder/", "../nowhere"])
def test_missing_path_is_one_error_line(cli: Any, source: str) -> None:
    run = cli("scan", source)
    assert run.code == 2
    assert run.err.count("\n") == 1 and "no such folder" in run.err
    assert "Traceback" not in run.err


def test_text_table_shows_evidence(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "notes", FILES)
    run = cli("scan", str(repo))
    assert run.code == 0
    assert re.search(r"tests\s+yes\s+present\s+tests/test_main.py", run.out)
    assert re.search(r"ci\s+no", run.out)
    assert "languages    Python 2, Go 1" in run.out


@pytest.mark.parametrize("folder", ["a*b", ":(exclude)x", "[x]", "sp ace", "ünï"])
def test_subfolder_names_are_taken_literally(cli: Any, tmp_path: Path, folder: str) -> None:
    repo = make_repo(
        tmp_path / "mono",
        {
            f"{folder}/Dockerfile": "FROM x",
            "ab/tests/test_a.py": "def test_a(): pass",
            "axb/README.md": "x",
        },
    )
    data = scan_json(cli, str(repo / folder))
    assert data["files"] == 1
    assert data["signals"]["dockerfile"]["evidence"] == ["Dockerfile"]
    assert data["last_commit"] is not None


def test_an_unreachable_server_is_named_with_a_network_hint(cli, tmp_path, monkeypatch) -> None:
    """Offline, `scan owner/name` says the server could not be reached, not "check the path"."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("GITHUB_SERVER_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    run = cli("scan", "ada/notes-api")
    assert run.code == 2
    assert "127.0.0.1 could not be reached" in run.err
    assert "check the network connection" in run.err and "check the path" not in run.err
