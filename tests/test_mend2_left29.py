"""Session 29 (branch s29-m2-left): mends to shapes of s29-m-left that a code-read review
found too narrow.

1. A one-word author set off after a paper ("The letter, from Lee, said") speaks when a
   person of that name was met earlier in the article; else the paper does ("from Lisbon").
   A firm of partners joined by "&" is a name ("from Karn & Holm").
2. A paper with a set-off aside naming its author by a participle ("signed by", "written
   by", "sent by") and then "which"/"that" with a verb of saying speaks through that author,
   not through whoever released the paper.
3. "a lawmaker" inside the named holder's own appositive or "who became" clause tells of
   that holder, not of another; the free words after "a" never cross a determiner ("a bill
   the lawmaker said").
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Tarik Olsen wrote to the board last week. The letter, from Olsen, said the plan was “not viable.”",
            ["Tarik Olsen"],
        ),
        (
            "Mira Vance emailed staff on Friday. The email, from Vance, read: “Do not talk to reporters.”",
            ["Mira Vance"],
        ),
        (
            "Lena Torv hired a lawyer, Otto Brask. The note, sent from Brask, called the claims “baseless.”",
            ["Otto Brask"],
        ),
        ("The letter, from Aldo & Quist, said the claim was “frivolous.”", ["Aldo & Quist"]),
        ("The statement, from Pell & Ruskin, calls the offer “an insult.”", ["Pell & Ruskin"]),
    ],
)
def test_one_word_author_met_before_speaks(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: a place, a day, a month or a thing, or a word no one was named by
        ("Lena Torv flew home. The memo, from Lisbon, said the offer was “final.”", ["The memo"]),
        ("The note, from Tuesday, read: “Gone fishing.”", ["The note"]),
        ("The letter, from March, said, “We are grateful.”", ["The letter"]),
        ("The report, from Texas, described the bridge as “sound.”", ["The report"]),
    ],
)
def test_one_word_place_or_time_keeps_the_paper(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: one who sends a paper keeps its words; an aside with no author
        ("Tarik Olsen mailed a letter, written by his aide, that said the deal was “dead.”", ["Tarik Olsen"]),
        (
            "The group released a letter, signed last week, which says, “The clinic must stay open.”",
            ["The group"],
        ),
    ],
)
def test_sender_or_unsigned_paper_keeps_the_words(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The group released a letter, signed by Tarik Olsen, which says, “The clinic must stay open.”",
            ["Tarik Olsen"],
        ),
        (
            "Vance released a letter, signed by 40 nurses, which says, “The ward must stay open.”",
            ["40 nurses"],
        ),
        (
            "The union posted a letter, written by Mira Vance, that says “the strike will go on.”",
            ["Mira Vance"],
        ),
        (
            "Lena Torv published a memo, written by her lawyer, which warned, “The claims are false.”",
            ["her lawyer"],
        ),
        (
            "The council shared a note, sent by the town clerk, that read, “The budget is short.”",
            ["the town clerk"],
        ),
    ],
)
def test_signed_document_speaks_through_its_author(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Rep. Tarik Olsen, who became a lawmaker in 2010, defended the bill. “It is overdue,” the lawmaker said.",
            ["Tarik Olsen"],
        ),
        (
            "Rep. Mira Vance, who has been a lawmaker since 2012, backed the plan. “It works,” the lawmaker says.",
            ["Mira Vance"],
        ),
        (
            "Rep. Tarik Olsen filed a bill the lawmaker said would cut costs. “It is overdue,” the lawmaker said.",
            ["Tarik Olsen"],
        ),
        (
            "Rep. Otto Brask introduced a measure this lawmaker backed. “It is fair,” the lawmaker added.",
            ["Otto Brask"],
        ),
    ],
)
def test_holder_own_aside_is_no_other_holder(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: another lawmaker is in play
        (
            "Rep. Otto Brask, who met a lawmaker from the north, spoke first. “It is fair,” the lawmaker said.",
            ["the lawmaker"],
        ),
        (
            "Rep. Otto Brask spoke after a lawmaker from the north objected. “It is fair,” the lawmaker said.",
            ["the lawmaker"],
        ),
    ],
)
def test_other_holder_keeps_description(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who
