"""Inputs that once raised instead of reporting (an exception loses every article of the run).
Invented drafts."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


@pytest.mark.parametrize(
    "text",
    [
        # a byline's place name ends the sentence before a paragraph's he or she
        '*By Joaquin Reyes, Westbrook*\n\n"It is the best harvest we have had in a decade," she said.\n',
        "*By Ana Lund, Kelso*\n\n“We will reopen on Monday,” he said.\n",
        "By Tomas Varga, Harlow\n\n“The pier is safe,” she told reporters.\n",
    ],
)
def test_a_byline_ending_on_a_place_before_a_pronoun_cue(text: str) -> None:
    [q] = extract_quotes(document_from_text(text, "draft.md"))
    assert q.speaker in ("he", "she")
