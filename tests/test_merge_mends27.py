"""Mends to the merges of session 27: shapes two branches each got right alone and lost
together. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause after a noun of text: the verb in it repeats the writer's words
        ("Ana Ruiz wrote a sentence that many readers quoted: “The river does not forgive.”", "Ana Ruiz"),
        ("Tom Hale wrote a line which his students still quote: “Measure twice, then stop.”", "Tom Hale"),
        # neighbours: a teller inside a report sets out her own words (s27-cue)
        ("Ana Ruiz said her aunt had told her: “Never sell the farm.”", "her aunt"),
        ("Tom Hale said that his coach had told him: “Run through the line.”", "his coach"),
        ("Lena Park told reporters her father had said: “Keep the lights on.”", "her father"),
    ],
)
def test_verb_of_speech_in_a_relative_after_a_noun(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words a teller inside a report only should, would, might or never say are not said
        ("Tom Vik said the coach should tell the fans: “We failed.”", "Tom Vik"),
        ("Ida Marn hoped her editor would tell readers: “The paper will survive.”", "Ida Marn"),
        ("Lena Park said the mayor wants to tell voters: “The levy is gone.”", "Lena Park"),
        ("Tom Vik said the coach never told him: “You are dropped.”", "Tom Vik"),
        ("Ida Marn said her landlord did not tell her: “The rent is rising.”", "Ida Marn"),
        # nor words whose report is denied
        ("Tom Vik denied that the coach told him: “You are dropped.”", "Tom Vik"),
        ("Lena Park said it was false that the mayor told her: “The levy is gone.”", "Lena Park"),
        # neighbours: a teller who said them keeps them, in any tense
        ("Tom Vik said the coach told him: “You are dropped.”", "the coach"),
        ("Ida Marn said her landlord has told her: “The rent is rising.”", "her landlord"),
    ],
)
def test_words_a_teller_did_not_say(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
