"""Neighbours a code read of the session's rules found firing wrongly, now held: a floor verb
before a comma does not take a quote that closes with a comma of its own ("Burglars broke in,
“looking for cash,” police said"); ", said so." names no closing reporter; what someone
writes or plays may be words, not a title. Invented news text, run through the real
extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import speakers


def kinds(text: str) -> list[str]:
    return [q.kind for q in extract_quotes(document_from_text(text + "\n", "a.txt"))]


def test_the_subject_of_a_floor_verb_never_takes_a_quote_closed_by_a_comma() -> None:
    assert "Burglars" not in speakers("Burglars broke in, “looking for cash,” police said.")
    assert "Thieves" not in speakers("Thieves broke in, “probably at night,” the owner said.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma-closed quote after "broke in," has its own cue after it
        ("The raiders cut in, “somewhere near the gate,” a guard told reporters.", ["a guard"]),
        ("Two men jumped in, “without a word,” the driver said later.", ["the driver"]),
        # the floor verb still introduces a quote that ends the sentence
        (
            "“The vote is over,” the chairman said, before Ruth Kim butted in, “We never counted it.”",
            ["the chairman", "Ruth Kim"],
        ),
    ],
)
def test_a_floor_verb_before_a_comma_leaves_a_quote_with_its_own_cue(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", said so." and ", said this." name no reporter: the subject stays the centre
        ("Ann Lee, a friend of Carla Moss, said so. “I am sad,” she said.", ["Ann Lee"]),
        ("Ruth Kim, who coached Ana Vos, said as much. “It hurt,” she said.", ["Ruth Kim"]),
        ("Ann Lee, a neighbour of Carla Moss, said this on Monday. “We are tired,” she said.", ["Ann Lee"]),
        # a named reporter or a plural of people after ", said" is still the centre
        ("The price rose, said analysts at Kessler. “It is too high,” they said.", ["analysts"]),
        ("Oren Tal doubted her story, said Maria Lopez. “I told the truth,” she said.", ["Maria Lopez"]),
    ],
)
def test_a_closing_said_names_a_reporter_only_when_one_follows(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She wrote “I Love You” in the sand.",
        "He wrote “Sorry For Everything” on the card.",
        "He played “The Victim” card, critics said.",
    ],
)
def test_words_written_or_played_stay_quotes(text: str) -> None:
    assert kinds(text) == ["quote"]
