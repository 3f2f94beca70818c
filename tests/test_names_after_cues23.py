"""Names read after a cue. A title word that closes a name opened by a first name is the
surname ("Mark Bishop", "Tom Judge"); before a name it stays a title ("Bishop Ann Kerr"),
and the surname alone later names the same person. All sentences are invented and run
through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text``."""
    return [q.speaker for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


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
