"""Session 26 (s26-shrink): special cases deleted because a more general rule covers them.
Each test pins the general rule's answer on shapes the deleted case used to decide."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text))]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the relative clause's subject names the quote whether it is a pronoun, a name or a description
        ("Angry at what he called “a stitch-up,” the crowd booed Hale.", "he"),
        ("Angry at what Hale called “a stitch-up,” the crowd booed the referee.", "Hale"),
        ("Delighted by what the coach called “a gutsy win,” the players sang, the club said.", "the coach"),
        ("Mocking what the senator had called “a fair deal,” protesters marched on Tuesday.", "the senator"),
    ],
)
def test_a_reaction_to_what_someone_called_a_phrase_is_theirs(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_report_after_a_relative_clause_is_still_the_outer_source() -> None:
    # neighbour: a verb of speech closing the sentence still reports it
    assert speakers("“We won,” said Lee, who called it “a fair deal,” the paper reported.") == [
        "Lee",
        "the paper",
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a verb of taking the floor with its particle after the quote, with or without a word
        # the cue finder starts at: the closing-cue reading finds it without a pre-check of its own
        ("“Nobody asked you,” a nurse at the back piped up.", "a nurse at the back"),
        ("“Wrong,” Hale struck back.", "Hale"),
        ("“Fine,” the coach jumped up.", "the coach"),
        ("“We disagree,” the union bit back.", "the union"),
        ("“Nonsense,” the minister is hitting back.", "the minister"),
    ],
)
def test_a_floor_verb_after_the_quote_names_its_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_verb_with_a_particle_that_takes_no_floor_names_no_one() -> None:
    assert speakers("“Wait,” the driver looked up.") == [None]
