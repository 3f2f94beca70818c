"""A he or she stands for a person only, and for the person a sentence is about. Four shapes:
a name after a person's name or a member's role and "of"/"from"/"at" is the body that person
belongs to, never a he or she ("Lisa Chow of Birchfield Research. She said …"); a sentence
that closes with a reporting clause (", Maria said.") has the reporter for its centre, not
the subject of the clause reported; a first name after "his first wife," is a person of its
own; a capitalised word before a plural noun and its verb ("Local experts warn …") is no
surname. Invented news text, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" after the name, the pronoun opening the next sentence
        (
            "“We will appeal,” said Lisa Chow of Birchfield Research. She said the ruling was “deeply flawed.”",
            ["Lisa Chow", "Lisa Chow"],
        ),
        # set off by a comma, a male speaker
        (
            "“We will appeal,” said Ivo Brandt, of Harbour Lumen. He said the ruling was “deeply flawed.”",
            ["Ivo Brandt", "Ivo Brandt"],
        ),
        # "from", the pronoun after the quote
        (
            "“We will appeal,” said Mia Roth from Kestrel Analytics. “It is wrong,” she said.",
            ["Mia Roth", "Mia Roth"],
        ),
        # a member's role before "at", the person an object
        (
            "The verdict stunned Omar Vell, a director at Quarrow Dynamics. “We are shocked,” he said.",
            ["Omar Vell"],
        ),
        # the rest of a body's name after "of"
        (
            "“Costs will rise,” said Ben Vale of the Harbour Institute of Coastal Trade. "
            "In poorer towns, he said, “nobody knows.”",
            ["Ben Vale", "Ben Vale"],
        ),
    ],
)
def test_a_body_after_a_person_is_no_he_or_she(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening with a first name after "from" is a person
        ("The praise for Ivo Brandt from Ann Lee surprised many. “I meant it,” she said.", ["Ann Lee"]),
        # a title before "of" starts a person's name
        ("Secretary of State Ann Lee met Ivo Brandt. “We agreed,” she said.", ["Ann Lee"]),
    ],
)
def test_a_person_after_of_or_from_stays_a_person(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", NAME said." closing the sentence
        ("Tamsk Tal doubted her story, Maria said. “I told the truth,” she said.", ["Maria"]),
        # ", said NAME." with a full name
        ("Tamsk Tal doubted her story, said Maria Lopez. “I told the truth,” she said.", ["Maria Lopez"]),
        # another cue verb, another tense in the reported clause
        ("Vance Orr had misled the council, Sofia wrote. “I have the records,” she said.", ["Sofia"]),
        # a plural of people reporting, "they"
        ("The inspectors missed the leak, residents said. “We warned them,” they said.", ["residents"]),
    ],
)
def test_a_closing_reporter_is_the_centre(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no reporting clause: the subject stays the centre
        ("Tamsk Tal doubted her story. “I told the truth,” she said.", ["Tamsk Tal"]),
        # the reporter's gender does not agree: the reported subject whose gender does
        ("Ana Ruiz lied to the board, Tom Hale said. “I told the truth,” she said.", ["Ana Ruiz"]),
        # nor does a female first name for "he"
        ("Tamsk Tal doubted her story, Maria said. “I never did,” he said.", ["Tamsk Tal"]),
        # a comma and a verb of asking that does not invert: no reporter
        (
            "Lawmakers, after a long session, questioned the regulators. “We expected answers,” they said.",
            ["they"],
        ),
    ],
)
def test_no_closing_reporter_or_one_that_does_not_agree(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hale thanked his first wife, Marta, at the gala. “It was her idea all along,” she said.",
            ["Marta"],
        ),
        ("Tom Hale praised his younger sister, Anna, on Monday. “We did it together,” she said.", ["Anna"]),
        # neighbour: the relative's gender is the possessor's, so the subject stays likelier
        ("Ann Lee met her younger sister, Maria, on Monday. “We did it together,” she said.", ["Ann Lee"]),
    ],
)
def test_a_relation_with_a_modifier_names_a_person(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Hale spoke first. Local experts warn the plan is unlawful. “It is fine,” he said.",
            ["Tom Hale"],
        ),
        ("Tom Hale spoke first. Bitter words are common here. “It is fine,” he said.", ["Tom Hale"]),
        (
            "Dr. Ana Ruiz spoke first. Ten years ago, the town flooded. “It will again,” she said.",
            ["Ana Ruiz"],
        ),
        # neighbour: a surname before a verb in -s and a plural object stays a person
        ("Tom Hale spoke first. Vance thinks critics are wrong. “It is fine,” he said.", ["Vance"]),
    ],
)
def test_a_plural_subject_makes_no_surname(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
