"""A question whose cue puts it to him or her, with no one who spoke before it, is answered
by the one person of that sex the paragraph names before it (session 32, found by re-running
a verdict sweep: the bare answer went on with the asker, a false pass against the asker's post)."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    [q] = [q for q in extract_quotes(document_from_text(text, "story.txt")) if words in q.text]
    return q.speaker


ASKED = [
    ("Dev Rana asked Lise Okafor about the ward. “Will the pool reopen?” he asked her.", "Lise Okafor"),
    ("At the meeting Maria Lund turned to Tomas Berg. “Why the delay?” she asked him.", "Tomas Berg"),
    (
        "Ann Hale met Peter Voss, the harbour master, on Friday. “When will it open?” she asked him.",
        "Peter Voss",
    ),
]


@pytest.mark.parametrize(("paragraph", "who"), ASKED)
def test_the_one_asked_answers_the_bare_paragraph(paragraph: str, who: str) -> None:
    text = f"{paragraph}\n\n“Not before the spring, I am afraid.”\n"
    assert speaker_of(text, "Not before the spring") == who


def test_two_people_of_that_sex_name_no_one() -> None:
    # neighbour: two women named before "he asked her": whose answer it is is not told
    text = (
        "Dev Rana met Lise Okafor and Maria Lund. “Will the pool reopen?” he asked her.\n\n"
        "“Not before the spring, I am afraid.”\n"
    )
    assert speaker_of(text, "Not before the spring") not in ("Lise Okafor", "Maria Lund")
