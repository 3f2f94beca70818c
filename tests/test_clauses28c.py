"""Review 28c mends: set-off tags, inner tellers and present verbs after a description."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rep. Dana Pike, D-Ohio, citing the report, said the port was “failing.”", "Dana Pike"),
        ("Sen. Ivo Lund, R-Utah, speaking on Radio Quay, said the bill was “a disaster.”", "Ivo Lund"),
        ("Sen. Ivo Lund, R-Utah, asked about the bill, said it was “a disaster.”", "Ivo Lund"),
        (
            "Rep. Mara Finch, D-Tarnby, responding to critics, told reporters the plan was “dead.”",
            "Mara Finch",
        ),
        ("Ivo Lund, a Republican, speaking on Radio Quay, said the bill was “a disaster.”", "Ivo Lund"),
        ("Ivo Lund, a Utah Republican, speaking on Radio Quay, says the bill is “a disaster.”", "Ivo Lund"),
        ("Cara Vos, a Democrat, asked about the vote, called it “a sham.”", "Cara Vos"),
    ],
)
def test_a_tag_set_off_after_the_name_before_an_aside_is_the_names(text: str, speaker: str) -> None:
    """A party tag or an indefinite description between the name and its aside is the name's."""
    assert speakers(text) == [speaker]


def test_a_set_off_description_after_a_fronted_phrase_stays_the_subject() -> None:
    text = "In Tarnby, a Republican, speaking on Radio Quay, said the bill was “a disaster.”"
    assert speakers(text) == ["Republican"]
