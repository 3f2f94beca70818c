"""Words set out by their own teller inside what a hearing heard or a listener was told
(session 35). Invented passages.

A teller inside a report who sets out words after a colon or comma is their speaker
(``grammar.direct_inside``). The "that" after a verb in the past ("The inquest heard that",
"The jury learned that") or after the listener of a verb of telling ("told the court that",
"assured investors that") opens what was heard or told, no relative clause on a noun
(``grammar.noun_clause``), so that inner teller speaks. A quote in the report with no verb of
its own setting it out stays the outer frame's (or no one's), as before: "Records show she
called it “…”", "Ada Fenn told the court that Lamm had called the scheme “…”"."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

INNER_TELLER = [
    (
        "The inquest heard that Lena Drax had told colleagues: “I cannot keep doing these night shifts alone.”",
        "night shifts alone",
        "Lena Drax",
    ),
    (  # another hearing, another verb in the past, a simple past inside
        "The jury learned that Ivo Lamm had texted his brother: “Burn the papers.”",
        "Burn the papers",
        "Ivo Lamm",
    ),
    (  # a listener of "told", a surname alone inside
        "Prosecutor Ada Fenn told the court that Lamm had said to his brother: “Nobody will ever find it.”",
        "ever find it",
        "Lamm",
    ),
    (  # a description inside, a comma before the quote, "warned" the outer verb
        "Ada Fenn warned the board that the auditors had told her, “The books do not add up.”",
        "books do not add up",
        "the auditors",
    ),
    (  # a body as the outer teller, a plural listener, a verb of writing inside
        "The firm assured investors that its chairman had written to the bank: “The loan is safe.”",
        "loan is safe",
        "its chairman",
    ),
    (  # people inside
        "Lamm told the council that residents had said: “We were never consulted.”",
        "never consulted",
        "residents",
    ),
]

OUTER_FRAME = [
    # no verb of the inner subject sets the quote out: the report's teller, as before
    ("Ada Fenn told the court that Lamm had called the scheme “a gold mine”.", "gold mine", "Ada Fenn"),
    ("Ruiz said his aunt told him “never sell the farm”.", "never sell the farm", "Ruiz"),
    ("Records show she called the plan “a disaster waiting to happen”.", "disaster waiting", "she"),
    (
        "Ivo Lamm was quoted by the Gazette as saying: “The mill will close by June.”",
        "mill will close",
        "Gazette",
    ),
    # words, not a listener, after "told": a relative clause on the story, which the teller tells
    (
        "Ivo Lamm told the story that his grandfather had told him: “Never sell the boat.”",
        "Never sell",
        "Ivo Lamm",
    ),
    # a verse that fans recite: the verse is set out, its writer's
    (
        "Ana Ruiz penned a verse that fans still recite: “The valley sleeps, the river keeps.”",
        "valley sleeps",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INNER_TELLER)
def test_the_inner_teller_sets_out_the_words(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), OUTER_FRAME)
def test_a_quote_with_no_teller_of_its_own_stays_outside(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_what_a_hearing_heard_without_a_teller_is_no_ones() -> None:
    # "heard" is no verb of speech: with no inner teller, nobody's words are named
    check_speaker("The court heard that the deal was “a sham from the very start”.", "a sham", None)
