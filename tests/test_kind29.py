"""A short quote with capitals set off by its own tag of speech ("“…,” he said" after it, "he
said, “…”" before it) is words said, whatever its capitals or its last word ("paper", "show"),
so it keeps its speaker; a title inside a sentence ("the film “…,” she said") or followed by
an apposition ("“…,” the show") stays a title. And an "It" opening a sentence after one whose
subject is a document with a name before its noun ("The Kettle report, published on Monday,
rated …") is that document, as with a bare "The report". All invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def kinds(text: str) -> list[tuple[str, str | None]]:
    """The kind and speaker of each quotation in ``text``."""
    return [(q.kind, q.speaker) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tove Brandt spoke at the depot. “That's Lena Hart on paper,” she added.", "Tove Brandt"),
        ("The depot closed early. “Hart Wins on Paper,” said Ann Lee.", "Ann Lee"),
        ("The depot closed early. “That's Hart on paper,” Ann Lee said.", "Ann Lee"),
        ("The depot closed early. “That's Hart on paper,” the organiser said.", "the organiser"),
        ("Ann Lee put down the paper slowly. “Dana Has Lost It,” said Oskar Vell.", "Oskar Vell"),
        ("Oskar Vell said, “That's Hart on paper.”", "Oskar Vell"),
        ("Oskar Vell added: “That's Hart on paper.”", "Oskar Vell"),
    ],
)
def test_a_quote_beside_its_own_tag_is_speech(text: str, speaker: str) -> None:
    assert kinds(text) == [("quote", speaker)]


def test_the_first_of_two_quotes_with_a_pronoun_tag_is_speech() -> None:
    text = (
        "Mara Quill said the undecided had leaned to the best-organised side. “That's Tove Brandt"
        " on paper,” she said. “But paper doesn't knock on doors.”"
    )
    assert [k for k, _ in kinds(text)] == ["quote", "quote"]
    assert kinds(text)[0][1] == "Mara Quill"


@pytest.mark.parametrize(
    "text",
    [
        "“Harbour Lights,” the show, returns in May.",
        "“Saturday Night Lamp,” the show that made her, returns in May.",
        "Her favourite was the film “Pier Nine,” she said.",
        "She starred in the film “Pier Nine,” she said.",
        "He told “Pier Talk” that he would run.",
    ],
)
def test_a_title_without_a_tag_of_its_own_stays_a_title(text: str) -> None:
    assert kinds(text)[0] == ("title", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kettle report, published on Monday, rated the school inadequate. It says that"
            " pupils were “frequently unsafe.”",
            "The Kettle report",
        ),
        (
            "The Marsh note, sent on Friday, blamed the council. It says that managers were"
            " “too often absent.”",
            "The Marsh note",
        ),
        (
            "The Fenwick post, shared on Monday, named the landlord. It claims the flats were"
            " “unfit to live in.”",
            "The Fenwick post",
        ),
        (
            "The Hale email named the landlord. It says the flats were “unfit to live in.”",
            "The Hale email",
        ),
    ],
)
def test_it_after_a_named_document_is_the_document(text: str, speaker: str) -> None:
    assert kinds(text) == [("quote", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The Hale reports, published in June, named the landlord. It says the flats were “unfit to live in.”",
        "The Kettle Group report that sales rose in June. It says the flats were “unfit to live in.”",
    ],
)
def test_no_plural_document_nor_a_verb_after_the_name(text: str) -> None:
    """A plural is never "it"; "report that …" after a body's name is its verb."""
    assert kinds(text)[0][1] not in ("The Hale reports", "The Kettle Group report")
