"""Mends to the session-32 group-name and time-span rules (review of s32-orgs).

- "of" and "on" after a plural of people never bring in a time the phrase does not own
  ("Organisers of the march", "Witnesses on the day"); a lower-case month's spelling is no
  month ("the march"). A time the subject does not own is a span after "for" ("for years",
  "for three weeks") or a point after "at" ("Police at the time").
- A span after "for" that follows an adjective or a participle inside the subject is the
  subject's ("A man missing for weeks said").
- A group's name opening with a known plural of people ("Campaigners against Kelso Airport",
  "Pilots for Safer Skies") is the speaker whole, never the name after its preposition.
- A short unit of time ("seconds", "minutes", "moments") is never the noun a bare place name
  modifies ("said a man from Kelso seconds before the crash").
- ``names.joins_name`` reads no token outside the list, whatever index it is given.
"""

from __future__ import annotations

import random

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.names import joins_name
from quotecheck.extract.sentences import tokenize
from tests.conftest import mention, quote_with


def said_by(text: str, words: str) -> tuple[str | None, str | None]:
    """The speaker and the speaker's words as written, for the quote holding ``words``."""
    text += "\n"
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker, mention(text, q)


PEOPLE_OF_AN_OCCASION = [
    ("Organisers of the march said the route was “far too long.”", "far too long", "Organisers of the march"),
    (
        "“The route was far too long,” organisers of the march told reporters.",
        "far too long",
        "organisers of the march",
    ),
    (
        "Survivors of the night have described the blaze as “a furnace.”",
        "a furnace",
        "Survivors of the night",
    ),
    (
        "Witnesses on the day said the crowd had been “calm throughout.”",
        "calm throughout",
        "Witnesses on the day",
    ),
    (
        "Stewards at the march insisted the gates were “never locked.”",
        "never locked",
        "Stewards at the march",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PEOPLE_OF_AN_OCCASION)
def test_people_of_an_occasion_keep_their_phrase(text: str, words: str, expected: str) -> None:
    assert said_by(text, words)[1] == expected


SPAN_INSIDE_SUBJECT = [
    ("A man missing for weeks said he had been “lost in the hills.”", "lost in", "A man missing for weeks"),
    (
        "“I was lost in the hills,” a walker missing for days told rescuers.",
        "lost in",
        "a walker missing for days",
    ),
    (
        "Tenants without heating for months have complained the flats were “freezing.”",
        "freezing",
        "Tenants without heating for months",
    ),
    ("Drivers stuck for hours, many of them angry, said the road was “a car park.”", "car park", None),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPAN_INSIDE_SUBJECT)
def test_span_after_participle_is_the_subjects(text: str, words: str, expected: str | None) -> None:
    got = said_by(text, words)[1]
    if expected is None:
        assert got is not None and got.startswith("Drivers stuck for hours")
    else:
        assert got == expected


TIME_NOT_OWNED = [
    ("Officials for years said the water was “perfectly safe.”", "perfectly safe", "Officials"),
    ("The council has for months said the bridge is “sound.”", "sound", "The council"),
    ("Police at the time said the road was “closed to all traffic.”", "all traffic", "Police"),
    ("“The road was closed,” a witness at the time told the inquiry.", "road was closed", "a witness"),
]


@pytest.mark.parametrize(("text", "words", "expected"), TIME_NOT_OWNED)
def test_time_the_subject_does_not_own_is_skipped(text: str, words: str, expected: str) -> None:
    assert said_by(text, words)[1] == expected


GROUPS_WHOLE = [
    ("Campaigners against Kelso Airport said the plan was “sheer madness.”", "sheer madness"),
    ("“It is sheer madness,” said Doctors against Delay, a pressure group.", "sheer madness"),
    ("Voters against Hale have argued the count was “rigged from the start.”", "rigged from"),
    ("“We will be at every meeting,” said Pilots for Safer Skies.", "every meeting"),
    ("In a statement on Monday, Nurses against Closures said the ward was “vital.”", "vital"),
]


@pytest.mark.parametrize(("text", "words"), GROUPS_WHOLE)
def test_group_name_is_the_speaker_whole(text: str, words: str) -> None:
    speaker, span = said_by(text, words)
    assert span is not None and speaker == span.rstrip(",")


GROUP_NEIGHBOURS = [
    ("“It was the right call,” said Jones of Kelso Rovers.", "right call", "Jones"),
    ("“It was the right call,” said campaigners against the airport.", "right call", "campaigners"),
    ("“It was the right call,” said Roberts for Harlow Rangers.", "right call", "Roberts"),
    ("Lawyers for Delmar Bank have called the charges “baseless.”", "baseless", "Delmar Bank"),
]


@pytest.mark.parametrize(("text", "words", "expected"), GROUP_NEIGHBOURS)
def test_group_neighbours_name_no_tail(text: str, words: str, expected: str) -> None:
    speaker = said_by(text, words)[0]
    assert speaker is not None and speaker.startswith(expected)


PLACE_THEN_TIME = [
    (
        "“Nobody warned us,” said a man from Kelso seconds before the crash.",
        "Nobody warned",
        "a man from Kelso",
    ),
    (
        "“We heard nothing,” said a spokesman for Harlow minutes after the vote.",
        "heard nothing",
        "a spokesman for Harlow",
    ),
    (
        "“It was chaos,” said a fan from Dunmore moments after the final whistle.",
        "It was chaos",
        "a fan from Dunmore",
    ),
    (
        "“It was chaos,” said a clerk at Kelso town hall minutes after the vote.",
        "It was chaos",
        "a clerk at Kelso town hall",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PLACE_THEN_TIME)
def test_unit_of_time_is_no_place_noun(text: str, words: str, expected: str) -> None:
    assert said_by(text, words)[1] == expected


def test_joins_name_reads_nothing_outside_the_tokens() -> None:
    text = "said a spokesman for Pilots for Safer Skies"
    toks = tokenize(text, 0, len(text), [], 0)
    for k in (-3, -1, 0, len(toks) - 1, len(toks), len(toks) + 2):
        assert joins_name(toks, k) is False or 0 < k < len(toks) - 1


CAPS = ["Kelso", "Harlow", "Safer", "Skies", "Pilots", "Friends", "Doctors", "Bank", "The", "Port", "Vale"]
LOWER = ["for", "of", "on", "and", "against", "the", "at", "from", "said", "a", "spokesman", "years"]


def test_fuzz_capitalised_runs_and_prepositions() -> None:
    rng = random.Random(32)
    for _ in range(300):
        words = [rng.choice(CAPS if rng.random() < 0.5 else LOWER) for _ in range(rng.randint(1, 9))]
        body = " ".join(words)
        for text in (
            f"“It is over,” said {body}.",
            f"{body} said it was “over.”",
            f"“Over,” {body}",
            f"Play ended. “It was over,” said {body}. “We move on.”",
        ):
            toks = tokenize(text, 0, len(text), [], 0)
            for k in range(-2, len(toks) + 2):
                joins_name(toks, k)
            said_or_none(text)


def said_or_none(text: str) -> None:
    extract_quotes(document_from_text(text + "\n", "story.txt"))
