"""Names read after a cue. A title word that closes a name opened by a first name is the
surname ("Mark Bishop", "Tom Judge"); before a name it stays a title ("Bishop Ann Kerr"),
and the surname alone later names the same person. All sentences are invented and run
through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The market is tired,” said Mark Bishop, an analyst at Fenwick.", ["Mark Bishop"]),
        ("“The club will survive,” said Tom Judge, the club's owner.", ["Tom Judge"]),
        ("“Rents will rise,” Ann Dean, a letting agent, told the council.", ["Ann Dean"]),
        ("“We never closed,” says Tom Marshal, who runs the ferry.", ["Tom Marshal"]),
        ("“The roads were empty,” Ann K. Sheriff said on Tuesday.", ["Ann K. Sheriff"]),
        ("“It was a long winter,” said Ann King.", ["Ann King"]),
        ("“The choir sang well,” wrote Tom Pope in the parish newsletter.", ["Tom Pope"]),
        ("“Prices are fair,” Carla Prince, the shop's manager, has said.", ["Carla Prince"]),
        ("“We are ready,” added Mark Rector.", ["Mark Rector"]),
        ("“We are ready,” said Ivo Major.", ["Ivo Major"]),
        ("“The ruling was fair,” said Ivo Judge, a lawyer.", ["Ivo Judge"]),
    ],
)
def test_a_title_word_after_a_first_name_is_the_surname(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We are praying,” said Bishop Ann Kerr.", ["Ann Kerr"]),
        ("“The verdict stands,” said Judge Tom Ray of the county court.", ["Tom Ray"]),
        ("“The streets are calm,” Fenland Sheriff Ivo Brandt said.", ["Ivo Brandt"]),
        ("“The term starts late,” said Dean Carla Moss.", ["Carla Moss"]),
        ("“The fees will stay,” said Ann Little, a teacher.", ["Ann Little"]),
    ],
)
def test_a_title_word_before_a_name_stays_a_title(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "“The market is tired,” said Mark Bishop, an analyst. “It will rest,” Bishop said.",
            ["Mark Bishop", "Mark Bishop"],
        ),
        (
            "“The club will survive,” said Tom Judge, the owner. Judge added: “We have cash.”",
            ["Tom Judge", "Tom Judge"],
        ),
        (
            "“We are fine,” said Ann King, a teacher. “The school is fine,” King said. “It is,” she said.",
            ["Ann King", "Ann King", "Ann King"],
        ),
        (
            "“The verdict stands,” said Judge Tom Ray. “It is final,” Judge Ray said. “No appeal,” Ray said.",
            ["Tom Ray", "Tom Ray", "Tom Ray"],
        ),
    ],
)
def test_the_surname_alone_names_the_same_person_later(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The fees are too high,” said critics like Ann Lee.", ["critics"]),
        ("“The fees are too high,” say critics like Ann Lee, a parent of three.", ["critics"]),
        (
            "“We were never asked,” said local farmers like Tom Ray, who own land by the river.",
            ["local farmers"],
        ),
        ("“The plan is sound,” added aides beside Ivo Brandt on the stage.", ["aides"]),
        ("“We trained for months,” said veteran players alongside Ivo Brandt.", ["veteran players"]),
        ("“The fees are too high,” said a critic like Ann Lee.", ["a critic"]),
    ],
)
def test_a_name_after_a_preposition_is_not_the_head_of_the_description(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The fees are too high,” said former aides.", ["former aides"]),
        # the phrase naming whom they serve stays (session 31: tests/test_serve31.py)
        ("“The fees are too high,” said senior aides to the mayor.", ["senior aides to the mayor"]),
        ("“We will not move,” said campaign staffers, who asked not to be named.", ["campaign staffers"]),
    ],
)
def test_a_title_word_before_a_plural_is_its_modifier(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The fees are too high,” said regional fire commander Ann Lee.", ["Ann Lee"]),
        ("“The fees are too high,” said fire chief Ann Lee of Dunmore.", ["Ann Lee"]),
        ("“The fees are too high,” said longtime party chairman Tom Hale.", ["Tom Hale"]),
        ("“The fees are too high,” said Ann Lee, like her sister before her.", ["Ann Lee"]),
        (
            "Ivo Brandt, the campaign spokesman, said the candidate sees the fair as a chance to "
            "offer voters a contrast to “the grim talk” heard at the rival meeting.",
            ["Ivo Brandt"],
        ),
    ],
)
def test_a_description_closed_by_a_name_still_names_the_person(text: str, who: list[str]) -> None:
    assert speakers(text) == who
