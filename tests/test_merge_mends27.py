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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # review 27d: an emphatic "did tell" is said, and a denial earlier in the sentence
        # does not govern a later report
        ("Tom Vik said the coach did tell him: “You are dropped.”", "the coach"),
        (
            "Ida Marn rejected the rumour but said her landlord told her: “The rent is rising.”",
            "her landlord",
        ),
        ("Lena Park disputed the figures, then said the mayor told her: “The levy is gone.”", "the mayor"),
        # neighbours: the denial right before the teller, and "did not"
        ("Tom Vik denied that the coach told him: “You are dropped.”", "Tom Vik"),
        ("Tom Vik said the coach did not tell him: “You are dropped.”", "Tom Vik"),
    ],
)
def test_said_and_denied_telling(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a singular noun in -us or -is is one person, who may be the one given that role
        ("Ana Pohl, an alumnus, spoke. The alumnus said: “I am proud.”", "Ana Pohl"),
        ("Tom Vik, a genius with numbers, spoke. The genius said: “It adds up.”", "Tom Vik"),
        # neighbour: a plural stays a group
        ("Ida Marn, a judge, spoke. The judges said: “We agree.”", "The judges"),
    ],
)
def test_singular_nouns_in_s(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
