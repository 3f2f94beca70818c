"""Mends made when this session's branches were merged (each fails on the merge it mends)."""

from __future__ import annotations

import pytest

from quotecheck.article.reading import document_from_text
from quotecheck.extract import extract_quotes


def turn_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text)) if q.kind == "transcript"]


@pytest.mark.parametrize(
    ("heading", "intro"),
    [
        ("Debate Transcript: Crime, Parks and a Missing Budget Line", "The two candidates met on Monday."),
        ("Council Hearing Excerpt: Water, Rates and the Reservoir", "Below is an edited excerpt."),
        (
            "Radio Interview: Floods, Roads and a Late Warning",
            "The host was Dana Voss; the guest was Jo Merrin.",
        ),
    ],
)
def test_a_headline_with_a_colon_is_no_label_before_a_transcript(heading: str, intro: str) -> None:
    # A title-case heading reads like a label in ordinary case ("Debate Transcript: …"); taken
    # as one it joined the block below, whose labels are in capitals, and lost every turn.
    text = (
        f"{heading}\n\n{intro} Councillor Ravi Lindqvist and Mara Quill answered questions.\n\n"
        "LINDQVIST: We have to fix the roads before anything else.\n\n"
        "QUILL: The roads can wait a year, but the schools cannot.\n\n"
        "LINDQVIST: Then tell parents where the money comes from.\n"
    )
    assert turn_speakers(text) == ["Ravi Lindqvist", "Mara Quill", "Ravi Lindqvist"]


def test_a_role_label_in_ordinary_case_still_opens_an_interview() -> None:
    text = (
        "Host: What went wrong on the night of the storm?\nTom Hale: The warning came far too late.\n"
        "Host: Who should have sent it?\nTom Hale: The county, and it knows that.\n"
    )
    assert turn_speakers(text) == ["Host", "Tom Hale", "Host", "Tom Hale"]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text)) if q.kind == "quote"]


@pytest.mark.parametrize(
    "crowd",
    ["Hundreds listened.", "Thousands cheered.", "Dozens waited outside.", "Several walked out."],
)
def test_a_count_of_people_opening_a_sentence_is_no_surname(crowd: str) -> None:
    # s26-people let a sentence-final past form count ("Hale left."), so "Hundreds listened."
    # registered a person "Hundreds", and s26-desc then resolved a description to it.
    text = (
        f"Mayor Ines de Vallet spoke at the town hall on Monday. {crowd} "
        "“We will fix the roads,” said the Republican candidate."
    )
    assert speakers(text) == ["the Republican candidate"]


def test_a_surname_opening_a_short_sentence_still_registers() -> None:
    text = "Ann Voss met Tom Hale at the depot. Hale listened. “We will fix the roads,” he said."
    assert speakers(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dana Moyo left the firm in 2019. Her partner at the firm, Edmund Whitby, remembers "
            "her differently. “She was the best negotiator I ever met,” he said.",
            "Edmund Whitby",
        ),
        (
            "Lena Ostrova sold her shares. A trader at the bank, Osric Penhall, watched the price. "
            "“Nobody saw it coming,” he said.",
            "Osric Penhall",
        ),
        (
            "Pia Lund filed the claim. A lawyer for the company, Tobias Renfrew, disputed it. "
            "“The claim has no basis,” he said.",
            "Tobias Renfrew",
        ),
    ],
)
def test_a_name_after_a_prepositional_body_noun_is_the_person_before_it(text: str, who: str) -> None:
    # s26-bodies read "at the firm, Edmund Whitby," as a body named in apposition to "the
    # firm", so "he" skipped him; the name is set beside the person the phrase began with.
    assert speakers(text) == [who]
