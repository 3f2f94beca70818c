"""The speed work on the previous-subject pronoun rule keeps its answers: the whole-word test
that replaced a regex compiled per name agrees with that regex, and the quotes of one cue,
whose antecedent is now read once, still share its speaker. Invented news text."""

from __future__ import annotations

import re

import pytest

from quotecheck.extract.resolution import word_at
from tests.conftest import speakers


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("okafor", "she told okafor later"),
        ("okafor", "she told okafors later"),  # a longer word: no
        ("okafor", "the okafor’s plan"),  # an apostrophe is no word character: yes
        ("lee", "fleeing lee"),  # the second, not the first
        ("lee", "lee_ward"),  # "_" is a word character: no
        ("o'neill", "asked o'neill, then"),
        ("o'neill", "asked xo'neill"),
        ("dos santos", "met dos santos."),
        ("jr.", "the jr.x"),  # a word that ends in a mark: the boundary is the other way round
        ("jr.", "the jr. "),
        ("müller", "met müllers"),
        ("müller", "met müller."),
        ("2nd", "the 2nd ward"),
        ("", "anything"),
        ("", " . "),
    ],
)
def test_whole_word_agrees_with_the_regex_it_replaced(word: str, text: str) -> None:
    assert (word_at(word, text) >= 0) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Councillor Rhea Obi met Dario Venn on Monday. Obi thanked Venn."
            " “We kept our word,” she said, “and the river path opens in May.”",
            "Rhea Obi",
        ),
        (
            "Harbour chief Nils Aberg greeted Tomas Reyes at the pier. Aberg praised Reyes."
            " “The crews did this,” he said. “Nobody else.”",
            "Nils Aberg",
        ),
        (
            "Coach Ida Sorel faced Petra Lind in the final. Sorel beat Lind."
            " “It was close,” she said, “closer than the score,” and smiled.",
            "Ida Sorel",
        ),
    ],
)
def test_quotes_of_one_pronoun_cue_share_the_previous_subject(text: str, speaker: str) -> None:
    assert speakers(text)[:2] == [speaker, speaker]


def test_a_subject_of_the_other_gender_keeps_the_pronoun_as_before() -> None:
    # "he" cannot be Anna Obi, a woman by her given name: both quotes go to the man named
    got = speakers(
        "Councillor Anna Obi met Peter Venn on Monday. Obi thanked Venn. “We kept our word,” he said, “and more.”"
    )
    assert got[:2] == ["Peter Venn", "Peter Venn"]
