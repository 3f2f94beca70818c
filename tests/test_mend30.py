"""Mending the session-30 survey shapes after review 30c.

reported_partial goes on with a report only when the report said something (not "did not
respond", "declined to comment", "would not say", "Nobody … would confirm", "said nothing"),
when the quote is no term ("on a “…” basis", "the so-called “…”", "what X lists as “…”"), and
when the quote's own sentence names no source of its own: no phrase set off before the
subject that names one ("For Ms. Adeyemi,", "In the union's view,", "To critics,"), no
subject that is a name, a single person, a speaking group or body, or a document, and no
subject set off by an aside ("Ferreira, a retired pilot, …").

witnessed is the one reader of [verb of perceiving, quoting or catching] [object] [participle
of speech]: the object must be a noun phrase right after the verb whose head can speak (or a
work or paper heard or seen), never an adjective before a noun in -ing ("heard a stern
warning from …"), a wh-clause ("saw how the chairman kept telling …") or a relative clause
the participle closes before the sentence's own verb ("Officers who heard the man shouting
called …").
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, quote_with

WITHHELD = [
    # a negated verb of answering, a partial quote after a modal
    (
        "The ferry operator has not responded to emailed questions. The cuts could affect “as many as "
        "three hundred jobs on the night shift.”",
        "three hundred jobs",
        None,
    ),
    # a verb of refusing with an infinitive, a person as subject, "may have to"
    (
        "The harbour chief refused to say whether the pier was safe. Crews may have to close it "
        "“for at least the rest of the season.”",
        "rest of the season",
        None,
    ),
    # a denying subject with a prepositional phrase, "would" in the report
    (
        "Nobody at the water board would confirm the figure. The shortfall could reach “a "
        "quarter of the yearly budget.”",
        "quarter of the yearly budget",
        None,
    ),
    # a verb of speech with "nothing" as its object, after a fronted participle
    (
        "Asked about the delay, the rail spokeswoman said nothing. The line could stay shut "
        "“until well into the spring.”",
        "well into the spring",
        None,
    ),
    # words still owed: "has yet to", a body with a name as its subject
    (
        "The Pell Valley trust has yet to answer the letter. The sale could bring in “well over "
        "ninety million by the autumn.”",
        "ninety million",
        None,
    ),
]

TERMS_AND_FRAMES = [
    # a quoted rule after an article before its noun
    (
        "The head teacher said places were scarce. Seats will be given out on a “first come, "
        "first served” basis from March.",
        "first come, first served",
        None,
    ),
    # a naming "as" after a clause of its own
    (
        "The treasurer said the economy was turning. Debt could climb to what the audit office "
        "lists as “the highest level in a generation.”",
        "highest level in a generation",
        None,
    ),
    # a person framing the sentence in a phrase set off before its subject
    (
        "The port chief said the budget was tight. For Mr. Okafor, the plan would be “the end of "
        "the only ferry to the island.”",
        "only ferry to the island",
        None,
    ),
    # a body's view framing the sentence, a possessive
    (
        "Rosa Tamm said the deal was close. In the guild's view, the merger would mean “a slow "
        "death for small printers.”",
        "slow death for small printers",
        None,
    ),
    # a document as the subject of the modal sentence
    (
        "The councillor said rents were rising fast. The bill would require landlords to give "
        "“at least sixty days of written notice.”",
        "sixty days of written notice",
        None,
    ),
    # a subject set off by an appositive: someone newly described
    (
        "The mayor said the airfield was a burden. Dunmore, a retired pilot, would rather see "
        "“the old strip kept open for gliders.”",
        "old strip kept open",
        None,
    ),
]

REPORT_GOES_ON = [
    # the neighbour: an affirmed report, people it is about as the subject, a modal
    (
        "The fire chief said crews were stretched thin. Families could soon face “a choice "
        "between heating and eating this winter.”",
        "heating and eating",
        "fire chief",
    ),
    # a negation inside what was reported does not deny the report
    (
        "The harbour master said dredging had not started. Ships may be “stuck outside the bar "
        "at every low tide.”",
        "stuck outside the bar",
        "harbour master",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WITHHELD + TERMS_AND_FRAMES + REPORT_GOES_ON)
def test_reported_partial_is_safe(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


WITNESSED_NOT = [
    # a relative clause closed by the participle before the sentence's own cue
    (
        "Officers who heard the man shouting called the scene “frightening for everyone there.”",
        "frightening for everyone",
        "Officers",
    ),
    # the same with a pronoun object and a verb of speech after it
    (
        "Neighbours who heard him arguing told police it was “the worst fight yet.”",
        "worst fight yet",
        "Neighbours",
    ),
    # a wh-clause after the verb of seeing
    (
        "Members saw why the chairman kept saying the deal was “the only way out.”",
        "only way out",
        "Members",
    ),
]

WITNESSED_STILL = [
    # a person guessed from an agent's ending still speaks a participle that is no noun of words
    (
        "The jury heard the defendant telling a guard that the cash was “a loan from a friend.”",
        "loan from a friend",
        "defendant",
    ),
    # the neighbour: a person after the verb of hearing still speaks the participle
    (
        "Jurors heard the landlord telling tenants that the flats were “safe as houses.”",
        "safe as houses",
        "landlord",
    ),
    # a verb of quoting and an object pronoun (the relay shape, one reader)
    (
        "Nell Orsi was asked about a memo that quoted her calling the board “a rubber stamp.”",
        "rubber stamp",
        "Orsi",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WITNESSED_NOT + WITNESSED_STILL)
def test_witnessed_object(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an adjective before a noun in -ing, with "from" naming the one who warned
        (
            "The committee heard a stern warning from Ilse Marr that the fund was “close to running dry.”",
            "running dry",
        ),
        # an adjective with an agent's ending before a noun of words
        (
            "The trust heard an urgent warning that the weir was “at risk of failing this winter.”",
            "risk of failing",
        ),
        # two adjectives, no "from"
        (
            "The board heard a blunt private warning that the accounts were “a work of fiction.”",
            "work of fiction",
        ),
        # a verb of seeing and an adjective before a compound noun
        (
            "Investors saw clear warning signs in a market that one trader called “a bubble waiting to burst.”",
            "waiting to burst",
        ),
    ],
)
def test_an_adjective_is_no_object(text: str, words: str) -> None:
    """No speaker is an adjective with its article ("a stern", "clear") read as the object."""
    speaker = quote_with(text, words).speaker or ""
    assert speaker.lower().split()[-1:] not in (["stern"], ["urgent"], ["private"], ["clear"]), speaker
