"""A company's legal form ("Corp", "Inc", "Holdings", "LLC") makes its name an
organisation, so "he" or "she" never stands for it (issue 11: pronouns never resolve to
an organisation), while "they" may; run through the real extractor on invented news."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Brant Corp fired the driver after he called the route “a death trap.”",
        "Quillon Inc. sued the blogger at once, when she called its pumps “junk.”",
        "Marlow Holdings dropped the contractor after he called the tower “unsafe.”",
        "Fenwick LLC cut ties with the chef when she called the menu “a fraud.”",
        "Ostrava Partners fired the auditor after he called the books “cooked.”",
    ],
)
def test_he_or_she_never_stands_for_a_company(text: str) -> None:
    assert speakers(text) in (["he"], ["she"])


def test_they_may_stand_for_a_company() -> None:
    text = "Marlow Holdings said the sale was “done.” They called the price “fair.”"
    assert speakers(text) == ["Marlow Holdings", "Marlow Holdings"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neighbours: a person whose surname merely starts like a legal form keeps the pronoun
        ("Tom Incher fired the driver after he called the route “a death trap.”", ["Tom Incher"]),
        ("Ada Cobb said the plan was “late.” She called it “a mess.”", ["Ada Cobb", "Ada Cobb"]),
    ],
)
def test_a_person_keeps_the_pronoun(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Point Capital said the fund was “closed to new money.”", "On Point Capital"),
        ("At Sea Holdings said the tanker was “fully insured.”", "At Sea Holdings"),
        ("In Kind Partners said the grant was “spent as planned.”", "In Kind Partners"),
    ],
)
def test_a_company_named_with_a_preposition_is_not_cut_to_its_legal_form(text: str, expected: str) -> None:
    # the opening preposition is no place here: the run ends in the company's trade or form
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In Osaka Kaito Corp said the chip was “late.”",
        "In Dunmore Brant Capital said the fund was “closed.”",
        "At Leeds Marlow Holdings said the sale was “done.”",
    ],
)
def test_a_setting_preposition_before_a_place_and_a_company_is_not_part_of_the_name(text: str) -> None:
    # review 20f: "In Tokyo … Corp said" gave "In Tokyo … Corp"; the place is still glued on
    # (a known limit), but the preposition opening the sentence is never the company's name
    (who,) = speakers(text)
    assert who is not None and not who.startswith(("In ", "At "))
