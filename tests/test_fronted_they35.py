"""A body's "they" after a short phrase of setting fronted before it (session 35): "The school
… . In a statement they said: “…”" gave "they"; a he/she after "Last year, at a forum, she"
was already its sentence's subject, and now a "they" is too, with a comma or, for a short
prepositional phrase, without one. Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

FRONTED = [
    (
        "The school in Tarrow has been closed since the storm. In a statement they said: “Nobody saw the flood coming.”",
        "Nobody saw",
        "The school",
    ),
    (  # a day, no article
        "The museum in Tarrow has shut its doors. On Monday they said: “We ran out of money.”",
        "ran out of money",
        "The museum",
    ),
    (  # with a comma, another cue verb
        "The academy rejected the claims. In a letter on Friday, they wrote: “We have always acted properly.”",
        "acted properly",
        "The academy",
    ),
    (  # a place of two words after the body's noun is where it is, no rival
        "The church in Brockley Vale has been closed since the storm. In a statement they said: “We asked for help.”",
        "asked for help",
        "The church",
    ),
    (  # the same, the pronoun opening its sentence
        "The hospital at Wyvern Bay has cut its beds. “Patients waited nine hours,” they said.",
        "nine hours",
        "The hospital",
    ),
    (  # a body by its name, a possessive
        "Kell Museum has closed its doors. In its statement they said: “We ran out of money.”",
        "ran out of money",
        "Kell Museum",
    ),
]

NEIGHBOURS = [
    (  # people the subject between: the "they" is theirs
        "The school closed. Teachers were told on Friday. In a statement they said: “We had no warning.”",
        "no warning",
        "Teachers",
    ),
    (  # people at a named body speak for it, as without the fronted phrase: not the place rule
        "Officials at the Water Board met on Monday. In a statement they said: “The pipes are safe.”",
        "pipes are safe",
        "Water Board",
    ),
    (  # the pronoun inside a relative clause is no cue's subject
        "The school closed. In the letter they sent, the council said: “We had no warning.”",
        "no warning",
        "the council",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FRONTED + NEIGHBOURS)
def test_fronted_they(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
