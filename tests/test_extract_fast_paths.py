"""The shortcuts taken for speed give what the long way gives."""

from __future__ import annotations

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.sentences import Token, index
from quotecheck.extract.spans import SINGLE_MARK, find_spans, has_single_marks


def test_has_single_marks_agrees_with_a_regex_search() -> None:
    texts = [
        "",
        "The ferry’s engine won’t start, the crew's chief said.",
        "Pilots called it ‘a mess’ on Monday.",
        "She wrote `ahoy' in the log.",
        "An archive's ''lost'' marks.",
        "Rowers' oars and the '90s.",
        "It ended with a mark'",
        "'Tis the season.",
        "Plain prose with no mark at all\nand a second line.",
    ]
    for text in texts:
        assert has_single_marks(text) == (SINGLE_MARK.search(text) is not None), text


def test_single_marked_quotes_still_found_beside_apostrophes() -> None:
    text = "The harbour’s pilots called it ‘a slow week’ and left. “We rest,” said Ana Ruiz."
    marks = [(text[s.start - len(s.open_mark)], text[s.start : s.end]) for s in find_spans(text)]
    assert ("“", "We rest,") in marks
    doc = document_from_text(text, "draft.txt")
    assert [q.speaker for q in extract_quotes(doc) if q.text == "We rest,"] == ["Ana Ruiz"]


def test_index_finds_this_very_token_back_from_the_hint_then_on() -> None:
    a, b, c = Token("Lee", "lee", 0, 3), Token("Lee", "lee", 4, 7), Token("said", "said", 8, 12)
    tokens = [a, b, c, a]
    assert index(tokens, b) == 1  # an equal-looking token is not this one
    assert index(tokens, a) == 3  # from the end back
    assert index(tokens, a, 2) == 0  # from the hint back
    assert index(tokens, c, 1) == 2  # not before the hint: on from it
    assert index(tokens, Token("x", "x", 0, 1)) == -1
    assert index([], a) == -1
