"""Session 28 (branch s28-train): a weekday or a month between an article and its noun
modifies the noun.

After an inverted cue ("“…,” said a Friday statement from the club", "reads a Tuesday
editorial in the Gazette", "said a March report by the board") the date was read as a name
closing the phrase: the speaker was lost, or was "March". A capitalised weekday or month
right after an article, before a lower-case word, is a modifier of that word; an article
and such a date with a word that ends the phrase make a noun ("said a March report by"),
as an article alone does. A date elsewhere keeps its reading ("said Ana Ruiz on Friday",
"said in a Friday statement"), and a verb after a plain description stays a verb ("as the
heckler yelled:").
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The vote was close.\n\n“We will appeal,” said a Friday statement from the club.",
            "a Friday statement",
        ),
        (
            "Holm was criticised.\n\n“There are snails with more courage,” reads a Tuesday editorial in the Gazette.",
            "a Tuesday editorial",
        ),
        (
            "The port is busy.\n\n“The port is full,” said a March report by the harbour board.",
            "a March report",
        ),
        (
            "The pier closed.\n\n“The pier is unsafe,” warned a Sunday letter from residents.",
            "a Sunday letter",
        ),
    ],
)
def test_a_dated_document_after_an_inverted_cue(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The vote was close.\n\n“We will appeal,” said Ana Ruiz on Friday.", "Ana Ruiz"),
        ("The vote was close.\n\n“We will appeal,” Ana Ruiz said in a Friday statement.", "Ana Ruiz"),
        (
            "The vote was close.\n\n“We will appeal,” said Ana Ruiz, a May graduate of the college.",
            "Ana Ruiz",
        ),
        (
            "“He has had a long week,” Holm said as the heckler shouted: “Go home!”",
            "the heckler",
        ),
    ],
)
def test_a_date_elsewhere_keeps_its_reading(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
