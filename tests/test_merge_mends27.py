"""Mends to the merges of session 27: shapes two branches each got right alone and lost
together. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause after a noun of text: the verb in it repeats the writer's words
        ("Ana Ruiz wrote a sentence that many readers quoted: “The river does not forgive.”", "Ana Ruiz"),
        ("Tom Hale wrote a line which his students still quote: “Measure twice, then stop.”", "Tom Hale"),
        # neighbours: a teller inside a report sets out her own words (s27-cue)
        ("Ana Ruiz said her aunt had told her: “Never sell the farm.”", "her aunt"),
        ("Tom Hale said that his coach had told him: “Run through the line.”", "his coach"),
        ("Lena Park told reporters her father had said: “Keep the lights on.”", "her father"),
    ],
)
def test_verb_of_speech_in_a_relative_after_a_noun(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
