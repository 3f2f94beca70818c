"""Session 29, mending the exchange sieve: an exchange of quote-only paragraphs opens only on
a cued question and a cued answer; two sources' statements set side by side are no dialogue,
so a bare paragraph after them goes on with the second. A bare statement where the
questioner's turn would be goes on with the answerer (unless it speaks of the asking), and a
paragraph of narrative after the cued answer ends the exchange. A headline, banner or sign
that "says" title-case words is no speaker. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import speakers


def last(text: str) -> str | None:
    return speakers(text)[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are closing,” said Jo Marsh.\n\n“We are staying,” Nadia Brook said.\n\n“Business is good.”",
            "Nadia Brook",
        ),
        (
            "“The plan will fail,” said Ivo Santer, the mayor.\n\n"
            "“It has already worked in two towns,” said Carla Mendt, a planner.\n\n"
            "“Nobody expected it to go this well.”",
            "Carla Mendt",
        ),
        (
            "“We warned them for months,” Piet Oland said.\n\n"
            "“Nobody listened to the warnings,” Rhea Castell said.\n\n"
            "“Nobody was ready for this. The warnings came too late and the money came later "
            "still, and by then the river had already risen over the road.”",
            "Rhea Castell",
        ),
        (
            "“The vote was fair,” declared Anton Wiebe.\n\n"
            "“It was rigged from the start,” countered Lise Harrow.\n\n"
            "“We will see them in court.”",
            "Lise Harrow",
        ),
    ],
)
def test_two_named_statements_open_no_exchange(text: str, expected: str) -> None:
    assert last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Will prices rise?” a listener asked.\n\n“Probably,” Nadia Brook said.\n\n“Not by much.”",
            "Nadia Brook",
        ),
        (
            "“How long were you there?” a reporter asked.\n\n"
            "“Too long,” said Omar Feld, the former foreman.\n\n"
            "“I had worked there for 20 years.”",
            "Omar Feld",
        ),
        (
            "“Would you do it again?” one reporter asked.\n\n"
            "“Yes,” Greta Lind replied.\n\n"
            "“And I would do it again tomorrow.”",
            "Greta Lind",
        ),
        (
            "“Is the bridge safe?” her daughter asked.\n\n"
            "“For now,” said Tamsin Orr.\n\n"
            "“The engineers check it every week.”",
            "Tamsin Orr",
        ),
    ],
)
def test_a_bare_statement_after_the_answer_goes_on_with_the_answerer(text: str, expected: str) -> None:
    assert last(text) == expected


def test_a_bare_question_after_the_answer_is_still_the_questioners() -> None:
    text = "“Will prices rise?” a listener asked.\n\n“Probably,” Nadia Brook said.\n\n“By how much?”"
    assert last(text) == "a listener"


@pytest.mark.parametrize(
    "text",
    [
        "“What went wrong?” asked Lou Grady, the committee chair.\n\n"
        "“We moved too fast,” Nadia Brook said.\n\n"
        "She paused before going on.\n\n"
        "“I take responsibility for that.”",
        "“Why did the plant close?” asked Ivo Santer, the union steward.\n\n"
        "“The orders dried up,” Nadia Brook said.\n\n"
        "Brook, 52, has run the plant since it opened.\n\n"
        "“We kept it going for years.”",
        "“Why did the plant close?” a reporter asked.\n\n"
        "“The orders dried up,” said Nadia Brook.\n\n"
        "She looked down at her notes.\n\n"
        "“We did all we could.”",
        "“Who signed the order?” asked Lou Grady.\n\n"
        "“I did,” Nadia Brook answered.\n\n"
        "The room went quiet for a moment.\n\n"
        "“It was the right call at the time.”",
    ],
)
def test_narrative_after_the_answer_ends_the_exchange(text: str) -> None:
    got = speakers(text)
    assert got[-1] != got[0]


def kinds(text: str) -> list[str]:
    return [q.kind for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    "text",
    [
        "The storm reached the coast on Monday. “City Braces for Storm,” the headline said.",
        "Crowds gathered outside. “Save Our Harbour,” the banner said.",
        "The shop shut early. “Closed Until Further Notice,” the sign said.",
        "The march set off at noon. “No More Cuts,” the banners said.",
    ],
)
def test_a_document_that_says_title_case_words_is_no_speaker(text: str) -> None:
    assert kinds(text) == ["title"]


def test_a_person_who_says_title_case_words_still_speaks() -> None:
    assert kinds("The crowd cheered. “Welcome Home, Everyone,” the mayor said.") == ["quote"]


@pytest.mark.parametrize(
    "turn",
    ["“My question was simple.”", "“You have not answered my question, Mr Brandt.”", "“I asked you twice.”"],
)
def test_a_bare_statement_about_the_asking_stays_the_questioners(turn: str) -> None:
    """The one statement the questioner's turn may be: one that speaks of its own asking."""
    text = (
        "“Did the board see the audit, Mr Brandt?” Ms Okoro asked.\n\n"
        "“The board sees many papers,” he replied.\n\n"
        f"{turn}\n"
    )
    got = speakers(text)
    assert got[2] is not None and "Okoro" in got[2]
