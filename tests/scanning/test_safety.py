"""Hostile `repo` values are refused before git runs; tokens never show anywhere."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from tests.scanning.conftest import FakeGitHub

TOKEN = "ghp_" + "A1b2C3d4" * 5

HOSTILE = [
    "ext::sh -c touch% {marker}",
    "EXT::sh -c touch% {marker}",
    "fd::17",
    "fd::0,1/x",
    "--upload-pack=touch {marker}",
    "-u touch {marker}",
    "https://example.invalid/x.git --upload-pack=touch {marker}",
    "file:///tmp/x --config=core.sshCommand=touch {marker}",
    "ssh://-oProxyCommand=touch {marker}/x",
    "git@host:x --upload-pack=touch {marker}",
    "http://example.invalid/x.git",
    "ftp://example.invalid/x.git",
    "nope::https://example.invalid/x.git",
    "file:///tmp/x\nsecond-line",
]


@pytest.mark.parametrize("template", HOSTILE)
def test_scan_refuses_hostile_sources(cli: Any, tmp_path: Path, template: str) -> None:
    marker = tmp_path / "pwned"
    run = cli("scan", "--", template.format(marker=marker))
    assert run.code == 2
    assert "refused" in run.err
    assert run.err.count("\n") == 1
    assert not marker.exists()


def test_check_reports_a_refused_repo_as_rl303(cli: Any, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(
        "version: 1\nprojects:\n"
        f"  - {{id: evil, repo: 'ext::sh -c touch% {marker}', expects: [tests]}}\n"
    )
    run = cli("check", str(roadmap), "--select", "RL303,RL301", "--format", "json")
    findings = json.loads(run.out)["findings"]
    assert [(f["rule"], f["pointer"]) for f in findings] == [("RL303", "/projects/0/repo")]
    assert "refused" in findings[0]["message"]
    assert not marker.exists()


def _everything(run: Any) -> str:
    """What the run printed, and every file it left in the (throw-away) home and cache."""
    home = Path.home()
    left = "".join(p.read_text(errors="replace") for p in home.rglob("*") if p.is_file())
    return run.out + run.err + left


@pytest.mark.parametrize("via", ["git", "api"])
def test_failing_clone_never_shows_the_token(
    cli: Any, tmp_path: Path, github: FakeGitHub, monkeypatch: pytest.MonkeyPatch, via: str
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GITHUB_SERVER_URL", github.url)
    monkeypatch.setenv("GITHUB_API_URL", github.url)
    run = cli("scan", "ada/private-notes", "--via", via, "--format", "json")
    assert run.code == 2
    basic = base64.b64encode(f"x-access-token:{TOKEN}".encode()).decode()
    for secret in (TOKEN, basic, TOKEN[4:20]):
        assert secret not in _everything(run)
    assert github.seen, "the request reached the local server"
    sent = [
        v for _, headers in github.seen for k, v in headers.items() if k.lower() == "authorization"
    ]
    assert any(TOKEN in value or basic in value for value in sent), "token sent as a header"
    assert all(TOKEN not in path for path, _ in github.seen), "never in the URL"


def test_check_with_failing_clone_never_shows_the_token(
    cli: Any, tmp_path: Path, github: FakeGitHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GITHUB_SERVER_URL", github.url)
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(
        "version: 1\nprojects:\n"
        f"  - {{id: a, repo: ada/private-notes}}\n"
        f"  - {{id: b, repo: '{github.url}/x:{TOKEN}@y.git'}}\n"
        f"  - {{id: c, repo: 'https://ada:{TOKEN}@127.0.0.1:1/z.git'}}\n"
    )
    for output in ("json", "text", "github"):
        run = cli("check", str(roadmap), "--format", output)
        assert TOKEN not in _everything(run)
        assert "RL303" in run.out


def test_token_header_is_scoped_to_the_github_server(monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap_lint.scanning import remote
    from roadmap_lint.scanning.access import RemoteSettings

    settings = RemoteSettings(token=TOKEN)
    assert remote._auth("https://gitlab.com/ada/x.git", settings) == []
    [(key, value)] = remote._auth("https://github.com/ada/x.git", settings)
    assert key == "http.https://github.com/.extraheader"
    assert TOKEN not in value


def test_remote_settings_never_show_the_token_when_printed() -> None:
    from roadmap_lint.scanning.access import RemoteSettings

    settings = RemoteSettings(token=TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert settings.token == TOKEN
