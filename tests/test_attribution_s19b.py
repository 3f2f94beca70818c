"""Speakers in general sentence shapes added in session 19 (second round), each run through
the real extractor on invented news prose in several variations, with neighbours that must
not fire:

1. a past participle right after a noun, followed by a preposition whose phrase runs
   straight on to the clause's own finite verb, is a reduced relative ("the families
   admitted to the shelter have slept …"), not a verb of speech: the noun reports nothing,
   and the verb after the phrase is the noun's own ("the nurses asked about the cuts said").
"""

from __future__ import annotations

import pytest

from tests.conftest import mention, only_quote

# 1. "the boats built in the yard were …": a reduced relative is no cue -----------------


@pytest.mark.parametrize(
    "text",
    [
        # present perfect after the phrase, a phrase of place inside the noun phrase
        "The families from the coast admitted to the shelter have slept on cots for a week. "
        "“Nobody tells us anything.”\n",
        # another participle cue with an infinitive after it, a past verb
        "The drivers told to wait at the depot were still there at noon. “We lose a day of pay.”\n",
        # a description with a number, another cue verb, a passive main verb
        "The two engineers cited in the inspection report were moved to another site. "
        "“It was never about safety.”\n",
        # a time phrase between the phrase and the verb, a present tense
        "The crews asked about the quota last spring are still waiting for an answer. "
        "“The office never writes back.”\n",
    ],
)
def test_reduced_relative_reports_nothing(text: str) -> None:
    q = only_quote(text)
    assert q.speaker is None
    assert mention(text, q) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle is the verb: an object follows it, not a preposition
        (
            "The ferry officials told reporters the depot was shut. “We lose a day of pay.”\n",
            "The ferry officials",
        ),
        # the participle is set off in commas, and the clause's verb is a verb of speech
        (
            "The mayor, asked about the boats, said the yard would close. “We cannot pay for it.”\n",
            "The mayor",
        ),
        # a that-clause after the preposition's object: the verb reports it
        (
            "The drivers admitted to the inspectors that the logs were wrong. “We had no choice.”\n",
            "The drivers",
        ),
        # a new subject after the setting: the verb reports the clause
        (
            "The harbour master said on Monday the pier would reopen. “The repairs are done.”\n",
            "The harbour master",
        ),
    ],
)
def test_participle_with_its_own_report_still_speaks(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance verb after the phrase, a perfect tense
        ("The refugees admitted to the country have called the camps “a prison.”\n", "The refugees"),
        # a verb of speech after the phrase
        ("The nurses asked about the cuts said they were “reckless and cruel.”\n", "The nurses"),
        # a document noun in the phrase, another stance verb
        ("The studies cited in the report described the law as “a failure.”\n", "The studies"),
    ],
)
def test_verb_after_reduced_relative_is_the_nouns(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker
