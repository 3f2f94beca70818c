"""A definite description no one was given stands for the named centre of the sentence before
(s26-desc): "Kessler was blunt. “…,” said the 31-year-old" is Kessler, as a he or she would be,
unless the article tells otherwise (the centre's own age, sex, role or origin; another person
named beside the centre or given a part of the description; the head said before of someone
not named; an office noun such as "the referee"; words about the centre; a new name in the
next sentence). Invented news text, run through the extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an age, after an aside on the subject
        (
            "Anton Reiss, who missed two penalties, was blunt. “We let everyone down,” said the 31-year-old.",
            "Anton Reiss",
        ),
        # an origin and a role, the cue after the description, present tense
        (
            "Sören Vang scored twice. Vang himself was calmer. “It happens,” the Danish midfielder says.",
            "Sören Vang",
        ),
        # an agent noun; the sentence before reports on someone else, whom the quote's "he" is
        (
            "Dario Pryce, who caught nine passes, said the rookie had earned respect. "
            "“He stays late,” the veteran said.",
            "Dario Pryce",
        ),
        # the description's sex agrees with the centre's
        (
            "Helga Storm turned down the offer on Tuesday. “We are not for sale,” the businesswoman told reporters.",
            "Helga Storm",
        ),
        # the centre continued by a he in between
        (
            "Jonas Kessler was blunt. He had missed twice. “We let everyone down,” said the 31-year-old.",
            "Jonas Kessler",
        ),
        # the quote inside the centre's own sentence
        (
            "Jonas Kessler was blunt: “We let everyone down,” the 31-year-old said.",
            "Jonas Kessler",
        ),
        # an origin given to no one
        ("Ivo Brandt won the sprint on Sunday. “The snow was fast,” the Norwegian said.", "Ivo Brandt"),
    ],
)
def test_a_description_no_one_was_given_is_the_named_centre(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an office noun: the one dealing with the centre
        (
            "Jonas Kessler, 31, argued with the match official. “He never looked at the replay,” the referee said.",
            "the referee",
        ),
        # the centre's stated age contradicts it
        ("Jonas Kessler, 29, was blunt. “We let everyone down,” said the 31-year-old.", "the 31-year-old"),
        # the description's sex is told, and the words are about one of that sex
        ("Marta Lindqvist scored twice on Sunday. “He was lucky,” the man said.", "the man"),
        # the head said before of someone not named
        (
            "Jonas Kessler scored twice. The coach was furious. “We were poor,” the coach said.",
            "the coach",
        ),
        # the centre holds another role
        (
            "Mayor Lena Ortiz opened the bridge. Ortiz cut the ribbon. “A fine day,” the senator said.",
            "the senator",
        ),
        # someone else named beside the centre
        ("Hal Brook met Ann Ruiz at the shop. “I am not leaving,” the 57-year-old said.", "the 57-year-old"),
        # the words are about the centre
        (
            "Jonas Kessler missed two penalties. “It is hard for him,” the 31-year-old said.",
            "the 31-year-old",
        ),
        # the age given to someone not named
        ("Tom Hale sat with his wife, 52. “We lost it all,” the 52-year-old said.", "the 52-year-old"),
        # a group, not the person it faces
        ("Ivo Brandt spoke for an hour. “Stay on!” the crowd chanted.", "the crowd"),
    ],
)
def test_a_description_the_article_tells_otherwise_stays(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# A relation after a possessive ("his wife") is the one person the article gave that relation
# by name ("Ravi Mehta and his wife, Lena,"); never a body's noun ("his campaign").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ravi Mehta and his wife, Lena, run the shop. Trade is slow. “We may close,” his wife said.",
            "Lena",
        ),
        (
            "Clara Voss and her husband, Dieter, bought the farm in 2010. “It was a ruin,” her husband recalled.",
            "Dieter",
        ),
        (
            "The Okafors lost their home in the flood. Their son, Jakob, was at school. "
            "“We have nothing left,” their son says.",
            "Jakob",
        ),
        # no one given the relation, or no relation: as written
        ("Ravi Mehta runs the shop. “We may close,” his wife said.", "his wife"),
        ("Ravi Mehta, who runs his campaign, met voters. “We will win,” his campaign said.", "his campaign"),
    ],
)
def test_a_possessed_relation_is_the_one_person_given_it(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# A body's noun ("the company", "the board", "the airline") is the one body the article named
# when the noun fits it: its own head, a company's noun for a legal form, a business's noun for
# a body whose head is no body noun. Two bodies, or another head, leave the description.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Acme Corp opened a plant in Dunmore. “We are proud,” the company said.", "Acme Corp"),
        (
            "Residents sued the Water Board. “We acted lawfully,” the board said in a statement.",
            "Water Board",
        ),
        (
            "The Harbour Rowing Club lost its lease. “We will find a new home,” the club said.",
            "Harbour Rowing Club",
        ),
        (
            "Budget airline Vantor Air cancelled 40 flights. Passengers slept at the gate. "
            "“Safety comes first,” the airline said.",
            "Vantor Air",
        ),
        (
            "Lee sued Marlow Holdings on Monday. The firm denied wrongdoing: “The claim is baseless.”",
            "Marlow Holdings",
        ),
        # two bodies, or a head the body does not have
        (
            "Acme Corp and Delta Holdings both bid for the site. “Our offer stands,” the company said.",
            "the company",
        ),
        ("Acme Corp opened a plant in Dunmore. “We are proud,” the club said.", "the club"),
    ],
)
def test_a_body_noun_is_the_one_body_named(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
