"""A phrase set off after a name is a role only when it describes that person, not when it goes
on a list of people ("Sofia Brandt, Tomas Orlik and …"): found by sweep O, where the rest of a
list came out as the first name's ``speaker_role``. Invented passages."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def role_of(text: str) -> str | None:
    [q] = extract_quotes(document_from_text(text, "story.txt"))
    return q.speaker_role


@pytest.mark.parametrize(
    "text",
    [
        "Sofia Brandt, Tomas Orlik and Pellin Mining chief executive Kwame Asante attended. "
        "“It will take years,” Brandt said.",
        "The award went to Lina Okafor, Ruth Vane and two others. “We are thrilled,” Okafor said.",
        "Marta Quell, Dov Sarin and Ilse Marr signed the letter on Friday. “It was overdue,” Quell said.",
        "Berit Lomax, Castell and two other councillors walked out. “We had no choice,” Lomax said.",
    ],
)
def test_a_list_of_people_is_no_role(text: str) -> None:
    assert role_of(text) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ivo Lund, Dayton Mill's head of sales and marketing, spoke first. “We will rebuild,” Lund said.",
            "Dayton Mill's head of sales and marketing",
        ),
        (
            "Ann Roe, Harlow Foods chief executive, opened the plant. “It is a good day,” Roe said.",
            "Harlow Foods chief executive",
        ),
        (
            "Ann Roe, a spokeswoman for Kelso Water, met residents. “The pipes will be fixed,” Roe said.",
            "a spokeswoman for Kelso Water",
        ),
    ],
)
def test_a_description_set_off_after_the_name_stays_a_role(text: str, role: str) -> None:
    assert role_of(text) == role
