"""Rules of session 27 (branch s27-bodies): an organisation, a place, a team or a
publication is not the speaker of a person's words.

1. Letters after a name for an honour, a seat or a degree ("KC", "MP", "OBE", "PhD") are not
   part of the name: it ends before them, and is filed under its surname. A generation's
   suffix ("Jr.") stays part of the name.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. letters after a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In mitigation, his barrister, Ruth Okonjo-Lamb KC, said her client was “deeply sorry”.",
            ["Ruth Okonjo-Lamb"],
        ),
        ("“We will appeal,” said Graham Tuttle QC, who acts for the family.", ["Graham Tuttle"]),
        (
            "Local MP Harriet Selby-Wong MP said the plan was “a betrayal of the town”.",
            ["Harriet Selby-Wong"],
        ),
        ("Professor Ines Varga OBE told the inquiry the figures were “simply wrong”.", ["Ines Varga"]),
        (
            "Dr Kwame Boateng-Hill PhD, an economist, says the forecast is “optimistic at best”.",
            ["Kwame Boateng-Hill"],
        ),
    ],
)
def test_letters_after_a_name_are_not_the_name(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_the_surname_alone_later_is_the_same_person() -> None:
    text = (
        "His barrister, Nadia Frost-Obi KC, said he was “ashamed”. Later Ms Frost-Obi said the "
        "sentence would be “appealed at once”."
    )
    assert speakers(text) == ["Nadia Frost-Obi", "Nadia Frost-Obi"]


def test_a_generation_suffix_stays_in_the_name() -> None:
    assert speakers("“It is over,” said Robert Quell Jr., the senator.") == ["Robert Quell Jr."]
