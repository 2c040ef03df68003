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
from roadmap_lint.loading.document import Limits, parse_text
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
    "control character before the first entry": "\x0c\nL:\n",
    "control character in a leading comment": "# note\x07\n" + EXAMPLE,
    "line separator in a leading comment": "# a\u2028b\n" + EXAMPLE,
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


def _ladder_entry(index: int, width: int = 7) -> str:
    """A top-level key whose value expands to ``width``⁴ + a few values through aliases."""
    refs = ", ".join([f"*c{index}"] * width)
    return (
        f"k{index}:\n  a: &a{index} [{', '.join(['x'] * width)}]\n"
        f"  b: &b{index} [{', '.join([f'*a{index}'] * width)}]\n"
        f"  c: &c{index} [{', '.join([f'*b{index}'] * width)}]\n"
        f"  d: [{refs}]\n"
    )


def test_the_value_cap_holds_for_the_version_not_for_each_piece() -> None:
    text = "".join(_ladder_entry(n) for n in range(400))  # each piece well under the cap
    assert parse_text(_ladder_entry(0), Path("x")).parsed
    parser = ChunkedParser()
    assert parser.parse(text) is None
    assert whole(text) is None
    # pieces built at most what one version may hold, then the whole parse refused it
    assert parser.work < 6 * Limits().max_nodes


@pytest.mark.parametrize("levels", [63, 64])
def test_the_depth_cap_counts_where_a_piece_sits(levels: int) -> None:
    """Items of a list under a top-level key start two levels down: 63 nested lists reach
    the cap of 64, one more goes past it."""
    deep = "[" * levels + "]" * levels
    text = EXAMPLE + "extra:\n" + "".join(f"  - {deep}\n" for _ in range(30))
    expected = whole(text)
    assert (expected is None) == (levels > 63)
    assert ChunkedParser().parse(text) == expected


def test_a_cached_piece_still_counts_against_the_next_version() -> None:
    parser = ChunkedParser()
    piece = _ladder_entry(0, width=13)  # more than half the cap
    assert parser.parse(piece) is not None
    assert parser.parse(piece + _ladder_entry(1, width=13)) is None
    assert whole(piece + _ladder_entry(1, width=13)) is None


def test_a_leading_document_start_is_still_parsed_in_pieces() -> None:
    parser = ChunkedParser()
    assert parser.parse("---\n" + EXAMPLE) == whole("---\n" + EXAMPLE)
    work = parser.work
    assert parser.parse("--- # roadmap\n" + EXAMPLE) == whole(EXAMPLE)
    assert parser.work == work  # every piece came from the cache
