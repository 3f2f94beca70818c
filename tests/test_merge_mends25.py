"""Mends made when the session's branches were merged, each with the case that failed on the
merge (invented text)."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import speakers


def turn_speakers(text: str) -> list[str | None]:
    return [
        q.speaker for q in extract_quotes(document_from_text(text, "story.txt")) if q.kind == "transcript"
    ]


HEARING = (
    "The council released the transcript on Friday. Committee chair {full} questioned "
    "Marta Quell, the director of parks.\n\n"
    "{label}: Ms. Quell, when did you learn the pond was closed?\n\n"
    "QUELL: In the second week of June, from a ranger.\n\n"
    "{label}: And the signs went up a month later?\n\n"
    "QUELL: They did, and I regret that.\n"
)


@pytest.mark.parametrize(
    ("full", "label"),
    [
        ("Yvonne Castell-Reid", "CASTELL-REID"),  # a hyphenated surname
        ("Declan O'Neill", "O'NEILL"),  # an apostrophe inside the surname
        ("Rory McNally", "MCNALLY"),  # a capital inside the surname
        ("Ines Abara-Lund", "ABARA-LUND"),
    ],
)
def test_a_capitals_label_resolves_to_the_surname_as_the_article_spells_it(full: str, label: str) -> None:
    # the label was title-cased as one word (CASTELL-REID -> "Castell-reid") and then missed
    # the article's "Yvonne Castell-Reid", so the label stood alone as the speaker
    speakers = turn_speakers(HEARING.format(full=full, label=label))
    assert speakers == [full, "Marta Quell", full, "Marta Quell"]


def test_a_label_the_article_does_not_name_keeps_its_own_spelling() -> None:
    # neighbour: no full name to find, so the label is the name, each part capitalised
    text = HEARING.format(full="Yvonne Reid", label="DUNMORE-PAYNE")
    assert turn_speakers(text)[0] == "Dunmore-Payne"


def test_a_quote_span_copied_with_replace_recomputes_its_mark_offsets() -> None:
    # the span stores where its marks start and end; they are not constructor arguments, so
    # dataclasses.replace (which passes every init field) raised TypeError once they were stored
    import dataclasses

    from quotecheck.extract.spans import QuoteSpan

    span = QuoteSpan(5, 10, "“", "”")
    moved = dataclasses.replace(span, end=12)
    assert (moved.open_at, moved.close_at) == (4, 13)
    assert moved == QuoteSpan(5, 12, "“", "”")


@pytest.mark.parametrize(
    "aside",
    [
        "(Subscribe to the Gazette’s Open Line podcast with Peter Marsh.)",
        "(Listen to HERALD’s Night Desk programme with Peter Marsh.)",
        "(Read the Courier’s Inside Track newsletter with Peter Marsh.)",
    ],
)
def test_capitalised_words_after_a_possessive_before_a_noun_are_no_person(aside: str) -> None:
    # the possessive's place ("Serbia’s Ana Lind") was split off any run after it, so the title
    # of a podcast before its noun became a person whom the next "she" stood for
    text = (
        "Twelve years ago, when she was starting out, Dorn covered city hall. " + aside + "\n\n"
        "“I covered the courts, which is harder,” she said.\n"
    )
    # Dorn, or the pronoun as written where "Dorn" is not taken for the centre; never the title
    assert speakers(text)[0] in {"Dorn", "she"}


def test_a_possessive_place_before_a_person_still_gives_her_origin() -> None:
    # neighbour: a name followed by its verb is a person, with the possessive as her place
    text = "Serbia’s Ana Lind won the final in three sets. “It was hard,” the Serbian said.\n"
    assert speakers(text) == ["Ana Lind"]
