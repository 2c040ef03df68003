"""Documents recognised by what they contain, positive and negative, on real repositories.

Each class of miss the name tables left: an OpenAPI description with another name, a compose
file without "compose" in its name, Kubernetes manifests outside the usual folders, a
Dockerfile in lower case, a DigitalOcean App Platform spec, a CloudFormation template.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.scanning import signals as tables
from roadmap_lint.scanning.config import SignalConfig
from roadmap_lint.scanning.detect import detect
from roadmap_lint.scanning.result import ScanResult

ScanFiles = Callable[[Mapping[str, str]], ScanResult]

OPENAPI_YAML = "openapi: 3.0.3\ninfo: {title: Notes, version: '1'}\npaths: {}\n"
OPENAPI_JSON = '{"openapi": "3.1.0", "info": {"title": "Catalog", "version": "1"}, "paths": {}}'
SWAGGER_NUMBER = "swagger: 2.0\ninfo: {title: Notes}\npaths: {}\n"
COMPOSE = "services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n"
DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n---\nkind: Service\n"
APP_SPEC = "name: notes\nservices:\n  - name: api\n    github: {repo: ada/notes, branch: main}\n"
SAM = (
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn: {Type: AWS::Serverless::Function}\n"
)

#: (signal, what it is, path, content)
POSITIVE = [
    ("openapi", "OpenAPI named api.yaml", "docs/api.yaml", OPENAPI_YAML),
    ("openapi", "JSON named for a service", "src/Catalog.API/Catalog.API.json", OPENAPI_JSON),
    ("openapi", "a version written as a number", "spec/notes.yml", SWAGGER_NUMBER),
    ("openapi", "a split document's root", "api/components.yml", OPENAPI_YAML),
    ("compose", "compose without the word in its name", "local.yml", COMPOSE),
    ("compose", "compose in a docker folder", "docker/dev.yaml", COMPOSE),
    ("deploy", "Kubernetes in an ops folder", "ops/web/api.yaml", DEPLOYMENT),
    ("deploy", "a manifest named for its kind", "deployment-api.yml", DEPLOYMENT),
    ("deploy", "DigitalOcean App Platform", "spec.yaml", APP_SPEC),
    ("deploy", "AWS SAM", "template.yaml", SAM),
    ("dockerfile", "lower case with a suffix", "dockerfile.api", "FROM python:3.12\n"),
    ("dockerfile", "mixed case", "api/DockerFile", "# syntax=docker/dockerfile:1\nFROM node\n"),
    ("dockerfile", "ARG before FROM", "dockerfile", "ARG BASE=python\nFROM ${BASE}\n"),
]

#: (signal, what it is, path, content) that must not show the signal
NEGATIVE = [
    ("openapi", "a comment that mentions openapi", "docs/api.yaml", "# openapi: 3.0.0\nx: 1\n"),
    ("openapi", "an openapi key below the top", "api/config.yml", "tools:\n  openapi: 3.0.0\n"),
    ("openapi", "a version that is no version", "api.json", '{"openapi": "soon"}'),
    ("compose", "services: in another tool's config", "settings.yml", "services:\n  auth: x\n"),
    ("compose", "services as a list", "docker/app.yml", "services:\n  - name: api\n"),
    (
        "compose",
        "a dev-container stack",
        "stack.yml",
        "services:\n  dev:\n    build:\n"
        "      context: ..\n      dockerfile: .devcontainer/Dockerfile\n",
    ),
    (
        "deploy",
        "a Backstage catalog entry",
        "deploy/catalog-info.yaml",
        "apiVersion: backstage.io/v1alpha1\nkind: Component\n",
    ),
    ("deploy", "App Platform words with no source", "spec.yaml", "name: x\nservices: []\n"),
    (
        "dockerfile",
        "a text file named like one",
        "dockerfile-notes.txt",
        "FROM is the first line\n",
    ),
    ("dockerfile", "a script named like one", "dockerfile.sh", "#!/bin/sh\necho FROM\n"),
]


@pytest.mark.parametrize(("signal", "what", "path", "content"), POSITIVE, ids=lambda v: str(v))
def test_content_shows_signal(
    scan_files: ScanFiles, signal: str, what: str, path: str, content: str
) -> None:
    result = scan_files({path: content, "README.md": "# notes\n"})
    assert result.signals[signal].present, what
    assert path in result.signals[signal].evidence
    assert result.signals[signal].strength == "present"


@pytest.mark.parametrize(("signal", "what", "path", "content"), NEGATIVE, ids=lambda v: str(v))
def test_content_does_not_show_signal(
    scan_files: ScanFiles, signal: str, what: str, path: str, content: str
) -> None:
    result = scan_files({path: content, "README.md": "# notes\n"})
    assert not result.signals[signal].present, what


def test_a_named_compose_file_that_builds_a_dev_container_is_set_aside(
    scan_files: ScanFiles,
) -> None:
    stack = "services:\n  app:\n    build: {context: .., dockerfile: .devcontainer/Dockerfile}\n"
    result = scan_files({".worktree/docker-compose.yml": stack})
    assert not result.signals["compose"].present


def test_only_candidates_are_read_and_no_more_than_the_cap() -> None:
    """A monorepo full of YAML: the scan reads candidates chosen from the path list (never
    every blob), at most CONTENT_MAX_COUNT documents, alongside the manifests and CI files."""
    paths = [f"services/s{i:03}/api/openapi-{i}.yaml" for i in range(200)]
    paths += [f"services/s{i:03}/src/code{i}.yaml" for i in range(2800)]
    asked: list[str] = []

    def read(chosen: object) -> dict[str, bytes]:
        asked.extend(chosen)  # type: ignore[call-overload]
        return {}

    detect(sorted(paths), read, SignalConfig())
    assert 0 < len(asked) <= tables.CONTENT_MAX_COUNT
    assert not [path for path in asked if "/src/code" in path]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_any_blob_is_read_without_raising(data: bytes) -> None:
    """Repositories are hostile input: every reader of content answers, whatever it is fed."""
    from fuzz.targets import documents

    documents(data)
