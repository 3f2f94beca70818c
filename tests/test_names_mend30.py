"""Session 30, mending the name behind a description: the description set before a name in
mid-sentence gives the name its role only when it heads its own phrase (never the object of
"for"/"to" after another noun: "a spokeswoman for the governor, Ann Lee" is the spokeswoman),
not as one item of a list ("the mayor, the police chief, Ann Lee, and the sheriff"), and not
the bare role after a demoting word ("the deputy chief, Ann Lee" is no chief). The title
Justice makes a judge only right before a name ("Justice Minister Ann Lee" is no judge), and
"the current chief" is never the retired one. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

SAID = '\n\n"We will keep going," said {}.\n'


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        # the description is the object of a preposition hanging on another noun
        ("The statement came from a spokeswoman for the governor, Mirela Fanch.", "the governor"),
        ("Calls went unanswered by an adviser to the premier, Osric Delane, 44.", "the premier"),
        ("On Friday a suit was filed by the lawyer for the sheriff, Tove Ambridge, who declined to comment.",
         "the sheriff"),
        ("He spoke through an interpreter for the minister, Kasimir Oldane.", "the minister"),
        # a list of people: the name is one item, not the description's holder
        ("The meeting was attended by the mayor, the fire chief, Bruno Halvey, and the treasurer.",
         "the chief"),
        ("On stage were the mayor, the police chief, Inga Saltar, and the sheriff.", "the chief"),
        ("The panel included the governor, the school superintendent, Jory Meckel, and an auditor.",
         "the superintendent"),
        # a demoting word before the role: not the bare role's holder
        ("He was met at the airport by the deputy police chief, Dana Ferrow.", "the chief"),
        ("Practice was run by the assistant coach, Orla Bennick.", "the coach"),
        ("The briefing was given by the acting superintendent, Pavel Strom, 52.", "the superintendent"),
    ],
)  # fmt: skip
def test_description_not_the_names_own(lead: str, description: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == description


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        ("Justice Minister Ilse Varga spoke first.", "the judge"),
        ("The study was led by criminal justice professor Anselm Roque.", "the judge"),
        ("Social justice activist Wren Callow led the march.", "the judge"),
        ("Justice Secretary Ottilie Brenn welcomed the ruling.", "the judge"),
    ],
)  # fmt: skip
def test_justice_in_another_title_is_no_judge(lead: str, description: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == description


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Mrs Justice Ilse Varga sentenced the men.", "Ilse Varga"),
        ("The case went before Justice Anselm Roque.", "Anselm Roque"),
        ("Retired Justice Wren Callow spoke at the dinner.", "Wren Callow"),
        ("In a ruling last year, Mr Justice Callow said the claim failed.", "Callow"),
    ],
)  # fmt: skip
def test_title_justice_before_a_name_is_a_judge(lead: str, expected: str) -> None:
    assert speakers(lead + SAID.format("the judge"))[-1] == expected


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        ("Joining the protest was the retired police chief, Hana Sorrel.", "the current police chief"),
        ("Joining the vigil was the retired coach, Emil Darrow, 70.", "the current coach"),
        ("The plaque was unveiled by the onetime mayor, Lotte Brisk.", "the sitting mayor"),
    ],
)  # fmt: skip
def test_current_holder_is_not_the_retired_one(lead: str, description: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == description


@pytest.mark.parametrize(
    ("lead", "description", "expected"),
    [
        ("The plaque was unveiled by the retired police chief, Hana Sorrel.", "the retired chief", "Hana Sorrel"),
        ("Also present was the fire chief, Bruno Halvey.", "the chief", "Bruno Halvey"),
        ("Speakers included the retired colonel, Jory Meckel, and a pastor.", "the colonel", "Jory Meckel"),
        ("The documents were leaked to the newspaper's editor, Tove Ambridge.", "the editor", "Tove Ambridge"),
    ],
)  # fmt: skip
def test_description_heading_its_own_phrase_still_names(lead: str, description: str, expected: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == expected
