"""Markdown footnotes: a definition ("[^1]: …") holds the writer's sources and asides, with
titles in quote marks ("Hale, “Why the ferry left us”, Harbour Weekly"), so it is no part
of the article's body and nothing in it is checked; a reference ("[^1]") is dropped from the
prose, so it never stands between a quote and its tag. All text written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def found(raw: str) -> list[Quote]:
    return [q for q in extract_quotes(document_from_text(raw, "story.md", "markdown")) if q.kind == "quote"]


def at(raw: str, q: Quote) -> tuple[int, int]:
    """Line and column (1-based) of the quote's first character, counted in the file."""
    line = raw.count("\n", 0, q.start) + 1
    return line, q.start - (raw.rfind("\n", 0, q.start) + 1) + 1


@pytest.mark.parametrize(
    "note",
    [
        "[^1]: Ivo Brand, “Why the ferry left us”, Harbour Weekly, 2024.\n",
        "[^src]: See “Minutes of the harbour board meeting”, 3 June, p. 4.\n",
        "[^2]: A note that starts here\n    and goes on, “with quoted words in it”, indented.\n",
        "[^2]: A note that starts here\nand goes on lazily, “with quoted words in it”.\n",
        "[^3]: A note.\n\n    Its second paragraph, “quoted words as well”, indented.\n",
    ],
)
def test_a_footnote_definition_is_no_body_text(note: str) -> None:
    raw = (
        "# Pier stays open\n\n“We will keep the pier open,” said Ola Berg.[^1]\n\n"
        + note
        + "\n“The ferry will never come back,” said Ivo Brand.\n"
    )
    quotes = found(raw)
    assert [q.text for q in quotes] == ["We will keep the pier open,", "The ferry will never come back,"]
    assert [q.speaker for q in quotes] == ["Ola Berg", "Ivo Brand"]
    for q in quotes:
        assert raw[q.start : q.end] == q.text
        assert (q.line, q.column) == at(raw, q)


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        ("“We go,”[^1] said Tom Hale.\n\n[^1]: Said at the pier.\n", "Tom Hale"),
        ("“We stay,”[^note] Ada Moor said.\n\n[^note]: By phone.\n", "Ada Moor"),
        ("Ola Berg said[^x] that the pier was “a gift to the town”.\n\n[^x]: On Monday.\n", "Ola Berg"),
    ],
)
def test_a_footnote_reference_does_not_part_a_quote_from_its_tag(raw: str, speaker: str) -> None:
    [quote] = found(raw)
    assert quote.speaker == speaker
    assert "[^" not in quote.text


def test_body_text_after_a_footnote_and_a_link_definition_is_read() -> None:
    """Neighbour: a paragraph at the margin after a blank line is the body again, and a
    reference-style link keeps working."""
    raw = (
        "“We go,” said Tom Hale.[^1]\n\n[^1]: Said at the pier.\n\n"
        "Later, [Ada Moor][moor] said: “We stay until the boats come back.”\n\n"
        "[moor]: https://example.org/moor\n"
    )
    assert [(q.text, q.speaker) for q in found(raw)] == [
        ("We go,", "Tom Hale"),
        ("We stay until the boats come back.", "Ada Moor"),
    ]
