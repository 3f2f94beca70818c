"""Session 26 (s26-m2-misc): mends from review 26d findings 10 and 11.

10. A document in a relative clause ("a letter that said “…”") or with a participle ("a letter
    saying “…”") is its putter-out's only when the verb authors or sends it ("sent", "issued",
    "signed", or any verb of putting out with "out"); a verb that passes on or prints another's
    document ("delivered", "ran") leaves the words the document's.
11. A verb of taking the floor with its particle after the quote ("“…,” the aide piped up.") is
    read after a short subject too: the closing-cue reading no longer skips the parse when the
    words after the quote hold no cue word but hold a particle of taking the floor.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text))]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“That is not true,” the aide piped up.", "the aide"),
        ("“That is not true,” Hale piped up.", "Hale"),
        ("“We were never told,” the aide pipes up.", "the aide"),
        ("“We were never told,” Hale, her deputy, piped up.", "Hale"),
        ("“Not so fast,” a councillor piped up.", "a councillor"),
        ("“I have a question,” a woman at the back piped up.", "a woman at the back"),
    ],
)
def test_piped_up_after_the_quote_names_its_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "“Wait,” the driver looked up.",
        "“It is full,” the shelter filled up.",
    ],
)
def test_a_particle_verb_that_takes_no_floor_names_no_one(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The courier delivered a letter that said “final notice.”", "a letter"),
        ("The paper ran a letter that said “the council has failed us.”", "a letter"),
        ("The magazine ran a letter which said “the council must go.”", "a letter"),
        ("The courier delivered a note saying “pay now.”", "a note"),
        ("The weekly ran a letter saying “the park must stay open.”", "a letter"),
    ],
)
def test_a_document_passed_on_or_printed_is_not_its_carriers(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Hale sent a message that said “we are done.”", "Hale"),
        ("The firm issued a statement that said “we regret the delay.”", "The firm"),
        ("Hale emailed a note which read “the deal is off.”", "Hale"),
        ("The minister signed a letter that said “the plan will go ahead.”", "The minister"),
        ("The mayor tweeted a message that read “stay home tonight.”", "The mayor"),
        ("The agency put out a statement saying “we will review it.”", "The agency"),
        ("Hale sent out a release saying “the talks failed.”", "Hale"),
    ],
)
def test_a_document_its_subject_authors_or_sends_is_the_subjects(text: str, who: str) -> None:
    assert speakers(text) == [who]
