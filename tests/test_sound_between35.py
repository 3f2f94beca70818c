"""A sentence that only tells of a sound (a described subject and a verb of the manner of
speaking, ended at once or after a short object: "The crowd roared.", "Fans bellowed their
approval.") between one speaker's quotes does not take the next quote: it is a noise, not words
reported (``attribution.sound_only``, read by ``indirect_before``; session 35, after the
manner verbs joined the cues). Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

KEEPS_THE_SPEAKER = [
    (  # a crowd, the past, nothing after the verb
        "“The tide has turned,” said Kit Marlow. The crowd roared. “At last we have a harbour.”",
        "At last",
        "Kit Marlow",
    ),
    (  # a thing, an adverb after the verb
        "“We start at dawn,” Ada Fenn said. The kettle hissed loudly. “Nobody sleeps in this house.”",
        "Nobody sleeps",
        "Ada Fenn",
    ),
    (  # a plural opening the sentence, a short object, the present tense
        "“The club is back,” says coach Lena Morrow. Fans bellow their approval. “And we stay up.”",
        "we stay up",
        "Lena Morrow",
    ),
    (  # a description with a modifier, another sound verb, a pronoun speaker before
        "Tom Hale spoke first. “We have waited long enough,” he said. The packed hall groaned. “Ten years.”",
        "Ten years",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), KEEPS_THE_SPEAKER)
def test_a_sound_between_one_speaker_s_quotes_keeps_the_speaker(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


TAKES_THE_QUOTE = [
    (  # a named person who sighs takes the floor
        "“The tide has turned,” said Kit Marlow. Ann Lee sighed. “Not for us.”",
        "Not for us",
        "Ann Lee",
    ),
    (  # no speaker before: the crowd's chant is the quote
        "Protesters gathered outside the depot. Demonstrators chanted. “No more cuts.”",
        "No more cuts",
        "Demonstrators",
    ),
    (  # a longer report by the crowd
        "“The tide has turned,” said Kit Marlow. The crowd chanted that the mayor had to go. “Out, out, out.”",
        "Out, out",
        "crowd",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TAKES_THE_QUOTE)
def test_a_person_a_report_or_a_first_chant_still_takes_the_quote(
    text: str, words: str, speaker: str
) -> None:
    check_speaker(text, words, speaker)
