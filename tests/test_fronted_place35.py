"""Mends to session 35's fronted "they" and bare ranks (review of s35-x2). A body's "they" after
a fronted phrase is the body only when the phrase names what carries its words or a time ("In
a statement they said", "On Monday they said"); a place moves the scene to the people there
("At the pub they said", "In the village they say"), and a body or a counted plural named after
the verb of the sentence before ("fined two cafes", "was sold to Halvard Estates") may as well
be the "they": it stays unresolved. "Det" is a rank only before another rank ("Det Insp Ryn
Hale"), not the Norwegian article of "Det Norske Veritas". Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, quote_with

BODY = [
    (  # a statement, no comma
        "The clinic in Harrowby has shut its ward. In a statement they said: “We had no staff.”",
        "no staff",
        "The clinic",
    ),
    (  # a time, a comma, another cue verb
        "The council rejected the claims. On Tuesday morning, they wrote: “We acted properly.”",
        "acted properly",
        "The council",
    ),
    (  # a document and a time, past perfect before
        "The trust had cut its grants. In its letter they added: “We regret the delay.”",
        "regret the delay",
        "The trust",
    ),
]

TIME_OR_MEDIUM = [
    (  # a phrase of time, whatever its noun; people the subject
        "The parents of the pupils met on Monday. After the hearing they said: “We were ignored.”",
        "were ignored",
        "The parents",
    ),
    (  # a time phrase with a comma, a body
        "The clinic in Harrowby denied the claims. During the inquiry, they said: “We kept records.”",
        "kept records",
        "The clinic",
    ),
    (  # a platform
        "The trust in Harrowby denied the claims. On Facebook they wrote: “We followed the law.”",
        "followed the law",
        "The trust",
    ),
]

NOT_BODY = [
    (  # a place: the people there
        "The clinic closed last spring. At the bakery they said: “Good riddance.”",
        "Good riddance",
    ),
    (  # a place, present tense
        "The council has been in the papers. In the valley they say: “It was never going to last.”",
        "never going to last",
    ),
    (  # another cue verb, the body set in its town
        "The trust in Harrowby lost its lease. On the benches they chanted: “Not one step back.”",
        "Not one step back",
    ),
    (  # a counted plural named as object
        "The council fined three bakeries. On Monday they said: “We will fight it.”",
        "fight it",
    ),
    (  # a body named as object of a passive
        "The clinic was bought by Orlen Partners. In a statement, they said: “Care goes on.”",
        "Care goes on",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), BODY + TIME_OR_MEDIUM)
def test_setting_they_is_the_body(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words"), NOT_BODY)
def test_place_or_rival_leaves_they(text: str, words: str) -> None:
    q = quote_with(text, words)
    body = text.split()[1]  # "clinic", "council", "trust"
    assert q.speaker is None or body not in q.speaker.lower(), q.speaker


RANKS = [
    (
        "“We open again in June,” said a spokesman for the yard in Tromsvik, Det Norske Skipsverft.",
        "open again",
        "a spokesman",
    ),
    (
        "“The road stays shut,” said the officer at the scene, Det Insp Ryn Holloway.",
        "road stays shut",
        "Ryn Holloway",
    ),
    (
        "“Nobody was hurt,” the duty officer at the station, Det Sgt Ola Brekk, said.",
        "Nobody was hurt",
        "Ola Brekk",
    ),
    (
        "“We will reopen soon,” said the director of the company in Lindvik, Det Norske Operaen.",
        "reopen soon",
        "the director",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RANKS)
def test_det_only_before_a_rank(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
