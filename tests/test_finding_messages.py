"""Finding messages a reader acts on: each names the words that changed, never an empty “”."""

from __future__ import annotations

from quotecheck.match import Matcher
from quotecheck.model import Quote, Source
from quotecheck.verify import judge

PRESS = "The depot will not reopen before the winter timetable starts. Drivers will get a raise."


def messages(text: str) -> dict[str, str]:
    matcher = Matcher([Source("press.txt", "document", PRESS, author="Dana Holt")])
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker="Dana Holt")
    result = judge(quote, matcher.locate(text, "Dana Holt"), True)
    return {f.code: f.message for f in result.findings}


def test_a_dropped_negation_says_what_was_left_out() -> None:
    found = messages("The depot will reopen before the winter timetable starts.")
    assert found["negation_changed"] == "“not” in the source is left out of the quote"


def test_an_added_negation_says_what_was_added() -> None:
    found = messages("Drivers will not get a raise.")
    assert found["negation_changed"] == "“not” in the quote is not in the source"


def test_a_replaced_word_names_both_sides() -> None:
    found = messages("Drivers might get a raise.")
    assert found["modality_changed"] == "“might” in the quote, “will” in the source"
