"""What an editor shows from the roadmap schema: a meaning beside every value it completes.

The static tests always run: every ``enum`` carries ``enumDescriptions`` and
``markdownEnumDescriptions`` (written by ``scripts/schema_values.py``), and the schema's
``$id``, the starter's modeline and the documented modeline are one versioned URL. The
yaml-language-server tests drive the real server (VS Code's YAML support) over stdio, as an
editor does; `.ci/run` installs it into `.ci/editor/` from its lock file, and they are skipped
where it is not installed.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from roadmap_lint.starter import render_starter
from scripts import schema_values
from tests.conftest import REPO_ROOT
from tests.support.lsp import LanguageServer

SCHEMA_PATH = REPO_ROOT / "schemas" / "roadmap.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
#: Generated from the rules by ``python -m roadmap_lint.rules.docs``: rule settings, not values.
_RULE_SETTINGS = ("/$defs/severity", "/$defs/thresholds")
SERVER = REPO_ROOT / ".ci/editor/node_modules/yaml-language-server/bin/yaml-language-server"


def _enums(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "enum" in node and not pointer.startswith(_RULE_SETTINGS):
            yield pointer, node
        for key, value in node.items():
            yield from _enums(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _enums(value, f"{pointer}/{index}")


def test_the_schema_is_what_the_script_writes() -> None:
    assert schema_values.main(["--check"]) == 0, "run python scripts/schema_values.py"


@pytest.mark.parametrize(("pointer", "node"), list(_enums(SCHEMA)), ids=lambda x: str(x))
def test_every_value_has_a_meaning(pointer: str, node: dict[str, Any]) -> None:
    values, plain, markdown = (
        node["enum"],
        node["enumDescriptions"],
        node["markdownEnumDescriptions"],
    )
    assert len(plain) == len(markdown) == len(values), pointer
    assert all(text.strip() for text in plain + markdown), pointer


def test_statuses_buckets_levels_kinds_cadences_and_signals_are_all_described() -> None:
    described = {pointer for pointer, _ in _enums(SCHEMA)}
    for pointer in (
        "/properties/profile/properties/level",
        "/$defs/skill/properties/status",
        "/$defs/skill/properties/bucket",
        "/$defs/project/properties/kind",
        "/$defs/project/properties/status",
        "/$defs/project/properties/expects/items",
        "/$defs/review/properties/kind",
    ):
        assert pointer in described, pointer


def test_id_modeline_and_docs_are_one_versioned_url() -> None:
    url = SCHEMA["$id"]
    assert re.fullmatch(r"https://roadmap-lint\.github\.io/schemas/v\d+/roadmap\.schema\.json", url)
    starter = render_starter(level="beginner", language="python", name="Ada")
    assert starter.splitlines()[0] == f"# yaml-language-server: $schema={url}"
    for doc in ("format.md", "editors.md"):
        text = (REPO_ROOT / "docs" / doc).read_text(encoding="utf-8")
        published = set(re.findall(r"https://roadmap-lint\.github\.io/schemas/\S+?\.json", text))
        assert published == {url}, doc


def test_the_schemastore_entry_in_the_docs_is_valid_json_naming_the_schema() -> None:
    doc = (REPO_ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```json\n(\{\n  \"name\": \"roadmap-lint\".*?)```", doc, re.S)
    entry = json.loads(block)
    assert entry["url"] == SCHEMA["$id"] and "roadmap.yml" in entry["fileMatch"]


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageServer]:
    if not (shutil.which("node") and SERVER.exists()):
        pytest.skip("yaml-language-server is not installed (npm ci --prefix .ci/editor)")
    running = LanguageServer(["node", str(SERVER), "--stdio"])
    yield running
    running.close()


ROADMAP = """\
# yaml-language-server: $schema={schema}
version: 1
profile:
  level: beginner
areas:
  core_language:
    skills:
      - name: Python
        status: fragile
        bucket: essential_now
projects:
  - id: notes-api
    repo: ada/notes-api
    kind: independent
    status: done
    expects: [tests]
reviews:
  - date: 2026-10-01
    kind: quarterly
"""


@pytest.fixture(scope="module")
def document(server: LanguageServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    text = ROADMAP.format(schema=SCHEMA_PATH.as_uri())
    path = tmp_path_factory.mktemp("editor") / "roadmap.yml"
    path.write_text(text, encoding="utf-8")
    return server.open(path, text), text


def _position(text: str, line_part: str, value: str) -> tuple[int, int]:
    lines = text.splitlines()
    line = next(n for n, line in enumerate(lines) if line_part in line)
    return line, lines[line].index(value, lines[line].index(line_part))


CASES = [
    ("status: fragile", "fragile", "/$defs/skill/properties/status"),
    ("bucket: essential_now", "essential_now", "/$defs/skill/properties/bucket"),
    ("level: beginner", "beginner", "/properties/profile/properties/level"),
    ("kind: independent", "independent", "/$defs/project/properties/kind"),
    ("status: done", "done", "/$defs/project/properties/status"),
    ("expects: [tests]", "tests", "/$defs/project/properties/expects/items"),
    ("kind: quarterly", "quarterly", "/$defs/review/properties/kind"),
]


def _node(pointer: str) -> dict[str, Any]:
    return dict(_enums(SCHEMA))[pointer]


@pytest.mark.parametrize(("line_part", "value", "pointer"), CASES)
def test_completion_explains_each_value(
    server: LanguageServer, document: tuple[str, str], line_part: str, value: str, pointer: str
) -> None:
    uri, text = document
    offered = server.completion(uri, *_position(text, line_part, value))
    node = _node(pointer)
    meanings = dict(zip(node["enum"], node["markdownEnumDescriptions"], strict=True))
    shown = {item["label"]: item.get("documentation", {}).get("value") for item in offered}
    assert {label: shown.get(label) for label in meanings} == meanings


@pytest.mark.parametrize(("line_part", "value", "pointer"), CASES)
def test_hover_explains_the_value_there(
    server: LanguageServer, document: tuple[str, str], line_part: str, value: str, pointer: str
) -> None:
    uri, text = document
    line, character = _position(text, line_part, value)
    shown = server.hover(uri, line, character + 1)
    node = _node(pointer)
    meaning = node["markdownEnumDescriptions"][node["enum"].index(value)]
    assert f"`{value}`: {meaning}" in shown
