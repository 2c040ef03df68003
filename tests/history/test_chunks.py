"""The piecewise parser must give exactly what a whole-file parse gives, or nothing for both."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap_lint.history.chunks import ChunkedParser
from roadmap_lint.loading.document import parse_text
from tests.conftest import EXAMPLES
from tests.history.builders import roadmap, skill

EXAMPLE = (EXAMPLES / "portfolio" / "roadmap.yml").read_text(encoding="utf-8")
LONG_AREA = roadmap([skill(f"Skill {n}", "fragile", projects=["notes-api"]) for n in range(40)])


def whole(text: str) -> Any:
    document = parse_text(text, Path("roadmap.yml"))
    return document.data if document.parsed else None


TRICKY = {
    "example": EXAMPLE,
    "dumped": LONG_AREA,
    "comment at column 0 inside a list": EXAMPLE.replace(
        "      - {name: Pagination", "# parked for now\n      - {name: Pagination"
    ),
    "flow mapping over two entries": "a: {x: 1,\nb: 2}\n" + "c: " + "x" * 500 + "\n",
    "anchor and alias across entries": "base: &b {x: 1}\nother: *b\n" + EXAMPLE,
    "duplicate top-level key": EXAMPLE + "version: 2\n",
    "document marker": "---\n" + EXAMPLE,
    "tab indentation": EXAMPLE.replace("    next: Practise", "\tnext: Practise"),
    "top-level list": "- a\n- b\n",
    "plain scalar": "just text\n",
    "empty": "",
    "block scalar": "notes: |\n  line one\n\n  line two\n" + EXAMPLE,
    "quoted key": '"areas":\n' + "\n".join(EXAMPLE.split("areas:\n", 1)[1].splitlines()) + "\n",
    "indented root": "  version: 1\n  profile: {name: A}\n",
    "unclosed quote": EXAMPLE.replace("next: Practise async IO", 'next: "Practise async IO'),
}


@pytest.mark.parametrize("name", list(TRICKY))
def test_matches_whole_file_parse(name: str) -> None:
    text = TRICKY[name]
    assert ChunkedParser().parse(text) == whole(text)


def test_cache_returns_the_same_objects_for_unchanged_parts() -> None:
    parser = ChunkedParser()
    first = parser.parse(EXAMPLE)
    second = parser.parse(
        EXAMPLE.replace(
            "status: fragile, bucket: useful_next, stage: 1}",
            "status: comfortable, bucket: useful_next, stage: 1}",
        )
    )
    assert second["areas"]["databases"] is first["areas"]["databases"]
    assert second["areas"]["core_language"] != first["areas"]["core_language"]


def _mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    lines = text.splitlines(keepends=True)
    for position, action, extra in edits:
        index = position % max(len(lines), 1)
        if action == 0 and lines:
            del lines[index]
        elif action == 1 and lines:
            lines.insert(index, lines[index])
        elif action == 2 and lines:
            lines[index] = " " + lines[index]
        elif action == 3 and lines:
            lines[index] = lines[index].lstrip(" ")
        else:
            lines.insert(index, extra + "\n")
    return "".join(lines)


@settings(
    max_examples=int(os.environ.get("CHUNK_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    base=st.sampled_from([EXAMPLE, LONG_AREA]),
    edits=st.lists(
        st.tuples(
            st.integers(0, 400),
            st.integers(0, 4),
            st.sampled_from(
                [
                    "x: 1",
                    "  - y",
                    "# note",
                    "&a",
                    "*a",
                    "  - {name: Z,",
                    "key: |",
                    "-",
                    "? x",
                    "'q': 1",
                    "  next: 'open",
                    "<<: *a",
                    "...",
                    "  x: !!str 1",
                    "a b: c: d",
                    "version: 2",
                ]
            ),
        ),
        max_size=4,
    ),
)
def test_random_edits_parse_like_the_whole_file(base: str, edits: list[Any]) -> None:
    text = _mutate(base, edits)
    assert ChunkedParser().parse(text) == whole(text)


def test_versions_sharing_a_parser_still_parse_like_whole_files() -> None:
    parser = ChunkedParser()
    versions = [EXAMPLE, EXAMPLE.replace("GraphQL", "gRPC"), LONG_AREA, EXAMPLE]
    assert [parser.parse(text) for text in versions] == [whole(text) for text in versions]
    assert yaml.safe_load(EXAMPLE) == parser.parse(EXAMPLE)
