"""Neighbours of the session 33 sweep's shapes that it broke (each fails on main before this
mend): a passive cue with "by" and "as" + an -ing that is no report of the subject's words
keeps the "by" agent; a sentence pointing back to a quote ("That was the message of …", "So
says …") names its speaker only when nothing before gave one, or the quote opens its line,
and only a person or people; "— so says Y" after a quote signs it only when no cue stands
before the quote in its sentence."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    [q] = [q for q in extract_quotes(document_from_text(text, "story.txt")) if words in q.text]
    return q.speaker


# A passive verb that is no verb of quoting, or an -ing that is no verb of saying: the "by"
# agent judges or describes the subject, and the words are the agent's.
BY_AGENT_SPEAKS = [
    (
        "The levy was attacked by Signe Obuya as hitting “the people who can least afford it.”",
        "Signe Obuya",
    ),
    (
        "The new timetable has been criticised by the rail union as pushing “night workers off the trains.”",
        "the rail union",
    ),
    (
        "The merger, announced on Monday, was welcomed by Halvard Renko as offering “a new chapter.”",
        "Halvard Renko",
    ),
    (
        "The bill had been denounced by the port's chairman as threatening “every job on the quay.”",
        "the port's chairman",
    ),
    ("The audit is dismissed by Dorit Avanzo as claiming “far more than the figures show.”", "Dorit Avanzo"),
    ("The reforms were presented by the minister as answering “the needs of a new century.”", "the minister"),
    (
        "The talks were described by Pell Marrick as encouraging, with “real movement on both sides.”",
        "Pell Marrick",
    ),
]


@pytest.mark.parametrize(("text", "who"), BY_AGENT_SPEAKS)
def test_a_passive_view_by_an_agent_as_doing_something_is_the_agents(text: str, who: str) -> None:
    got = speaker_of(text, "")
    assert got is not None and got.lower() == who.lower()


def test_seen_by_someone_as_warning_is_their_view() -> None:
    text = "The stoppage was seen by the harbour master as warning that “worse is coming.”"
    got = speaker_of(text, "worse")
    assert got is not None and "harbour master" in got


# A sentence about a named person, then a quote, then "That was the N of X": the person before
# said it; X (a rally, a plan, a body that echoes it) is no speaker.
EARLIER_SPEAKER = [
    (
        "Signe Obuya took the microphone at noon. “We will keep the clinic open.” That was the message of the rally.",
        "Signe Obuya",
    ),
    (
        "Halvard Renko spoke for an hour. “Nobody will lose their home.” That is the promise of the new housing plan.",
        "Halvard Renko",
    ),
    (
        "Dorit Avanzo is blunt. “Prices will rise.” That was also the verdict of the central bank last week.",
        "Dorit Avanzo",
    ),
    (
        "Pell Marrick, a carpenter, has one rule. “Measure twice, cut once.” That is the motto of his workshop.",
        "Pell Marrick",
    ),
    ("Signe Obuya is blunt. “Rates will fall.” That is the view of most economists.", "Signe Obuya"),
]


@pytest.mark.parametrize(("text", "who"), EARLIER_SPEAKER)
def test_words_of_after_a_quote_do_not_override_the_speaker_before(text: str, who: str) -> None:
    assert speaker_of(text, text.split("“")[1][:8]) == who


# "That was the N of X" where X is a thing or an event: nobody's words.
NO_SAYER = [
    "“Keep the faith.” That was the slogan of the 1987 campaign.",
    "“Nobody goes hungry.” That is the message of the new campaign, which starts on Friday.",
    "“Stand together.” That was the chorus of the protest song.",
    "“No retreat.” That was the message of the mural on Quay Lane.",
]


@pytest.mark.parametrize("text", NO_SAYER)
def test_words_of_a_thing_or_an_event_name_no_speaker(text: str) -> None:
    assert speaker_of(text, text.split("“")[1][:8]) is None


# "— (or) so says Y" after a quote whose own sentence already has its cue before the quote:
# Y agrees, reports or doubts; the cue before speaks.
CUE_BEFORE_THE_DASH = [
    ("Signe Obuya said the bridge was “beyond repair” — so say most of her neighbours.", "Signe Obuya"),
    (
        "Halvard Renko called the fine “an outrage” — says the Tarrow Courier, citing two aides.",
        "Halvard Renko",
    ),
    ("The union described the offer as “an insult” — or so says the company's own newsletter.", "The union"),
    ("The notice reads “Closed for repairs” — or so says Pell Marrick, who had not seen it.", "The notice"),
]


@pytest.mark.parametrize(("text", "who"), CUE_BEFORE_THE_DASH)
def test_so_says_after_a_dash_does_not_override_a_cue_before_the_quote(text: str, who: str) -> None:
    got = speaker_of(text, text.split("“")[1][:8])
    assert got is not None and got.lower() == who.lower()


# "So says X" at the next sentence's start where X is a text or a saying, or after a sentence
# that already gave the quote its speaker ("So said many others": they echo it).
SO_SAYS_NO_ONE = [
    "“Drivers must stop at the line.” So says the highway code, anyway.",
    "“Sell in May and go away.” So says the old adage, and Dorit Avanzo agrees.",
    "“Red sky at night, shepherd's delight.” So said the almanac.",
]


@pytest.mark.parametrize("text", SO_SAYS_NO_ONE)
def test_so_says_a_text_or_a_saying_names_no_speaker(text: str) -> None:
    assert speaker_of(text, text.split("“")[1][:8]) is None


def test_so_said_others_after_a_speaker_keeps_the_speaker() -> None:
    text = "Signe Obuya welcomed the ruling. “It is a good day for the town.” So said many others."
    assert speaker_of(text, "good day") == "Signe Obuya"
