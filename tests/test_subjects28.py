"""A document as the subject of "was" gives no speaker ("The police report was “late”": what
it is, not what it says), nor a quote inside the subject's own phrase ("A demand for “…” was
made …"); a noun of speech under "is" still gives its words' owner ("Lee’s slogan is “…”").
All text is invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text``; a quote kept as a term has none."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    return [q.speaker if q.kind == "quote" else None for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The police report was “late.”",
        "The annual report was “late.”",
        "The audit is “overdue” by any measure.",
        "A demand for “rent relief now” was made by the tenants on Friday.",
    ],
)
def test_a_document_described_or_holding_the_quote_says_nothing(text: str) -> None:
    assert speakers(text) == [None]


def test_a_speech_noun_under_be_still_gives_its_owner() -> None:
    assert speakers("Ana Brekke ran again. Brekke’s campaign slogan is “Ferries for all.”") == ["Ana Brekke"]
