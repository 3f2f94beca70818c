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


def turn_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text)) if q.kind == "transcript"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a role label beside a person's label: the interview is read without looking the
        # ordinary-case label up as a name in the article (the deleted known_name)
        (
            "Reporter: Why did you leave?\nTom Hale: I had no choice at all.\n"
            "Reporter: Would you go back?\nTom Hale: Never, not for any money.\n",
            ["Reporter", "Tom Hale", "Reporter", "Tom Hale"],
        ),
        (
            "Interviewer: What changed after the flood?\nDr Ann Lee: Everything changed, and fast.\n"
            "Interviewer: Do you regret staying?\nDr Ann Lee: Not for a moment.\n",
            ["Interviewer", "Ann Lee", "Interviewer", "Ann Lee"],
        ),
        (
            "Ann Lee: We will not close the school.\nTom Hale: Then who will pay for it?\n",
            ["Ann Lee", "Tom Hale"],
        ),
    ],
)
def test_an_interview_with_labels_in_ordinary_case(text: str, who: list[str]) -> None:
    assert turn_speakers(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Prep Time: Twenty minutes are enough for most cooks.\nCook Time: About an hour in a hot oven.\n",
        "Bottom Line: The plan costs too much and does too little.\nKey Facts: The bridge is forty years old.\n",
        "The shop opened in May.\n\nNote: The shop is closed on Mondays.\n\nUpdate: The road has reopened.\n",
        "Pros: It is light and cheap to run.\nCons: The battery dies too fast.\n",
        "Step One: Heat the oven to a high heat.\nStep Two: Mix the flour and the butter well.\n",
    ],
)
def test_labelled_lines_of_a_recipe_or_a_review_are_no_interview(text: str) -> None:
    assert turn_speakers(text) == []
