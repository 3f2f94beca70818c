"""Mends made while merging the session's branches: each case is a shape one branch broke
that a blind review found. Invented news text, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


# "actor" is said of women too, so "the actor Ilse Marrow" (a role before a name whose sex
# no list knows) does not make her a man, and a later "she" may still be her.
@pytest.mark.parametrize(
    "text",
    [
        "Its chair, Wenna Hollis, said the roof was rotten. “We were warned,” she said. "
        "The actor Ilse Marrow has pledged £50,000. In a video message, she said: “Dig deep.”",
        "Its chair, Wenna Hollis, said the roof was rotten. “We were warned,” she said. "
        "The actor Ilse Marrow, who began her career there, gave £5,000. “Dig deep,” she said.",
        "The director, Wenna Hollis, spoke first. “We were warned,” she said. "
        "Then the headmaster Ilse Marrow stood up. She told the crowd: “Dig deep.”",
    ],
)
def test_actor_before_a_name_gives_no_sex(text: str) -> None:
    assert speakers(text)[-1] == "Ilse Marrow"


def test_a_matching_given_name_keeps_the_office() -> None:
    # the neighbour: the role still makes its holder, so "the actor" is him
    text = "The club signed actor John Marrow in May. Fans cheered. “We start again,” the actor said."
    assert speakers(text) == ["John Marrow"]


# An origin word opening a body's name after an article stays in the name ("the American
# Red Cross"); before a person's name with no article it is the person's origin.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The shelters are full,” said the American Red Cross.", "American Red Cross"),
        ("The British Red Cross said on Monday: “The shelters are full.”", "British Red Cross"),
        ("“The shelters are full,” the Swiss Red Cross warned.", "Swiss Red Cross"),
        ("Serbian Dragana Petrovic won in three sets. “I stayed calm,” Petrovic said.", "Dragana Petrovic"),
    ],
)
def test_an_origin_word_before_a_body_stays_in_its_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# A count before the verb is its subject ("More than 2,000 at the rally said"), but an age
# ("the 71-year-old") is no count, and a fronted phrase is no part of one: the description
# or the count after the comma is the speaker (session 27: the description is then the
# person in focus it describes, Ivo Marsh, named in the sentence before).
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh ran the dairy. Asked about its future, the 71-year-old said it was “in good hands.”",
        "Ivo Marsh ran the dairy. Asked about the company's future, the 71-year-old said it was “in good hands.”",
        "Ivo Marsh ran the dairy. Pressed by reporters, the 71-year-old told us it was “in good hands.”",
    ],
)
def test_a_fronted_phrase_before_an_age_is_no_count(text: str) -> None:
    assert speakers(text) == ["Ivo Marsh"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At the rally, 40 said the cuts were “a scandal.”", "40"),
        ("Asked about the vote, 40 of the members said it was “rigged.”", "40 of the members"),
        (
            "Yesterday, about 60 on the night shift wrote that the plan was “a joke.”",
            "about 60 on the night shift",
        ),
    ],
)
def test_a_fronted_phrase_is_no_part_of_a_count(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# An age or an origin given to two people, or to someone not named, names neither: the
# description stays. (s26-desc: one given to no one may restate the named centre of the
# sentence before, see test_descriptions26.py.)
@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 57, met Ann Lee, 57, on Friday. “It was close,” the 57-year-old said.",
        "Tom Hale sat with his wife, 52. “We lost it all,” the 52-year-old said.",
    ],
)
def test_an_age_or_origin_no_one_person_holds_stays_a_description(text: str) -> None:
    assert speakers(text)[-1] in ("the 57-year-old", "the Norwegian", "the 52-year-old")


def test_a_count_running_up_to_the_verb_is_still_its_subject() -> None:
    text = "More than 2,000 at the rally said the cuts were “a scandal.”"
    assert speakers(text) == ["More than 2,000 at the rally"]


# The plural of an origin or a party noun opening a sentence ("Britons voted") is a group,
# not a surname a later "she" could stand for.
@pytest.mark.parametrize(
    "text",
    [
        "Britons voted on Thursday. “It is done,” she said.",
        "Democrats met on Friday in Dover. “It is done,” she said.",
        "Norwegians cheered at the finish. “It is done,” she said.",
    ],
)
def test_a_plural_origin_is_no_person(text: str) -> None:
    assert speakers(text) == ["she"]


def test_a_surname_ending_in_s_is_still_a_person() -> None:
    # the neighbour: "Akins" is no plural of an origin, so "she" may be Akins
    text = "Mara Akins won the seat. Akins thanked voters on Friday. “It is done,” she said."
    assert speakers(text) == ["Mara Akins"]
