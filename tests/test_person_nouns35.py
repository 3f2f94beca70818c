"""Nouns of a person the lexicon lacked (session 35): widow, vicar, midwife, shepherd,
postman, foreman, physio, warden. A description headed by one is someone, so the he/she/they
of the next quote stands for it. Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

PEOPLE = [
    (
        "The vicar stood at the door of the church. “We will open again on Sunday,” she said.",
        "open again",
        "vicar",
    ),
    (
        "The postman has walked the route for 30 years. “I know every dog on it,” he said.",
        "every dog",
        "postman",
    ),
    (  # a relative clause, past tense
        "The midwife who delivered the twins was at the hearing. “It was a long night,” she said.",
        "long night",
        "midwife",
    ),
    (
        "Wardens at the reserve found the nest. “It was a surprise to us all,” they said.",
        "surprise",
        "Wardens",
    ),
    ("The shepherd counted his flock twice. “Six are missing,” he added.", "Six are missing", "shepherd"),
    (
        "The widow of the late skipper has written to the club. “He loved this town,” she told us.",
        "loved this",
        "widow",
    ),
]

NEIGHBOURS = [
    (  # a thing between: the pronoun has no person to stand for
        "The storm flattened the barn. “It happened in minutes,” he said.",
        "in minutes",
        "he",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PEOPLE + NEIGHBOURS)
def test_person_nouns(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
