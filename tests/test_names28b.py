"""Session 28 (branch s28-m-names): mends to review 28c's findings on names and descriptions.

1. An office whose words end in a body's word ("the Secretary of State", "the Speaker of the
   House") is held by a person the mention describes: never the body ("State", "House").
2. A particle inside the holder's name ("Minister of Trade Carlo de Vries") does not keep the
   office's words in the name.
3. "and" after a body's name does not join a person's name to it ("the Department of Labor
   and Maria Vos").
4. A party word before a role noun ("the Republican governor", "the Republican leadership")
   describes a holder of that role, not any member of the party; the party word alone ("the
   Republican") may still be the one member named.
5. A description headed by a role or party word before "of"/"from" ("the Democratic mayor of
   Tarnby", "the Republican senator from Ohio") is the person, not the place.
6. "X, a Republican, speaking …, said": the description set off after the name, before a
   participle aside, restates the name, which is the subject.
All names invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Secretary of State said the treaty was “signed.”", "The Secretary of State"),
        ("The Speaker of the House says the bill is “dead.”", "The Speaker of the House"),
        ("The former Secretary of State called the talks “productive.”", "The former Secretary of State"),
        (
            "The Secretary of State, who flew in on Monday, told reporters it was “signed.”",
            "The Secretary of State",
        ),
        ("“The probe goes on,” said the Director of the Bureau.", "the Director of the Bureau"),
        ("The CEO of Harbor Foods Group said sales were “strong.”", "The CEO of Harbor Foods Group"),
    ],
)
def test_office_ending_in_body_word_is_a_description(text: str, mention: str) -> None:
    assert mentions(text) == [mention]
    assert speakers(text) == [mention]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Department of State said the treaty was “signed.”", "Department of State"),
        ("The Bank of Esterra said rates were “stable.”", "Bank of Esterra"),
        ("Secretary of State Ivo Lund said the treaty was “signed.”", "Ivo Lund"),
        ("Speaker of the House Cara Vos said the bill was “dead.”", "Cara Vos"),
    ],
)
def test_body_and_named_holder_unchanged(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Minister of Trade Carlo de Vries said the deal was “done.”", "Carlo de Vries"),
        ("Minister of Trade Ann van Dijk told reporters the deal was “done.”", "Ann van Dijk"),
        ("“The tariff is gone,” said Secretary of Commerce Tom van der Berg.", "Tom van der Berg"),
        ("Secretary of Commerce Ivo Lund said the deal was “done.”", "Ivo Lund"),  # no particle
    ],
)
def test_particle_in_office_holder_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Department of Labor and Maria Vos agreed the rules were “fair.”", "Maria Vos"),
        ("The Bureau of Land and Tom Lund said the lease was “void.”", "Tom Lund"),
        ("The Bureau of Land and Water said the lease was “void.”", "Bureau of Land and Water"),  # neighbour
        ("The Department of Parks and Trails said the path was “closed.”", "Department of Parks and Trails"),
    ],
)
def test_and_does_not_join_a_person_to_a_body(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Cara Vos met Ivo Lund. The Department of Labor and Lund agreed the rules were “fair.”",
        "Ivo Lund spoke first. “The deal is done,” the Bank of Esterra and Lund said.",
        "Ivo Lund, a farmer, sued. Later the Bureau of Land and Lund have called the deal “void.”",
    ],
)
def test_and_before_a_person_named_before(text: str) -> None:
    assert speakers(text) == ["Ivo Lund"]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Bo Rask, R-Tex., spoke first. The Republican governor called the bill “a disaster.”",
        "Sen. Ann Lee, R-Utah, voted no. The Republican nominee for governor called the bill “a disaster.”",
        "Sen. Ann Lee, R-Utah, voted no. The Republican leadership says the bill is “a disaster.”",
        "Rep. Bo Rask, D-Tex., spoke first. “It is a disaster,” the Democratic mayor said.",
    ],
)
def test_party_word_before_role_needs_the_role(text: str) -> None:
    assert speakers(text)[0] not in ("Bo Rask", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Sen. Ann Lee, R-Utah, voted no. The Republican called the bill “a disaster.”", "Ann Lee"),
        ("Sen. Ann Lee, R-Utah, voted no. The Republican senator called the bill “a disaster.”", "Ann Lee"),
        (
            "Gov. Bo Rask, R-Tex., spoke first. The Republican governor called the bill “a disaster.”",
            "Bo Rask",
        ),
        ("Sen. Ann Lee, R-Utah, voted no. The Republican from Utah called it “a disaster.”", "Ann Lee"),
    ],
)
def test_party_word_with_held_role_still_resolves(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Democratic mayor of Tarnby called the bill “a scam.”", "The Democratic mayor of Tarnby"),
        ("The Republican senator from Ohio said the bill was “fine.”", "The Republican senator from Ohio"),
        ("The Republican from Utah called it “fine.”", "The Republican from Utah"),
        (
            "The Labour councillor from Dunmore has called the plan “a sham.”",
            "The Labour councillor from Dunmore",
        ),
    ],
)
def test_party_role_of_place_is_the_person(text: str, mention: str) -> None:
    assert mentions(text) == [mention]
    assert speakers(text)[0] not in ("Tarnby", "Ohio", "Utah", "Dunmore")


def test_party_role_of_place_with_name_set_off() -> None:
    text = "The Republican senator from Ohio, Bo Rask, called it “fine.”"
    assert speakers(text) == ["Bo Rask"]


def test_place_after_body_is_still_the_body() -> None:
    # neighbour: a body's noun before "of" heads a body's name, not a person's description
    assert speakers("The Bank of Tarnby said rates were “stable.”") == ["Bank of Tarnby"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ivo Lund, a Republican, speaking on Radio Quay, said the bill was “a disaster.”", "Ivo Lund"),
        ("Sen. Ivo Lund, a Utah Republican, speaking in Tarnby, said the bill was “a disaster.”", "Ivo Lund"),
        ("Cara Vos, a Democrat, asked about the bill, said it was “a disaster.”", "Cara Vos"),
        ("Cara Vos, the mayor, standing with protesters, shouted, “Shame!”", "Cara Vos"),
    ],
)
def test_description_set_off_before_participle_aside(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_description_before_aside_after_fronted_phrase() -> None:
    # neighbour: a fronted phrase before the description is no name it restates
    text = "In a speech, a Republican, speaking in Tarnby, said the bill was “a disaster.”"
    assert speakers(text)[0] != "a speech"


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Lee, R-Utah, voted no. The Republican establishment called her “a hero.”",
        "Rep. Bo Rask, R-Tex., voted no. The Republican campaign arm called the bill “a disaster.”",
        "Sen. Ann Lee, R-Utah, voted no. “It is a disaster,” the Republican majority said.",
    ],
)
def test_party_group_is_not_the_member_named(text: str) -> None:
    assert speakers(text)[0] not in ("Ann Lee", "Bo Rask")


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Lee, R-Utah, voted no. “It is a disaster,” the Republican said.",
        "Sen. Ann Lee, R-Utah, voted no. The Utah Republican called the bill “a disaster.”",
    ],
)
def test_party_member_alone_is_the_member_named(text: str) -> None:
    assert speakers(text) == ["Ann Lee"]
