"""Shapes found by the session-36 sweep of invented US political wire copy
(/work/coord/sweepp36). Invented passages, people and places."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# A court's judgment reported with its that-clause: "held that", "ruled that" give the partial
# quote inside the clause to the subject (past forms only: "the rules", "on hold" are nouns).
JUDGED = [
    (
        "The appeals court held that the ban on street vendors “sweeps far too broadly.”",
        "sweeps far too broadly",
        "The appeals court",
    ),
    (  # another verb, a judge by name and title
        "Judge Marisol Tarrant ruled that the county had acted in “bad faith” when it closed the polls.",
        "bad faith",
        "Marisol Tarrant",
    ),
    (  # a panel, an aside before the verb
        "The state supreme court, in a 4-3 decision, held that the petitions were “riddled with forged signatures.”",
        "riddled with forged signatures",
        "The state supreme court",
    ),
    (  # a description of the judge, a perfect tense
        "A federal judge in Corvin Bay has ruled that the new maps are “a deliberate dilution” of rural votes.",
        "a deliberate dilution",
        "A federal judge",
    ),
]

JUDGED_NEIGHBOURS = [
    (  # "held" an event: a title, not words
        "The caucus held a forum, “Water for Whom,” at the Corvin Bay library on Friday.",
        "Water for Whom",
        None,
    ),
    (  # "ruled out" a term, no clause
        "Sen. Dalia Morrow ruled out a “grand bargain” on the budget this year.",
        "grand bargain",
        None,
    ),
    (  # a court "held" a hearing: no that-clause, a title
        "The court held a hearing, “Maps and Votes,” in Ashgrove on Friday.",
        "Maps and Votes",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), JUDGED + JUDGED_NEIGHBOURS)
def test_judged_that(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# "which" opening a relative clause with its own subject that did the calling: the subject's
# words, as with "what the defence called “…”"; not the participle naming of "a group called".
RELATIVE_CALLED = [
    (
        "The farm bill, which Democrats have called “a giveaway,” passed 51-49.",
        "a giveaway",
        "Democrats",
    ),
    (  # a name, simple past
        "The levy, which Sen. Otho Brannock called “a tax on rain,” expires in June.",
        "a tax on rain",
        "Otho Brannock",
    ),
    (  # a description, a perfect tense, adjectives quoted
        "The rider, which the governor has called “reckless and cruel,” cleared the House on Friday.",
        "reckless and cruel",
        "the governor",
    ),
]

RELATIVE_NEIGHBOURS = [
    (  # "which was called": nobody in the clause names it
        "The old ferry dock, which was once called “the Spine,” reopened in Corvin Bay.",
        "the Spine",
        None,
    ),
    (  # a participle naming, no relative clause
        "Delegates toured a shelter called “Safe Harbor” outside Ashgrove.",
        "Safe Harbor",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELATIVE_CALLED + RELATIVE_NEIGHBOURS)
def test_relative_called(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# A quote standing alone after a sentence whose subject is a person described (no name) taking a
# turn in talk: an attitude after "was" or a gesture gives the description as the speaker, as a
# name there already did ("Hale was blunt. “…”").
DESCRIBED_TURN = [
    (
        "The Ohio Democrat was blunt. “Nobody in Millbrook believes that number.”",
        "Nobody in Millbrook",
        "The Ohio Democrat",
    ),
    (  # another adjective, a degree word, present tense
        "The two-term mayor is more cautious. “We will wait for the audit before we spend a dime.”",
        "wait for the audit",
        "The two-term mayor",
    ),
    (  # a gesture, a modifier in the description
        "The first-term senator shook her head. “We have heard this promise before.”",
        "heard this promise",
        "The first-term senator",
    ),
]

DESCRIBED_NEIGHBOURS = [
    (  # a description doing something other than talk: no speaker
        "The governor signed the water bill in Sorrel Creek on Friday. “This is a good day for farmers.”",
        "good day for farmers",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED_TURN + DESCRIBED_NEIGHBOURS)
def test_described_turn(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# A clock time in an aside before the cue ("posted at 6:12 a.m.,") is one word: its colon
# ended no clause, so "12 a.m." was read as the speaker.
CLOCKED = [
    (
        "The tweet, posted at 6:12 a.m., read: “Big win for the farmers of Sorrel Creek!”",
        "Big win for the farmers",
        "The tweet",
    ),
    (  # a partial quote, another cue
        "The senator’s office, in a statement issued at 4:30 p.m., said she was “saddened” by the news.",
        "saddened",
        "office",
    ),
    (  # a name, a time with no a.m.
        "Gov. Nadia Ferrow, speaking at 10:15 outside the Capitol, said: “We will not be rushed.”",
        "We will not be rushed",
        "Nadia Ferrow",
    ),
]

CLOCKED_NEIGHBOURS = [
    (  # a time opening the sentence: the speaker is the subject after it
        "At 10:45, the speaker gaveled the House back in. “We will vote tonight,” Rep. Lora Quint said.",
        "We will vote tonight",
        "Lora Quint",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CLOCKED + CLOCKED_NEIGHBOURS)
def test_clock_time_aside(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
