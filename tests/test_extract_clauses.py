"""Speakers in general clause shapes: a role's document, coordinated subjects, lists."""

from __future__ import annotations

import pytest

from tests.conftest import mention, only_quote


@pytest.mark.parametrize(
    ("text", "author", "words"),
    [
        ("The mayor's second memo to staff described the budget as “a total fiasco.”", "The mayor", "The mayor's second memo to staff"),
        ("The senator's latest report says the old bridge is “unsafe for trucks.”", "The senator", "The senator's latest report"),
        ("Tolls rose in May. The minister's first letter had called the rise “a small price.”", "The minister", "The minister's first letter"),
        ("The governor's statement, sent late on Friday, called the loss “a wake-up call.”", "The governor", "The governor's statement"),
    ],
)  # fmt: skip
def test_a_roles_document_is_the_source_with_the_role_as_author(text: str, author: str, words: str) -> None:
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == (author, words)


def test_a_roles_aide_is_not_the_role() -> None:
    """ "the mayor's aide" is a person of their own, not a document of the mayor's."""
    text = "The mayor's aide described the budget as “a total fiasco.”"
    assert only_quote(text).speaker == "The mayor's aide"
