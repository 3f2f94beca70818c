"""A relative clause joined to another ("X, who …, and who …") is one person's, not a pair.

s30-coord joined two noun phrases around "and" into one subject; a relative pronoun after the
"and" is no second phrase: it goes on describing the first person, who speaks the quote.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with

RELATIVE_AFTER_AND = [
    (
        "Marta Quill, who was elected in May, and who has called the budget “a fraud,” resigned.",
        "a fraud",
        "Marta Quill",
    ),
    ("Lee praised Ortiz, who ran the shelter, and who called it “a lifeline.”", "a lifeline", "Ortiz"),
    (
        "Petra Vunk, who runs the clinic, and who calls the cuts “reckless,” will testify.",
        "reckless",
        "Petra Vunk",
    ),
]

PAIR_PAST_RELATIVE = [
    # the neighbour: a second person named after the relative clause speaks with the first
    (
        "Ann Vidal, who chairs the board, and Tom Hale said the vote was “a mistake.”",
        "a mistake",
        "Ann Vidal and Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELATIVE_AFTER_AND + PAIR_PAST_RELATIVE)
def test_relative_after_and_is_the_first_person(text: str, words: str, expected: str) -> None:
    # the whole speaker string: "Ortiz, who ran the shelter, and who" holds "Ortiz" but names no one
    assert quote_with(text, words).speaker == expected
