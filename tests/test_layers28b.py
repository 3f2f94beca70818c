"""Layered sources, mended (review 28c): a frame gives way to words set out as said, and a
document whose author is named passes its words to the author. Invented news, run through
the real extractor; each shape has variations and a neighbour.

1. "As the Courier reported, Lund said: “…”": a quote that opens right after its own verb
   of speech (and that verb's subject) is that subject's words, as under "According to …";
   the frame keeps only the reporter's account ("…, Lund said the race was “lost.”"), as the
   annotated news corpus labels it.
2. "The note was signed by Vos: “…”": a document or word of speech whose verb names its
   author by "by" or "from" right before the colon gives the author, not the paper."""

from __future__ import annotations

import pytest

from tests.conftest import mentions

# 1. a frame gives way to a quote set out after its own verb of speech --------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Orla Brandt noted, Tomas Lind said, “We are broke.”", "Tomas Lind"),
        # a colon, an outlet as the frame
        ("As the Harbour Gazette reported, Tomas Lind said: “We are broke.”", "Tomas Lind"),
        # another verb, a listener between the verb and the quote, a time after the frame
        ("As the Northern Ledger reported Monday, Lind told donors, “We are done.”", "Lind"),
        # a description with a name set off, a perfect tense in the frame, "wrote"
        (
            "As Brandt has noted, the treasurer, Ivo Marsh, wrote: “The fund is empty.”",
            "the treasurer, Ivo Marsh",
        ),
        # a present tense, an adverb in the frame, the quote not ending the sentence
        (
            "As the Gazette first reports, the harbour master tells crews, “Stay ashore,” and leaves.",
            "the harbour master",
        ),
        # a medium after the frame's verb, a pronoun listener
        ("As Lind noted in her memo, Brandt told him, “Stay home.”", "Brandt"),
    ],
)
def test_a_direct_quote_after_its_own_cue_is_its_speakers(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: the reporter's account of the words stays the frame's (train convention)
        ("As the Harbour Gazette reported, Tomas Lind said the race was “lost.”", "the Harbour Gazette"),
        ("As Orla Brandt noted, Lind told donors he was “done.”", "Orla Brandt"),
        ("According to Orla Brandt, Lind called the vote “rigged.”", "Orla Brandt"),
        # a pronoun teller is most often the reporter: the frame keeps it
        ("As the Harbour Gazette reported, he said: “We are broke.”", "the Harbour Gazette"),
        # no verb of speech before the quote: the frame's
        ("As Orla Brandt noted, “the race is lost.”", "Orla Brandt"),
    ],
)
def test_a_frame_keeps_the_account_of_the_words(text: str, who: str) -> None:
    assert mentions(text) == [who]


# 2. a document whose author is named gives the author ------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The note was signed by Orla Brandt: “We are done.”", "Orla Brandt"),
        # "was from", a description with a possessive
        ("The email was from Lind’s aide: “Call me.”", "Lind’s aide"),
        # another verb, no "be"
        ("The text came from Brandt: “Shred it.”", "Brandt"),
        # a plural document, another verb of authorship
        ("The emails were sent by the treasurer: “Delete them.”", "the treasurer"),
        # a pluperfect, a word of speech rather than a paper
        ("The reply had been signed by the mayor: “No.”", "the mayor"),
        # a present tense, an institution
        ("The statement is issued by the harbour board: “We regret the error.”", "the harbour board"),
    ],
)
def test_a_document_whose_author_is_named_gives_the_author(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: an object between the verb and "from" keeps the sentence's subject
        ("The record shows a note from Lind: “Shred it.”", "The record"),
        # not a document: the subject stays
        ("The plan was backed by Brandt: “It works.”", "The plan"),
        # a document that speaks: its own verb governs
        ("The letter reads: “We regret the error.”", "The letter"),
        # no author after the verb
        ("The letter was sent to Lind: “Resign.”", "The letter"),
    ],
)
def test_a_document_without_a_named_author_keeps_its_reading(text: str, who: str) -> None:
    assert mentions(text) == [who]
