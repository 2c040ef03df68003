"""Fixtures for the review tests: a running GitHub stand-in whose answers are schema-checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.github_schema import checked_server
from tests.support.github_server import GitHubServer


@pytest.fixture
def github() -> Iterator[GitHubServer]:
    with checked_server() as server:
        yield server
