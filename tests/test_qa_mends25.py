"""Unlabelled Q&A runs that are no interview give no turns (review 25d): a byline names the
author, a first-person introduction is a letter, an introduction that tells of nobody it met is
an op-ed, a quiz or an FAQ, an introduction that asks is a column, and two people introduced
alike leave the answers unassigned. Real interviews are still read."""

from __future__ import annotations

from quotecheck.article.reading import document_from_text
from quotecheck.extract import extract_quotes

RUN = (
    "\n\nWhat keeps you awake at night?\n\nI worry about the harvest.\n\n"
    "Do you sleep at all?\n\nI sleep four hours, sometimes five.\n\n"
    "What would you change?\n\nI would plant earlier next spring.\n"
)


def turns(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(document_from_text(text)) if q.kind == "transcript"]


def answers(text: str) -> list[str | None]:
    return [s for s, t in turns(text) if not t.endswith("?")]


def test_a_byline_names_the_author_not_an_interviewee() -> None:
    for intro in (
        "By Marta Quist",
        "Column by Jonas Weller",
        "Opinion | By Priya Anand, a farmer in the valley",
        "Words and pictures by Oskar Lindqvist",
    ):
        assert turns(intro + RUN) == [], intro


def test_a_first_person_introduction_is_a_letter() -> None:
    for intro in (
        "Dear editor, I am Marta Quist.",
        "To the editor: my name is Marta Quist and I farm near the river. I write because I am tired.",
        "I, Jonas Weller, have a few questions for the council.",
    ):
        assert turns(intro + RUN) == [], intro


def test_an_introduction_that_tells_of_nobody_met_gives_no_turns() -> None:
    for intro in (
        "Marta Quist wrote this column.",
        "Jonas Weller, a teacher, sets this week's questions.",
        "Priya Anand runs the food bank on Mill Street.",
        "Oskar Lindqvist will visit the school on Friday.",
    ):
        assert turns(intro + RUN) == [], intro


def test_an_introduction_that_asks_is_a_column() -> None:
    for intro in (
        "Marta Quist wrote to us. Is it fair? Can anyone answer?",
        "Jonas Weller has a question for every voter. Why wait?",
        "Priya Anand sent us this. Would you say the same?",
    ):
        assert turns(intro + RUN) == [], intro


def test_two_people_introduced_alike_leave_the_answers_to_nobody() -> None:
    for intro in (
        "Marta Quist, 40, and her son Tomas Quist, 12, spoke to us.",
        "Jonas Weller and Priya Anand spoke to us about the farm.",
        "Peter Lind is a nurse. His colleague Anna Berg is a doctor.",
    ):
        assert answers(intro + RUN) == [], intro


def test_a_bare_interviewer_in_apposition_asks_and_the_other_answers() -> None:
    for intro, asker, person in (
        ("Sarah Cole, interviewer, talks to David Marsh.", "Sarah Cole", "David Marsh"),
        ("Priya Anand, interviewer, met Oskar Lindqvist at his farm.", "Priya Anand", "Oskar Lindqvist"),
        ("Dana Pirelli, the interviewer, sat down with John Berg.", "Dana Pirelli", "John Berg"),
    ):
        assert [s for s, _ in turns(intro + RUN)] == [asker, person] * 3, intro


def test_real_interviews_are_still_read() -> None:
    for intro, person in (
        ("Marta Quist is the new head of the museum. We spoke to her.", "Marta Quist"),
        ("Jonas Weller sat down with us before the match.", "Jonas Weller"),
        ("Priya Anand spoke to us from her kitchen.", "Priya Anand"),
        ("Oskar Lindqvist, 61, runs a bakery. He talked to us.", "Oskar Lindqvist"),
        ("Mayor Dana Pirelli faced the press on Monday.", "Dana Pirelli"),
        ("Farmer Tomas Berg grows rye. Berg has done so for thirty years.", "Tomas Berg"),
    ):
        assert [s for s, _ in turns(intro + RUN)] == [None, person] * 3, intro
