"""Twins merged (session 33): one test where two did the same job differently.

- An "it" after a phrase fronted before it reads ``sentences.fronted_phrase``, the he/she
  test, not a stricter twin of its own: a time noun ("The next day, it said"), a participle
  phrase ("Asked about the cost, it said") or a phrase with an aside in it ("On Monday, in a
  letter to traders, it said") leaves the "it" its sentence's subject, standing for the body
  of the sentence before. A fronted clause with a verb of its own does not.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


LEAD = "The Tolvik harbour board voted to close the east annex on Tuesday.\n\n"

FRONTED_IT = [
    LEAD + "The next day, it said “the annex will reopen in spring.”",
    LEAD + "Asked about the cost, it said “the annex will reopen in spring.”",
    LEAD + "On Monday, in a letter to traders, it said “the annex will reopen in spring.”",
    "The Brisk Valley water trust raised its rates last month.\n\n"
    + "Pressed by residents, it wrote that “the rise will last one year.”",
]


@pytest.mark.parametrize("text", FRONTED_IT)
def test_an_it_after_a_fronted_phrase_is_the_body_before(text: str) -> None:
    words = "will reopen" if "reopen" in text else "rise will last"
    assert "board" in speaker_of(text, words) or "trust" in speaker_of(text, words)


def test_an_it_after_a_fronted_clause_is_not_read_as_its_subject() -> None:
    text = LEAD + "After the ferry company objected, it said “the annex will reopen in spring.”"
    assert "board" not in speaker_of(text, "will reopen")
