"""Verbs of the manner of speaking, of pleading and of joking are cues (session 35).
Invented passages.

The cue lexicon is built from verb classes (``lexicon.SAYING_LEMMAS``, ``MANNER_LEMMAS``,
``PLEADING_LEMMAS``, ``JOKING_LEMMAS``): a verb of a class tags a quote as "said" does, after
the quote or before it, with a name, a description or a pronoun, in any tense. The non-verbal
sounds among them (chuckle, groan, snort) are reactions too: after a quote that ends its
sentence, "Her deputy chuckled." is no one's tag."""

from __future__ import annotations

import pytest

from quotecheck.extract import lexicon as lx
from tests.conftest import check_speaker, speakers

MANNER = [
    ("“We want our park back,” the crowd chanted.", "We want our park back", "the crowd"),
    (  # the tag before the quote, a name and an aside
        "Tess Varga, the choir leader, sang out: “Let the valley ring tonight!”",
        "Let the valley ring tonight",
        "Tess Varga",
    ),
    (  # inverted, a title before the name
        "“Back to your stations, everyone,” bellowed Sergeant Ola Brisk.",
        "Back to your stations",
        "Ola Brisk",
    ),
    (  # a participle after the tag
        "“I'm sorry about the noise last night,” Lena Morrow mumbled, looking at the floor.",
        "sorry about the noise",
        "Lena Morrow",
    ),
    ("“You had no right to come here,” Ivo Lamm hissed at the reporter.", "no right to come", "Ivo Lamm"),
    ("“I d-don't know where the money went,” the clerk stammered.", "know where the money", "the clerk"),
    (  # a plural, a clause after the tag
        "“Not in our town, not in our name,” the marchers chorused as they reached the bridge.",
        "Not in our town",
        "the marchers",
    ),
    ("“He was my only son,” Mira Holt sobbed outside the court.", "my only son", "Mira Holt"),
    ("“We made it to the top at last,” the climber gasped.", "top at last", "the climber"),
    ("“Well, that was unexpected,” Nils Ormond chuckled.", "that was unexpected", "Nils Ormond"),
    ("“Get off my land right now,” the farmer hollered from the porch.", "Get off my land", "the farmer"),
]

PLEADING_AND_JOKING = [
    (
        "“Don't close the ward, we beg you,” the families beseeched the board.",
        "close the ward",
        "the families",
    ),
    ("“Give the strikers one more week,” Ada Fenn entreated.", "one more week", "Ada Fenn"),
    ("“Perhaps we should charge for the air too,” Ada Fenn jested.", "charge for the air", "Ada Fenn"),
    ("Ivo Lamm wisecracked: “The bridge has more holes than the budget.”", "more holes", "Ivo Lamm"),
    ("“Nobody reads the small print,” she bantered.", "small print", "she"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MANNER)
def test_manner_of_speaking_verbs_are_cues(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), PLEADING_AND_JOKING)
def test_pleading_and_joking_verbs_are_cues(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_the_classes_make_the_cue_lexicon() -> None:
    assert lx.SPEECH_LEMMAS == lx.SAYING_LEMMAS + lx.MANNER_LEMMAS + lx.PLEADING_LEMMAS + lx.JOKING_LEMMAS
    for form in ("roared", "whispers", "chanting", "sobbed", "beseeched", "jested"):
        assert form in lx.CUE_FORMS
    classes = (lx.SAYING_LEMMAS, lx.MANNER_LEMMAS, lx.PLEADING_LEMMAS, lx.JOKING_LEMMAS)
    assert sum(len(c) for c in classes) == len(set(lx.SPEECH_LEMMAS))  # one home per verb


def test_a_manner_verb_of_someone_else_is_no_tag() -> None:
    # the crowd's roar, a gasp, sobs: nouns or another clause's verb; the speaker stays
    assert speakers("“We won it for the town,” Ivo Lamm said as the crowd roared.") == ["Ivo Lamm"]
    assert speakers("“It was the best night of my life,” said Mira Holt, amid sobs from the crowd.") == [
        "Mira Holt"
    ]
    assert speakers(
        "Ada Fenn, whose gasp could be heard at the back of the hall, said: “This is outrageous.”"
    ) == ["Ada Fenn"]
    # a sound of feeling after a quote that ends its sentence is a reaction, not a tag
    assert speakers(
        "“We are going to fight this,” Ada Fenn said. “Nobody believed us.” Her deputy groaned."
    ) == [
        "Ada Fenn",
        "Ada Fenn",
    ]


def test_a_given_name_is_no_joking_verb() -> None:
    # "josh" would read "Josh Hale" as a verb and a surname: not in the class
    assert "josh" not in lx.CUE_FORMS
    assert speakers("“We start on Monday,” said Josh Hale, the site manager.") == ["Josh Hale"]
