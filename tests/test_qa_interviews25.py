"""Interviews whose questions carry no label: each question a short paragraph ending with "?"
(bold or not), each followed by the interviewee's answer, after an introduction that names
the interviewee. Answers are reported as the interviewee's transcript turns (issue 11, item 5)."""

from __future__ import annotations

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, path: str = "story.txt", kind: str = "text") -> list[Quote]:
    return extract_quotes(document_from_text(text, path, kind))


def turns(text: str, path: str = "story.txt", kind: str = "text") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text, path, kind) if q.kind == "transcript"]


def test_an_a_label_is_the_person_introduced_by_a_title_an_age_or_a_he_she_after() -> None:
    block = "\n\nQ: Where do you start?\n\nA: With the soil.\n\nQ: Do you lose plantings?\n\nA: Twice, to goats.\n"
    intros = [
        "Soil scientist Benedikt Oyelowo has planted two million trees.",
        "Benedikt Oyelowo, 58, has planted two million trees.",
        "The man behind the new forest is Benedikt Oyelowo. He spoke to us from a clearing.",
    ]
    for intro in intros:
        assert [s for s, _ in turns(intro + block)] == ["Q", "Benedikt Oyelowo"] * 2
    # a place is no person: "A" keeps its label
    assert [s for s, _ in turns("The forest lies near Lake Oyelowo in the hills." + block)] == ["Q", "A"] * 2
