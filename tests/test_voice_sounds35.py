"""A sound the voice makes without words is a reaction after a quote that ends its sentence
when the sentence before gives the words a speaker (session 35). Invented passages.

``lexicon.VOICE_SOUND_LEMMAS`` (laugh, sigh, groan, gasp, sob, chuckle …): set off by a comma
they tag the quote as any manner verb does (“…,” Ada Fenn groaned); after a closed quote
that opens its sentence, with a report or a person as the subject of the sentence before it
in its paragraph, "The audience groaned." reacts to someone else's words
(``attribution.sound_after_context``)."""

from __future__ import annotations

import pytest

from quotecheck.extract import lexicon as lx
from tests.conftest import check_speaker, speakers

REACTIONS = [
    (  # a report before the quote, a description reacting
        "Ivo Lamm told the meeting the pool would close. “There is no money left.” The audience groaned.",
        "no money left",
        "Ivo Lamm",
    ),
    (  # a description as the reporter, a plural reacting, another sound
        "The treasurer said the fund was empty. “We cannot pay the staff.” Councillors gasped.",
        "pay the staff",
        "The treasurer",
    ),
    (  # no report: a named subject before, a sound of main's lexicon
        "Sula Marr took the stand. “I was not there.” The gallery laughed.",
        "not there",
        "Sula Marr",
    ),
    (  # an aside on the subject before, the present tense
        "Mayor Ivo Lamm, who chairs the board, rose to speak. “The bridge will be built.” The crowd groans.",
        "bridge will be built",
        "Ivo Lamm",
    ),
    (  # a named person reacting, a past perfect report
        "Lena Morrow had warned the board the pool would close. “There is no money left.” Ada Fenn sobbed.",
        "no money left",
        "Lena Morrow",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REACTIONS)
def test_a_voice_sound_after_someone_elses_quote_is_a_reaction(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_a_voice_sound_still_tags_its_own_quote() -> None:
    # set off by a comma: the manner of the words
    assert speakers(
        "Ivo Lamm told the meeting the pool would close. “There is no money left,” Ada Fenn groaned."
    ) == ["Ada Fenn"]
    # a quote opening its paragraph, or after a sentence that gives no one: the beat is hers
    assert speakers("“We won.” Ada Fenn laughed.") == ["Ada Fenn"]
    assert speakers("The match ended 2-1. “We won.” Ada Fenn laughed.") == ["Ada Fenn"]


def test_voice_sounds_are_reactions() -> None:
    assert lx.VOICE_SOUND_LEMMAS <= lx.REACTION_LEMMAS
    assert "groan" in lx.VOICE_SOUND_LEMMAS and "shout" not in lx.VOICE_SOUND_LEMMAS
