"""Properties over arbitrary input: nothing raises, counts stay within the postings read."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.postings import Posting, match_postings, read_postings
from roadmap_lint.postings.htmltext import html_to_text
from tests.postings.support import VOCABULARY

# Text built from pieces the matcher reacts to, so that the examples reach its branches.
_PIECES = st.sampled_from(
    ["Go", "go", "C", "C#", "C++", ".NET", "Node.js", "REST", "rest", "SQL", "NoSQL", "k8s",
     "Kafka", "no", "not required", "is a plus", "Bonus:", "## Benefits", "Requirements\n",
     "Nice to have\n", "- ", "\n", "\n\n", ", ", " or ", ". ", "(preferred)", "İ", "\u2019",
     "Phoenix, AZ", "let go", "ideally", "What you don't need\n", "**", ":"]
)  # fmt: skip
_TEXT = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=5))).map("".join))


@given(st.lists(_TEXT, max_size=6))
@settings(max_examples=300, deadline=None)
def test_arbitrary_text_never_raises_and_counts_are_bounded(texts: list[str]) -> None:
    postings = [Posting(f"{i}.txt", text, "text") for i, text in enumerate(texts)]
    for demand in match_postings(postings, VOCABULARY):
        assert 1 <= demand.postings <= len(postings)
        assert demand.required + demand.nice_to_have == demand.postings
        assert 0 < demand.share <= 1
        assert len(set(demand.matched)) == demand.postings


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_arbitrary_html_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)


@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html"]))
@settings(max_examples=100, deadline=None)
def test_arbitrary_bytes_are_read_or_noted(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"posting{suffix}").write_bytes(data)
        postings = read_postings(Path(folder))
        assert len(postings) + len(postings.notes) >= 1
        match_postings(postings, VOCABULARY)
