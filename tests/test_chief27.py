"""Session 27 (branch s27-m-chief): a role noun heads its mention.

1. "the chief of Dunmore", "the police chief of Morrow Falls": a person's noun before "of"
   is the head; the speaker is the one person given that role there, else the description,
   never the place or body in the of-phrase. A body that speaks ("the Bank of Esterra") is
   not a person's noun and keeps its own name.
2. "said the Dunmore boss.": a place or team before a lower-case noun that ends the phrase
   modifies it; the mention keeps the noun.
3. "Supervisor Randall Kettering": an office written before a name is no part of the name.
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    "text",
    [
        "“We will look at the footage again,” the chief of Dunmore said.",
        "“We will look at the footage again,” said the police chief of Morrow Falls.",
        "“The road stays shut,” the fire chief of Lake Oriel told reporters on Monday.",
        "“We had no warning,” the mayor of Tarnhollow, speaking after the flood, said.",
    ],
)
def test_role_of_place_is_not_the_place(text: str) -> None:
    got = speakers(text)
    assert got[0] is not None
    assert got[0].split()[0] in ("the", "The"), got


def test_role_of_place_resolves_to_its_holder() -> None:
    text = (
        "The mayor of Harbor City, Tomas Reyes-Lind, opened the bridge on Friday. "
        "“It took nine years,” the mayor of Harbor City said."
    )
    assert speakers(text) == ["Tomas Reyes-Lind"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“Rates stay where they are,” the Bank of Esterra said.", "Bank"),
        ("“Fees will rise next year,” the University of Marrow said in a statement.", "University"),
    ],
)
def test_body_of_place_is_not_a_person(text: str, who: str) -> None:
    assert speakers(text)[0] is not None
    assert not speakers(text)[0].startswith("the ")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("“We did not turn up until we were losing,” said the Dunmore boss.", "the Dunmore boss"),
        ("“We were second to everything,” said the Westmoor skipper on Sunday.", "the Westmoor skipper"),
        (
            "“The budget is tight,” said the Harbor City supervisor, who voted no.",
            "the Harbor City supervisor",
        ),
        ("“They will be back,” added the Kellerby gaffer.", "the Kellerby gaffer"),
    ],
)
def test_place_before_role_noun_keeps_the_noun(text: str, said: str) -> None:
    assert mentions(text) == [said]


def test_name_before_adverb_is_still_the_name() -> None:
    assert speakers("“We lost,” said Ivo Brandt quietly.") == ["Ivo Brandt"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“Parents decide,” said Supervisor Randall Kettering.", "Randall Kettering"),
        ("Supervisor Mara Olufemi-Vance said the county should “wait and see.”", "Mara Olufemi-Vance"),
        ("“We have voted,” Supervisor Kettering told the board.", "Kettering"),
        ("County Supervisor Dev Anand, a Democrat, said, “The clinic stays open.”", "Dev Anand"),
    ],
)
def test_office_before_name_is_not_the_name(text: str, who: str) -> None:
    assert speakers(text) == [who]
