"""The Markdown escaper: whatever the roadmap says, the issue shows it and nothing more."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from roadmap_lint.core.markdown import Trusted, escape, escape_data

_NASTY = st.text(alphabet=st.sampled_from(list("@#<>`~|[]()!*_\\$&-=+1. \naZ/{}%")), max_size=60)


@given(st.one_of(st.text(max_size=80), _NASTY))
def test_escaped_text_is_inert(text: str) -> None:
    out = escape(text)
    assert "\n" not in out and "\r" not in out
    assert "<" not in out and ">" not in out
    assert re.search(r"(?<!\\)`", out) is None  # no unescaped backtick: no code span or fence
    assert re.search(r"(?<![\w&;\\])@[A-Za-z0-9]", out) is None  # no mention
    assert re.search(r"(?<![\\&])#\d", out) is None  # no issue reference
    assert re.search(r"(?<!\\)[\[\]|~$*_]", out) is None
    assert escape(out) == out  # escaping twice changes nothing (already Trusted)


def test_examples() -> None:
    assert escape("@octocat, see #12 <b>x</b>") == (
        "@&#8203;octocat, see #&#8203;12 &lt;b&gt;x&lt;/b&gt;"
    )
    assert escape("# title") == "\\# title"
    assert escape("2. item") == "2\\. item"
    assert escape("a\n```\nb") == "a \\`\\`\\` b"
    assert escape("{{ 7*7 }}") == "{{ 7\\*7 }}"


def test_data_is_escaped_all_the_way_down() -> None:
    data = escape_data({"a": ["@x", ("<y>",)], "n": 3, "t": Trusted("**ok**")})
    assert data == {"a": ["@&#8203;x", ["&lt;y&gt;"]], "n": 3, "t": "**ok**"}
