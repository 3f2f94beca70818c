"""Twins merged (session 33): one test where two did the same job differently.

- A colon line over an unmarked blockquote (markdown) and a colon sentence before a quote
  read one test, ``mentions.speech_noun_verb``: the listener after the noun ("a message for
  the board:") no longer hides it, two modifiers joined ("a stark and final warning:") are
  read over, and a noun received ("had received a warning:") credits no one.
- An "it" after a phrase fronted before it reads ``sentences.fronted_phrase``, the he/she
  test, not a stricter twin of its own: a time noun ("The next day, it said"), a participle
  phrase ("Asked about the cost, it said") or a phrase with an aside in it ("On Monday, in a
  letter to traders, it said") leaves the "it" its sentence's subject, standing for the body
  of the sentence before. A fronted clause with a verb of its own does not.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


LEAD = "The Tolvik harbour board voted to close the east annex on Tuesday.\n\n"

FRONTED_IT = [
    LEAD + "The next day, it said “the annex will reopen in spring.”",
    LEAD + "Asked about the cost, it said “the annex will reopen in spring.”",
    LEAD + "On Monday, in a letter to traders, it said “the annex will reopen in spring.”",
    "The Brisk Valley water trust raised its rates last month.\n\n"
    + "Pressed by residents, it wrote that “the rise will last one year.”",
]


@pytest.mark.parametrize("text", FRONTED_IT)
def test_an_it_after_a_fronted_phrase_is_the_body_before(text: str) -> None:
    words = "will reopen" if "reopen" in text else "rise will last"
    assert "board" in speaker_of(text, words) or "trust" in speaker_of(text, words)


def test_an_it_after_a_fronted_clause_is_not_read_as_its_subject() -> None:
    text = LEAD + "After the ferry company objected, it said “the annex will reopen in spring.”"
    assert "board" not in speaker_of(text, "will reopen")


# A colon line over an unmarked blockquote reads mentions.speech_noun_verb, the colon test
# the prose sieves read, not a twin of its own: a noun of speech with its listener after it
# ("a message for the board:") is put out; one received ("had received a warning:") is not.
def md_speaker(text: str, words: str) -> str | None:
    doc = document_from_text(text, "story.md", "markdown")
    got = [q.speaker for q in extract_quotes(doc) if words in q.text and q.kind == "quote"]
    return got[0] if got else None


BLOCK = "\n\n> The pier will reopen in June. We are sure of it.\n"


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        ("Ilse Varga had a message for the board:", "Ilse Varga"),
        ("The harbour judge had a question for the witness:", "The harbour judge"),
        ("Ilse Varga sent a short message to the council:", "Ilse Varga"),
        ("Tomas Bray delivered a warning for the players:", "Tomas Bray"),
    ],
)
def test_a_speech_noun_with_its_listener_heads_the_block(lead: str, who: str) -> None:
    assert md_speaker(lead + BLOCK, "pier will") == who


def test_coordinated_modifiers_still_head_the_block() -> None:
    assert md_speaker("Ilse Varga issued a stark and final warning:" + BLOCK, "pier will") == "Ilse Varga"


def test_a_speech_noun_received_heads_no_block() -> None:
    assert md_speaker("Ilse Varga had received a warning:" + BLOCK, "pier will") is None
