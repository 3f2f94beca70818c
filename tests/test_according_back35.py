"""A sentence after a whole quote that points back to it with "according to" someone
(session 35): "“….” That is according to Ann Lee, who chairs the board." names who said it,
as "“….” Those were the words of Ann Lee." does. Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

POINTED = [
    (
        "“We were robbed.” That is according to Yara Fenwick, who chairs the board.",
        "robbed",
        "Yara Fenwick",
    ),
    (  # past tense, a description
        "The pier shut in March. “It will never reopen.” That was according to the harbour master.",
        "never reopen",
        "the harbour master",
    ),
    (  # another demonstrative, a name alone
        "“The roof could go at any moment.” This is according to Ossian Prentiss.",
        "roof could go",
        "Ossian Prentiss",
    ),
]

NEIGHBOURS = [
    (  # a source that is a thing: no one's words
        "“Prices will rise by a third.” That is according to the plan.",
        "Prices will rise",
        None,
    ),
    (  # someone's figures, not their words
        "“Prices will rise by a third.” That is according to Yara Fenwick's figures.",
        "Prices will rise",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), POINTED + NEIGHBOURS)
def test_according_back(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
