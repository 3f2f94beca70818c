"""Shapes the review of s37-gap1 found wrong: a set-off aside the walk to the cue verb could not
pass, so the appositive inside it took the quote."""

from __future__ import annotations

import pytest

from tests.conftest import said

# 1. A description opens the sentence, an appositive with no name and a relative clause follow:
# the appositive restates the description, which speaks. An appositive that holds a name still
# names the description ("His coach, a former player named Ivo Lund, said").


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry manager, a former trawlerman, who chaired the inquiry, later told reporters: "
            "“The crossing is not safe.”",
            "The ferry manager",
        ),
        # a possessive description, a pluperfect, another relative
        (
            "Her lawyer, a retired nurse, who argued the point, had earlier told the meeting: “We were never consulted.”",
            "Her lawyer",
        ),
        # a present tense, a possessive inside the description
        (
            "The club's chairman, a former ferryman, who opposed the plan, says: “Every figure is wrong.”",
            "The club's chairman",
        ),
        # an age after the appositive instead of a relative
        (
            "The headteacher, a former swimmer, 61, later said: “The crossing is not safe.”",
            "The headteacher",
        ),
        # neighbours: the appositive holds the name; a time or a topic opens the sentence, no one
        # who can speak, and the appositive's description is the speaker
        ("His coach, a former player named Ivo Lund, said: “The crossing is not safe.”", "Ivo Lund"),
        ("The next morning, a fisherman, who found the boat, said: “It was drifting.”", "a fisherman"),
        ("That winter, the manager, who later resigned, wrote: “Every figure is wrong.”", "the manager"),
    ],
)
def test_description_before_an_appositive_with_no_name_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


# 2. A third piece set off after the appositive, an age or a short adjective phrase, tells of
# the name opening the sentence: the aside goes on past it.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rhea Moss, a potter, visibly angry, told reporters: “The crossing is not safe.”", "Rhea Moss"),
        ("Rhea Moss, a potter, 54, told reporters: “The crossing is not safe.”", "Rhea Moss"),
        # another cue verb, an adjective alone
        (
            "Osric Thale, a retired ferryman, emotional, has told the council: “The crossing is not safe.”",
            "Osric Thale",
        ),
        # an adverb before the verb, another adverb in the aside
        (
            "Osric Thale, a retired ferryman, clearly furious, later wrote: “The crossing is not safe.”",
            "Osric Thale",
        ),
    ],
)
def test_age_or_adjective_after_an_appositive_is_part_of_the_aside(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_adjective_phrase_then_a_second_subject_stays() -> None:
    # neighbour: "and her neighbour, Ivo Renk," joins a second subject; left as it was
    text = (
        "Rhea Moss, a potter, angry at the delay, and her neighbour, Ivo Renk, told reporters: "
        "“The crossing is not safe.”"
    )
    assert [s for _, s in said(text)] == ["Ivo Renk"]


# 3. A relative clause ending in a description and a name set off after it: the name restates
# the relative's object, not the subject the sentence opened with.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rhea Moss, a potter, who sued the mayor, Ivo Renkard, told reporters: “The crossing is not safe.”",
            "Rhea Moss",
        ),
        (
            "Rhea Moss, a potter, who sued the mayor, Ivo Renkard, later told reporters: “The crossing is not safe.”",
            "Rhea Moss",
        ),
        # a description opening the sentence, a possessive before the object, another verb
        (
            "The caretaker, a former trawlerman, who fought his landlord, Ivo Renkard, wrote: "
            "“The crossing is not safe.”",
            "The caretaker",
        ),
        # a present tense and another relative
        (
            "Dace Morrow, a nurse, who replaced the warden, Ann Lentry, says: “The crossing is not safe.”",
            "Dace Morrow",
        ),
    ],
)
def test_name_after_a_relatives_object_is_the_objects(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_name_after_a_relative_with_no_object_restates_the_subject() -> None:
    # neighbour: no noun ends the relative clause, the name is the one who abstained
    text = "One of the trustees who abstained, Trustee Ann Lee, said: “The crossing is not safe.”"
    assert [s for _, s in said(text)] == ["Ann Lee"]
