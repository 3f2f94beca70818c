"""Session 29, the coordinator's mends after merging s29-m2-np and s29-tail: "met" is the
past of "meet" (the verb list had "meeted"), so a name set off after "who met the mayor," is
the mayor's; and an indefinite pronoun subject ("Anyone who", "Everyone who") is people in
general, so one name after its relative clause is never its restatement. Invented news text
through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A reporter who met the mayor, Ann Lee, said she was “tired but hopeful.”", "A reporter"),
        ("The nurse who met the minister, Ivo Brandt, said the visit was “brief.”", "The nurse"),
        ("Anyone who has met the coach, Tova Reyes, says she is “relentless.”", "Anyone"),
        ("Everyone who has worked for the mayor, Ann Lee, calls her “fair.”", "Everyone"),
    ],
)
def test_name_after_a_contact_or_general_relative_is_the_objects(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_name_restating_a_singular_subject_still_speaks() -> None:
    text = "The woman who founded the group, Mara Lund, said the rent was “out of reach.”"
    assert speakers(text) == ["Mara Lund"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Voss hit back at criticism from Tomas Reyl: “We will not back down.”", "Mara Voss"),
        (
            "Ivo Lund responded to a request for comment from the Gazette: “I have nothing to add.”",
            "Ivo Lund",
        ),
        ("Ana Pike issued a statement from her hospital bed: “I am grateful to the nurses.”", "Ana Pike"),
        ("Dara Kell answered a question from a reader: “Yes, the pool will reopen.”", "Dara Kell"),
    ],
)
def test_an_utterance_the_subject_answers_or_issues_stays_the_subjects(text: str, expected: str) -> None:
    """Review 29g: s29-tail's utterance_author gave these to the one the utterance came from."""
    assert speakers(text) == [expected]


def test_an_utterance_that_arrives_is_its_authors() -> None:
    text = "Then came a plea from the harbour master: “Give us the dredger back.”"
    assert speakers(text) == ["the harbour master"]


def test_one_name_after_a_plural_object_restates_the_subject() -> None:
    text = "A delegate who met reporters, Mara Voss, said the talks were “going nowhere.”"
    assert speakers(text) == ["Mara Voss"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients called the ward “a war zone,” said the nurses interviewed this week.", "the nurses"),
        ("Tenants called the rise “a scandal,” said the officials questioned last month.", "the officials"),
        ("Fans called the final “a farce,” said the stewards posted that night.", "the stewards"),
    ],
)
def test_a_participle_and_a_time_after_an_inverted_speaker_describe_it(text: str, expected: str) -> None:
    """Review 29h: s29-appos read "interviewed this week" as a reported clause's verb and object."""
    assert speakers(text) == [expected]
