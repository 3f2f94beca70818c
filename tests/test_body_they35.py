"""A body the "they" of the next sentence stands for (session 35). Invented passages.

"The council voted …. “…,” they said" gave the council; the school, the academy, the museum
and their like did not: institutions are bodies that speak as a university or a hospital
does (``lexicon.IT_BODIES``, and their names, "Penrose Academy", ``ORG_WORDS``), and a body
brought in by "a" ("A local school has …") is as much the subject as one by "the". Only where
no people are nearer: a plural of people as the subject between, people in the body's own
sentence or before it keep the "they" theirs (or no one's)."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

BODIES = [
    (
        "The school has since changed its policy. “Pupils' safety comes first,” they said.",
        "safety comes first",
        "The school",
    ),
    (  # another institution, another cue verb
        "The academy rejected the claims on Tuesday. “We have always acted properly,” they told the Courier.",
        "acted properly",
        "The academy",
    ),
    (  # brought in by "a", a modifier
        "A local school has banned phones in class. “The results speak for themselves,” they said.",
        "results speak",
        "A local school",
    ),
    (  # a body by its name
        "Penrose Academy has banned phones. “Our pupils are calmer,” they said.",
        "pupils are calmer",
        "Penrose Academy",
    ),
    (
        "Kell Museum has closed its doors. “We ran out of money,” they said.",
        "ran out of money",
        "Kell Museum",
    ),
    (  # a body named before, as before
        "The council did not respond. “The road will reopen in May,” they said in January.",
        "reopen in May",
        "The council",
    ),
]

PEOPLE_NEARER = [
    (  # people the subject of the sentence between
        "The school closed two classrooms. Teachers were told on Friday. “We had no warning at all,” they said.",
        "no warning",
        "Teachers",
    ),
    (  # people in the body's own sentence
        "The school, which has 400 pupils, has closed for the week. “Safety comes first,” they said.",
        "Safety comes first",
        "they",
    ),
    (
        "The school told parents on Friday that the trip was off. “We are sorry,” they said.",
        "We are sorry",
        "they",
    ),
    (  # people before it
        "Nurses walked out on Monday. The hospital said it would talk. “We want fair pay,” they said.",
        "fair pay",
        "they",
    ),
    (  # two people named as the subject, the body their object
        "Ann Roe and Ivo Lamm sued the academy. “We were badly treated,” they said.",
        "badly treated",
        "Ann Roe and Ivo Lamm",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BODIES)
def test_the_body_is_the_they(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), PEOPLE_NEARER)
def test_people_nearer_keep_the_they(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_an_institution_is_an_it_as_well() -> None:
    check_speaker("The school has banned phones. “Our pupils are calmer,” it said.", "calmer", "The school")
