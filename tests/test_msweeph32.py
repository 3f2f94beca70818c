"""Session 32, the whole-draft sweep mended: an unmarked Markdown blockquote after a colon line
is a quote only when the line's subject is a person or a body that puts out its own words (no
song, anthem, motion, sign or label); the answers of a Q./A. interview go to the person an
interview cue names, never to a phrase repeated before the block; an "it" never skips back
over a subject just before it that may be a body; a writer's "I asked …" is no speaker."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, kind: str = "text") -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.md" if kind == "markdown" else "story.txt", kind))


def found(text: str, words: str, kind: str = "text") -> list[Quote]:
    return [q for q in extract(text, kind) if words in q.text and q.kind in ("quote", "transcript")]


def block(colon_line: str) -> str:
    return (
        "# Harbour row\n\nBy Ned Ashby\n\nThe dispute over the slipway is in its third year.\n\n"
        f"{colon_line}\n\n> The boats come in at half past four,\n> and nobody is waiting any more.\n\n"
        "The case returns to court in June.\n"
    )


# ---- 1. a colon line's subject must be a person or a body ----
TEXT_SUBJECTS = [
    "The song opens with the lines:",
    "The club's anthem ends with a promise:",
    "Her best-known song, “Harbour Lights”, closes with these lines:",
    "The poem begins with a warning:",
    "The motion before the council stated:",
    "The warning label on the cans says:",
    "A sign at the entrance of the yard says:",
    "The notice on the door, signed by the harbour board, declared:",
]


@pytest.mark.parametrize("line", TEXT_SUBJECTS)
def test_a_work_or_a_document_brings_in_no_ones_words(line: str) -> None:
    assert found(block(line), "half past four", "markdown") == []


SPEAKING_SUBJECTS = [
    ("Gideon Marsh wrote to members on Tuesday:", "Gideon Marsh"),
    ("The harbour master ended her speech with a warning:", "The harbour master"),
    ("She closed with a plea:", None),
    ("In a letter, the council told residents:", "the council"),
    ("The head of the report team said:", "The head of the report team"),
]


@pytest.mark.parametrize(("line", "who"), SPEAKING_SUBJECTS)
def test_a_person_or_a_body_still_brings_in_their_words(line: str, who: str | None) -> None:
    got = found(block(line), "half past four", "markdown")
    assert got
    if who is not None:
        assert got[0].speaker == who


# ---- 2. a Q./A. interview's answers go to the person a cue names ----
def interview(intro: str, questions: int = 2) -> str:
    pairs = [("How bad was it?", "I have never seen waves like it."), ("Will the pier reopen?", "I hope so, by the summer."),
             ("Who pays?", "The county, we hope.")]  # fmt: skip
    qa = "".join(f"Q. {q}\n\nA. {a}\n\n" for q, a in pairs[:questions])
    return (
        "Storm leaves Port Elvin pier in pieces\n\nPORT ELVIN — The pier at Port Elvin was torn apart on Sunday "
        f"night, and Port Elvin is counting the cost.\n\n{intro}\n\n{qa}"
    )


CUED = [
    ("Harbour master Tamsin Hale spoke to us on Monday.", 2),
    ("We sat down with harbour master Tamsin Hale on Monday.", 2),
    ("Tamsin Hale, the harbour master, answered our questions by phone.", 2),
    ("On Monday we asked Dr. Tamsin Hale about the damage.", 3),
    ("This is an edited interview with harbour master Tamsin Hale.", 3),
]


@pytest.mark.parametrize(("intro", "n"), CUED)
def test_answers_go_to_the_person_an_interview_cue_names(intro: str, n: int) -> None:
    answers = found(interview(intro, n), "waves like it")
    assert answers and all(q.speaker == "Tamsin Hale" for q in answers)


@pytest.mark.parametrize(
    "intro",
    ["The harbour office was closed on Monday.", "Port Elvin residents gathered at the harbour on Monday."],
)
def test_no_cue_leaves_two_answers_to_no_one(intro: str) -> None:
    assert all(q.speaker is None for q in found(interview(intro), "waves like it"))


def test_two_people_in_the_cue_leave_the_answers_to_no_one() -> None:
    text = interview("Tamsin Hale, 40, and her son Tomas Hale spoke to us on Monday.")
    assert all(q.speaker is None for q in found(text, "waves like it"))


ASKED = [
    "I asked Tamsin Hale, the harbour master, whether the regatta would go ahead.",
    "I asked harbour master Tamsin Hale if the regatta would go ahead this summer.",
    "On Monday I asked Tamsin Hale whether the regatta would go ahead.",
]


@pytest.mark.parametrize("asked", ASKED)
def test_a_writers_question_is_answered_by_the_one_asked(asked: str) -> None:
    text = f"The pier was torn apart on Sunday night.\n\n{asked}\n\n“Not this year.”\n\nThe council meets on Friday.\n"
    got = found(text, "Not this year")
    assert all(q.speaker != "i" for q in got)
    assert not got or got[0].speaker in (None, "Tamsin Hale")


def test_a_writer_who_said_is_no_speaker() -> None:
    text = (
        "The pier was torn apart on Sunday night.\n\nI said the regatta would go ahead.\n\n“Not this year.”\n"
    )
    assert all(q.speaker != "i" for q in found(text, "Not this year"))


# ---- 3. "it" never skips back over a subject that may be a body ----
IT_SUBJECTS = [
    ("Sallow Cross Fire and Rescue did not respond on Monday.", "Sallow Cross Fire and Rescue"),
    ("The Pellingford Teachers' Union did not respond on Monday.", "Pellingford Teachers' Union"),
    ("Orrin Valley Ambulance Trust has not commented since Monday.", "Orrin Valley Ambulance Trust"),
    ("Tinwick Harbour Pilots declined to comment on Monday.", None),
]


@pytest.mark.parametrize(("subject", "who"), IT_SUBJECTS)
def test_it_does_not_reach_a_club_named_in_the_headline(subject: str, who: str | None) -> None:
    text = f"Rovers fans rally as ground faces sale\n\n{subject} It said last week that “the station will stay open.”\n"
    got = found(text, "station will stay open")
    assert got and got[0].speaker == who


def test_it_still_reaches_a_body_past_a_person() -> None:
    text = (
        "Harlow Rovers sold the ground on Friday.\n\nMarta Quist, the striker, did not comment. "
        "It said last week that “the ground will stay open.”\n"
    )
    got = found(text, "ground will stay open")
    assert got and got[0].speaker == "Harlow Rovers"


def test_a_heading_and_the_next_introduction_end_an_interview() -> None:
    text = (
        "Dario Keld, the water board's director, spoke to us this week.\n\n"
        "Why did it take so long?\n\nI never expected the delay, I admit.\n\n"
        "What do you say to critics?\n\nWe should have moved sooner.\n\n"
        "Who pays for it?\n\nThe board does, in the end.\n\n"
        "What residents say\n\nEamon Pell, a farmer from the valley, spoke to us this week.\n\n"
        "Q. What happens next?\n\nA. I have no idea at all.\n\nQ. Will you stay?\n\nA. I hope so.\n"
    )
    assert [q.speaker for q in found(text, "What residents say")] == []
    assert [q.speaker for q in found(text, "no idea at all")] == ["Eamon Pell"]
    assert [q.speaker for q in found(text, "moved sooner")] == ["Dario Keld"]
