"""The group a counted subject stands for, read where it was named (session 35). Invented
passages.

"All three", "Both", "The two" stand for a group named before: the nearest mention of as many
(``resolution.counted_referent``), a count with its noun ("three nurses") or, for two, a pair
of names anywhere in the sentence ("Police said Dan Moss and Eli Park were held"). The "they"
after the counted subject is that group only if it is people who may speak, not things ("Kell
Council has three libraries. The three will close …") nor people the subject of their own
sentence acted on ("Officers arrested three teenagers. All three were released."), where the
reading before stands (the council; the officers' unresolved "they")."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, speakers

GROUPS = [
    (  # the nearest pair, named in a report after another pair opened the paragraph
        "Ann Roe and Ivo Lund met in 2010. Police said Dan Moss and Eli Park were held. "
        "The two were released on Friday. “We are innocent,” they said.",
        "We are innocent",
        "Dan Moss and Eli Park",
    ),
    (  # the pair set off after a counted noun, as a preposition's object; "Both"
        "Ada Fenn and Tomas Quill chaired the inquiry. It heard from two nurses, Ann Roe and Eve Park. "
        "Both were later promoted. “We were vindicated,” they said.",
        "vindicated",
        "Ann Roe and Eve Park",
    ),
    (  # the pair set off after the subject it names
        "Two sisters, Ann and Eve Roe, run the farm. Both grew up there. “It is home,” they said.",
        "It is home",
        "Ann and Eve Roe",
    ),
    (  # a counted noun of people as the subject of a passive: the group as counted
        "Three nurses were suspended in May. All three have since returned to work. "
        "“We were treated unfairly,” they said.",
        "treated unfairly",
        "All three",
    ),
    (  # a figure for the count, another tense
        "Twelve families were evacuated. All 12 have been rehoused. “We are grateful,” they told the Courier.",
        "grateful",
        "All 12",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GROUPS)
def test_the_counted_group_is_the_one_named_before(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_a_pair_of_places_is_no_pair_of_people() -> None:
    check_speaker(
        "Ann Roe and Ivo Lund drove from Kell to Leeds and York. Both were tired. “It was a long day,” they said.",
        "long day",
        "Ann Roe and Ivo Lund",
    )


def test_things_counted_are_no_speakers() -> None:
    # the libraries are the three: the council's "they", as before
    check_speaker(
        "Kell Council has three libraries. The three will close next year. “We are sorry,” they said.",
        "We are sorry",
        "Kell Council",
    )
    assert speakers(
        "The council owns three depots. All three were closed in May. “This will save money,” they said."
    ) == ["they"]


def test_people_acted_on_leave_the_they_to_the_reading_before() -> None:
    assert speakers(
        "Officers arrested three teenagers on Friday. All three were later released. "
        "“Our inquiries are continuing,” they said."
    ) == ["they"]
