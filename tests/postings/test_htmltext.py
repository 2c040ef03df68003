"""The HTML reducer: text a reader sees, one block per line, headings kept recognisable."""

from __future__ import annotations

import pytest

from roadmap_lint.postings.htmltext import html_to_text
from tests.postings.support import asked


def test_scripts_styles_and_comments_are_dropped() -> None:
    html = (
        "<html><head><title>Go Developer</title><style>p{color:red}</style>"
        '<script>var skills = "Java Kafka";</script></head>'
        "<body><!-- Scala --><noscript>Enable Rust</noscript><p>We use Python.</p></body></html>"
    )
    text = html_to_text(html)
    assert "Python" in text and "Go Developer" in text
    for hidden in ("Java", "Kafka", "Scala", "Rust", "color"):
        assert hidden not in text


def test_blocks_end_lines_and_headings_stay_headings() -> None:
    html = "<h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul><p>One<br>Two</p>"
    assert html_to_text(html).splitlines() == [
        "## Requirements",
        "",
        "- Python",
        "- SQL",
        "",
        "One",
        "Two",
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>C&#35; &amp; .NET</p>", "C# & .NET"),
        ("<p>SQL&nbsp;Server</p>", "SQL Server"),
        ("<p>Spread   over\n   lines</p>", "Spread over lines"),
        ("<p><strong>Bonus:</strong> Rust</p>", "**Bonus:** Rust"),
        ("<pre>keep\n  these\nlines</pre>", "keep\nthese\nlines"),
    ],
)
def test_text_is_decoded_and_spaced_as_a_browser_shows_it(html: str, expected: str) -> None:
    assert html_to_text(html).strip() == expected


@pytest.mark.parametrize(
    "html",
    ["<p>unclosed <b>bold", "</div></div><p>stray", "<<<>>>", "<script>never closed", ""],
)
def test_malformed_markup_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_an_unclosed_script_hides_what_follows() -> None:
    assert "Kafka" not in html_to_text("<p>Go</p><script>Kafka")


def test_html_sections_are_told_apart() -> None:
    html = (
        "<h1>Backend Engineer</h1><h3>Requirements</h3><ul><li>Python</li></ul>"
        "<h3>Nice to have</h3><ul><li>Kafka</li></ul>"
        "<h3>Benefits</h3><ul><li>Free Rust classes</li></ul>"
        "<p>We are an equal opportunity employer.</p>"
    )
    found = asked(html_to_text(html))
    assert found == {"Python": "required", "Kafka": "nice"}
