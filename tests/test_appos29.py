"""Session 29, a quote closed by a comma inside a who-clause on the subject, then the main
verb of saying: "Ada Lind, who called the plan “…,” said the new rules would …". The verb
after the quote is not inverted: the description after it is the subject of the reported
clause (an auxiliary or modal follows it), so the quote is the subject's, not that noun's.
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruben Okafor, a historian, who called himself “a cautious optimist,” said the "
            "restored locks would draw visitors.",
            "Ruben Okafor",
        ),
        (
            "Ilse Brandt, a ward nurse, who called the plan “a fine start,” said the new wards "
            "will open in May.",
            "Ilse Brandt",
        ),
        (
            "Omar Leland, the council's treasurer, who described the budget as “tight but "
            "honest,” says the spending cuts could be avoided.",
            "Omar Leland",
        ),
        (
            "Pia Moreau, who once called the tower “an eyesore,” said the new owners had promised changes.",
            "Pia Moreau",
        ),
    ],
)
def test_description_before_an_auxiliary_is_no_inverted_speaker(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_inverted_description_with_an_aside_still_speaks() -> None:
    text = "“It is a tight budget,” said the treasurer, who would not give a figure."
    assert speakers(text) == ["the treasurer"]
