"""Articles in Markdown and HTML: the same quotes as plain text, line:col into the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.article import document_from_text, load_document
from quotecheck.errors import QuotecheckError
from quotecheck.extract import extract_quotes

MARKDOWN = """\
---
title: Harbour stays open
author: desk
---
# Harbour *stays* open

> Mayor **Alice Grant** said: “We will *not* close the [harbour](https://example.org/h) this winter.”

- “The repairs will cost about `4 million` pounds,” said Ben Okafor.

<!-- an editor's note with “a quote that is not in the story” -->
"""

HTML = """\
<!doctype html>
<html><head><title>“Not a quote” in the title</title>
<script>var s = "also “not a quote”";</script></head>
<body>
<article>
  <h1>Harbour stays open</h1>
  <p>Mayor Alice Grant said: &ldquo;We will not close the harbour
     this winter &amp; spring.&rdquo;</p>
</article>
</body></html>
"""


def test_markdown_syntax_stays_out_and_offsets_point_into_the_file() -> None:
    doc = document_from_text(MARKDOWN, "story.md", "markdown")
    quotes = [q for q in extract_quotes(doc) if q.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Alice Grant", "Ben Okafor"]
    first, second = quotes
    # The quote text is the prose: no asterisks, no link target.
    assert first.text == "We will not close the harbour this winter."
    assert second.text == "The repairs will cost about 4 million pounds,"
    # Offsets and line:column are those of the file as given.
    lines = MARKDOWN.splitlines()
    assert first.line == 7
    assert lines[6][first.column - 1 :].startswith("We will *not*")
    assert MARKDOWN[first.start : first.end].startswith("We will *not* close the [harbour]")
    assert MARKDOWN[first.start : first.end].endswith("this winter.")
    assert MARKDOWN[first.speaker_start : first.speaker_end].endswith("Alice Grant")  # type: ignore[misc]
    assert second.line == 9
    assert all("not in the story" not in q.text for q in extract_quotes(doc))


def test_html_visible_text_with_entities_and_positions() -> None:
    doc = document_from_text(HTML, "story.html", "html")
    quotes = extract_quotes(doc)
    assert [q.text for q in quotes] == ["We will not close the harbour this winter & spring."]
    [quote] = quotes
    assert quote.speaker == "Alice Grant"
    assert (quote.line, quote.column) == (7, 37)
    assert HTML[quote.start : quote.end].startswith("We will not close the harbour\n")
    assert HTML[quote.start : quote.end].endswith("spring.")
    assert quote.end_line == 8


def test_crlf_and_bom_are_read_as_universal_newlines(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffHeadline\r\n\r\n“We are ready,” said Ann Lee.\r\n".encode())
    doc = load_document(str(path))
    [quote] = extract_quotes(doc)
    assert quote.text == "We are ready,"
    assert (quote.line, quote.column) == (3, 2)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 \xe9t\xe9", "not UTF-8 text (byte 0xE9 at offset 3)"),
        (b"GIF89a\x00\x01\x02", "looks like a binary file"),
    ],
)
def test_undecodable_articles_are_clear_errors(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(QuotecheckError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_document(str(path))
