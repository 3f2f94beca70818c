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
