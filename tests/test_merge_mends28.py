"""Mends made while merging session 28's branches: each case failed on the merged tree."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Hale met Ann Lee. “Lee-Smith is my cousin,” she said.", "Ann Lee"),
        (
            "James Ward greeted Ada Fenn at the door. “The Fenn-Walsh family has farmed here for a"
            " century,” she told the crowd.",
            "Ada Fenn",
        ),
        ("Peter Cole sat beside Mia Quist. “Quist-Avery is my married name,” she says.", "Mia Quist"),
    ],
)
def test_a_speaker_named_only_inside_a_longer_name_in_her_quote_keeps_it(text: str, speaker: str) -> None:
    """The quote names her only inside a hyphenated name and no one else fits the she."""
    assert speakers(text) == [speaker]


def test_a_name_addressed_in_the_quote_is_not_the_speaker() -> None:
    assert speakers("Tom Hale met Ann Lee. “Thank you, Ann,” she said.") != ["Ann Lee"]
