"""Tail mends of session 29: a bare verb-of-speech form between an article + capitalised
modifier and a noun is a modifier ("a Democratic state senator"); an aside set off after a
relative pronoun joined by "and" ("and who, as one aide put it, “…”") frames the quote as it
does after a lone "who"; "head"/"chair" of a body is a person the relative after the body is
about; "Anyone who …" opening a sentence is the subject of the verb after its relative clause;
the author of "a warning/plea/message from X:" speaks the quote after the colon."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# ---- a bare verb-of-speech form as a modifier: "a Democratic state senator" ----
MODIFIER = [
    (
        "A Republican state representative who was filmed telling a donor that he could "
        "“make the fine vanish” resigned on Friday.",
        "fine vanish",
        "state representative",
    ),
    (
        "A Democratic state senator who had promised voters she would “fight every toll” "
        "quit the race this week.",
        "every toll",
        "state senator",
    ),
    (
        "The Liberal state treasurer, who once vowed to “balance the books by spring,” stepped down.",
        "balance the books",
        "state treasurer",
    ),
]

# neighbour: a plural capitalised subject before the bare form is its subject; the verb speaks
MODIFIER_NEIGHBOURS = [
    (
        "The Greens state in their filing that the plan is “a gift to builders.”",
        "gift to builders",
        "Greens",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), MODIFIER + MODIFIER_NEIGHBOURS)
def test_modifier_slot(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# ---- "and who, as X put it, “…”": the aside's speaker ----
JOINED_RELATIVE_ASIDE = [
    (
        "Ivo Marsh has long been seen as a quiet clerk who preferred committee work to cameras "
        "and who, as one colleague put it this week, “would rather read a bill than give a speech.”",
        "read a bill",
        "one colleague",
    ),
    (
        "Rena Dahl was an engineer who chaired the dock panel and who, as one aide puts it, "
        "“never once raised her voice.”",
        "raised her voice",
        "one aide",
    ),
    (
        "The new auditor is a veteran who knows the ledgers and who, as her deputy put it on "
        "Monday, “finds the missing dollar every time.”",
        "missing dollar",
        "deputy",
    ),
]

# neighbour: a lone relative pronoun with its aside reads as before
JOINED_RELATIVE_NEIGHBOURS = [
    (
        "Ivo Marsh was a quiet clerk who, as one colleague put it, “would rather read than talk.”",
        "rather read",
        "one colleague",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), JOINED_RELATIVE_ASIDE + JOINED_RELATIVE_NEIGHBOURS)
def test_joined_relative_aside(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# ---- "the head of the union, who added “…”": the person ----
HEAD_OF_BODY = [
    (
        "“We will not sign this contract,” said Ann Delmar, the head of the union, who added, "
        "“Talks will go on next week.”",
        "Talks will go on",
        "Delmar",
    ),
    (
        "“We are done,” said Ida Polk, the head of the tenants' group, who called the offer “an insult.”",
        "an insult",
        "Polk",
    ),
    (
        "“The books are clean,” insisted Tova Reyes, head of the Harbour Trust, who warned "
        "that any audit would be “a waste of money.”",
        "waste of money",
        "Reyes",
    ),
]

# neighbour: a thing's "head" is no person
HEAD_NEIGHBOURS = [
    (
        "“The figures speak for themselves,” the report said of the bridge's old head of the span.",
        "speak for themselves",
        "report",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), HEAD_OF_BODY + HEAD_NEIGHBOURS)
def test_head_of_body(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# ---- "Anyone who has met X says “…”": the indefinite is the subject ----
INDEFINITE_RELATIVE = [
    (
        "Anyone who has met the new chief, Ivo Marsh, says “he listens before he talks.”",
        "listens before",
        "Anyone",
    ),
    (
        "Everyone who worked with Dana Holt in the clerk's office says she was “a stickler for rules.”",
        "stickler",
        "Everyone",
    ),
    (
        "Everyone who has worked for the new mayor, Tova Reyes, describes her as “relentless.”",
        "relentless",
        "Everyone",
    ),
]

# neighbour: "anyone who" as an object is no subject
INDEFINITE_NEIGHBOURS = [
    (
        "Ivo Marsh told anyone who would listen that the vote was “rigged from the start.”",
        "rigged from",
        "Marsh",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), INDEFINITE_RELATIVE + INDEFINITE_NEIGHBOURS)
def test_indefinite_relative(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# ---- "a warning from X:": X speaks ----
UTTERANCE_FROM = [
    (
        "The meeting ended with a blunt warning from Ann Vesk: “Nobody leaves until this is fixed.”",
        "Nobody leaves",
        "Vesk",
    ),
    (
        "The hearing closed with an angry plea from the harbour master: “Give us the dredger back.”",
        "dredger back",
        "harbour master",
    ),
    (
        "Then came a short message from Governor Ida Brandt: “I will sign it.”",
        "I will sign",
        "Brandt",
    ),
]

# neighbour: a thing sent from a place is not a speaker: the subject keeps the colon
UTTERANCE_NEIGHBOURS = [
    (
        "Ann Vesk read out a warning from the weather service and added: “We close at noon.”",
        "close at noon",
        "Vesk",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), UTTERANCE_FROM + UTTERANCE_NEIGHBOURS)
def test_utterance_from(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
