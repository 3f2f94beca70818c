"""Who answers a Q:/A: interview (session 32, found by a sweep after the given-name lists grew):
the person an introduction says was interviewed ("We spoke to X, who …", "Five minutes with X",
"In conversation with X") answers, before anyone the article merely names more often; a byline's
writer ("By Ann Lee") never answers; the interviewer named in a cue never does either."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes

QA = "Q: When will the bridge reopen?\nA: Not before the spring, I am afraid.\n\nQ: Who pays for it?\nA: The county does, in the end.\n"


def answers(text: str) -> list[str | None]:
    """The speakers of the answers (the A lines) in ``text``."""
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    return [q.speaker for q in quotes if q.text.startswith(("Not before", "The county"))]


CUED = [
    ("By Ann Lee\n\nFive minutes with Kojo Mensah\n\n", "Kojo Mensah"),
    ("**By Ann Lee**\n\nIn conversation with Tobias Rennert\n\n", "Tobias Rennert"),
    (
        "“It is not good enough,” said Dara Quill, the council leader. Quill said it twice.\n\n"
        "We spoke to Gethin Okorafor, who runs the food bank.\n\n",
        "Gethin Okorafor",
    ),
    ("By Mara Stone, Staff Writer\n\nA Q&A with Ines Vabalas, the harbour master\n\n", "Ines Vabalas"),
]


@pytest.mark.parametrize(("intro", "who"), CUED)
def test_the_one_the_introduction_names_answers(intro: str, who: str) -> None:
    assert answers(intro + QA) == [who, who]


def test_a_byline_alone_names_no_one_who_answers() -> None:
    # neighbour: the writer's byline and nothing else: the answers keep the bare label
    assert "Ann Lee" not in answers("By Ann Lee\n\nFerry service\n\n" + QA)


def test_the_interviewer_in_the_cue_does_not_answer() -> None:
    intro = "Julia Marr, the interviewer, spoke with the harbour master Tobias Rennert on Friday.\n\n"
    assert answers(intro + QA) == ["Tobias Rennert", "Tobias Rennert"]


HEADLINED = [
    ("Tamsin Feltham talks to Priya Marchbank about the strike\n\n", "Priya Marchbank"),
    ("Kojo Mensah meets the new harbour master, Ines Vabalas\n\n", "Ines Vabalas"),
    ("Oren Sallis chats with Maeve Tolland, who has run the ferry for years\n\n", "Maeve Tolland"),
    (
        "Aoife Oyelaran chairs the harbour board. Laszlo Brackwell has run the ferry for thirty "
        "years; we spoke to him on Monday.\n\n",
        "Laszlo Brackwell",
    ),
]


@pytest.mark.parametrize(("intro", "who"), HEADLINED)
def test_the_one_a_headline_or_we_spoke_to_him_names_answers(intro: str, who: str) -> None:
    assert answers(intro + QA) == [who, who]


def test_one_who_spoke_to_reporters_answers_their_questions() -> None:
    # neighbour: "X spoke to reporters" makes X the one who answers, not a name after "at"
    assert answers("Tom Hale spoke to reporters on Monday at Kelso Town Hall.\n\n" + QA) == ["Tom Hale"] * 2


def test_a_body_after_speaks_to_does_not_answer() -> None:
    # neighbour: the interviewee speaks to a station; the station does not answer
    intro = "By Ines Tremaine\n\nMateo Fenwick speaks to Corran Radio about fares. Fenwick has skippered the ferry since 1994.\n\n"
    assert "Corran Radio" not in answers(intro + QA)


def test_we_spoke_to_her_needs_a_woman_named_before() -> None:
    intro = (
        "Hana Vell has run the ferry since 1994, and Yusuf Okonjo, her deputy, runs the night crossing. "
        "Vell is 61. We spoke to her on Monday.\n\n"
    )
    assert "Yusuf Okonjo" not in answers(intro + QA)
