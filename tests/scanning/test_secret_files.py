"""Committed secret files: reported by path (RL307), never by content; templates are not."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.scanning.result import ScanResult
from tests.support.gitrepo import make_repo

ScanFiles = Callable[[Mapping[str, str]], ScanResult]

SECRET_VALUE = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
KEY = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
    "-----END OPENSSH PRIVATE KEY-----\n"
)

#: (what, path, content): tracked, it holds a secret
SECRETS = [
    ("a real .env", ".env", f"DEBUG=1\nSECRET_KEY={SECRET_VALUE}\n"),
    ("a production env file", "api/.env.production", f"STRIPE_API_KEY=sk_live_{SECRET_VALUE}\n"),
    ("a password in a database URL", ".env", "DATABASE_URL=postgres://app:hunter22@db/app\n"),
    ("a private key", "deploy/id_ed25519", KEY),
    ("a key in a .pem", "certs/server.pem", KEY),
    ("a service account", "gcp/service-account.json", f'{{"private_key": "{SECRET_VALUE}"}}'),
    ("an npm token", ".npmrc", f"//registry.npmjs.org/:_authToken={SECRET_VALUE}\n"),
]
#: (what, path, content): tracked, it holds none
NOT_SECRETS = [
    ("the template", ".env.example", f"SECRET_KEY={SECRET_VALUE}\n"),
    ("a template by another name", "template.env", f"SECRET_KEY={SECRET_VALUE}\n"),
    ("test settings", ".env.test", f"SECRET_KEY={SECRET_VALUE}\n"),
    ("placeholders only", ".env", "SECRET_KEY=change-me\nDB_PASSWORD=\nAPI_TOKEN=${TOKEN}\n"),
    ("no secret-looking key", ".env", "PORT=3000\nDEBUG=true\n"),
    ("a public certificate", "certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n"),
    ("a key signing test requests", "tests/fixtures/server.key", KEY),
    ("a dev container's settings", ".devcontainer/backend.env", f"SECRET_KEY={SECRET_VALUE}\n"),
    ("a demo's settings", ".env.local.demo", f"APP_SECRET={SECRET_VALUE}\n"),
    ("an npmrc reading the environment", ".npmrc", "//r/:_authToken=${NPM_TOKEN}\n"),
]


@pytest.mark.parametrize(("what", "path", "content"), SECRETS, ids=lambda v: str(v))
def test_a_secret_file_is_reported(
    scan_files: ScanFiles, what: str, path: str, content: str
) -> None:
    assert scan_files({path: content}).secret_files == (path,), what


@pytest.mark.parametrize(("what", "path", "content"), NOT_SECRETS, ids=lambda v: str(v))
def test_templates_and_public_files_are_not(
    scan_files: ScanFiles, what: str, path: str, content: str
) -> None:
    assert scan_files({path: content}).secret_files == (), what


def test_rl307_names_the_path_never_the_value(cli: Any, tmp_path: Path) -> None:
    make_repo(tmp_path / "api", {".env": f"SECRET_KEY={SECRET_VALUE}\n", ".env.example": "A=\n"})
    (tmp_path / "roadmap.yml").write_text(
        "version: 1\nprofile: {level: beginner}\n"
        "areas: {core_language: {}, api_design: {}, databases: {}, testing_security: {},"
        " deployment_devops: {}}\nprojects:\n  - {id: api, repo: api}\n",
        encoding="utf-8",
    )
    for output in ("text", "json", "sarif", "markdown"):
        run = cli("check", str(tmp_path / "roadmap.yml"), "--format", output, "--select", "RL307")
        assert run.code == 0, run.err  # a warning does not fail the default --fail-on error
        assert ".env" in run.out and SECRET_VALUE not in run.out, output
    data = json.loads(cli("check", str(tmp_path / "roadmap.yml"), "--format", "json").out)
    assert [f["pointer"] for f in data["findings"] if f["rule"] == "RL307"] == ["/projects/0/repo"]
    assert data["projects"][0]["secret_files"] == [".env"]
