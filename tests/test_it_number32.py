"""An "it" agrees in number with what it stands for (session 32, found by diffing the session's
start and end over earlier reviews' passages): a plural subject in the sentence before
("The council memos", "The school boards") is never the "it" that speaks next, while a
singular document or body described by its kind still is."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str | None:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker


PLURAL_BEFORE = [
    "The Dunmore memos, released on Friday, were mixed. It said “nothing is settled yet.”",
    "The county audits were published last week. “Nothing is settled yet,” it said.",
    "The ferry surveys, which ran for a year, disagree. It says “nothing is settled yet.”",
    "The school boards met on Monday. “Nothing is settled yet,” it said in a statement.",
]


@pytest.mark.parametrize("text", PLURAL_BEFORE)
def test_a_plural_subject_before_is_never_it(text: str) -> None:
    assert speaker_of(text, "is settled yet") is None


SINGULAR_BEFORE = [
    (
        "The Dunmore memo, released on Friday, was blunt. It said “nothing is settled yet.”",
        "The Dunmore memo",
    ),
    ("The county audit was published last week. “Nothing is settled yet,” it said.", "The county audit"),
    ("The school board met on Monday. “Nothing is settled yet,” it said in a statement.", "The school board"),
]


@pytest.mark.parametrize(("text", "who"), SINGULAR_BEFORE)
def test_a_singular_document_or_body_before_is_it(text: str, who: str) -> None:
    assert speaker_of(text, "is settled yet") == who
