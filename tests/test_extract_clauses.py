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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lee, the mayor and two aides called the plan “a real mess.”", "Lee, the mayor and two aides"),
        ("Ann Lee, Tom Hart and Rosa Diaz have described the vote as “rigged from the start.”", "Ann Lee, Tom Hart and Rosa Diaz"),
        ("On Monday, Lee, Hart and Diaz said the vote was “rigged.”", "Lee, Hart and Diaz"),
        ("The treasurer, two clerks and a lawyer warned that the fund was “nearly empty.”", "The treasurer, two clerks and a lawyer"),
    ],
)  # fmt: skip
def test_a_list_opening_the_clause_is_one_subject(text: str, words: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In Dunmore, Lee and Hart said the vote was “rigged.”", "Lee and Hart"),
        ("Last week, Lee and Hart said the vote was “rigged.”", "Lee and Hart"),
        ("Finally, the mayor and her aide said the vote was “rigged.”", "the mayor and her aide"),
    ],
)
def test_a_fronted_phrase_before_a_pair_is_not_in_the_list(text: str, words: str) -> None:
    assert mention(text, only_quote(text)) == words


def test_a_listed_speaker_is_named_as_the_article_spaces_it() -> None:
    q = only_quote("The treasurer, two clerks and a lawyer warned that the fund was “nearly empty.”")
    assert q.speaker == "The treasurer, two clerks and a lawyer"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The mayor and her aide defended what they called “a fair deal.”", "The mayor and her aide"),
        ("Ann Lee and Tom Hart will defend what they describe as “a fair deal.”", "Ann Lee and Tom Hart"),
        ("The coach and his assistant, both new, rejected what they called “lazy talk.”", "The coach and his assistant"),
        ("Two nurses and a porter had mocked what they termed “the paper rota.”", "Two nurses and a porter"),
    ],
)  # fmt: skip
def test_they_after_a_relative_word_stands_for_the_joined_subject(text: str, words: str) -> None:
    assert mention(text, only_quote(text)) == words


def test_she_after_a_relative_word_is_not_the_joined_subject() -> None:
    """ "she" is one person: the pair is no antecedent for it."""
    text = "Lee and her deputy attacked what she called “a stitch-up.”"
    assert mention(text, only_quote(text)) == "Lee"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The row began when the mayor on the stage yelled “Order, please.”", "the mayor on the stage"),
        ("The row began at dusk, as residents on the quay were shouting “Go home now.”", "residents on the quay"),
        ("Tempers rose after two economists on the panel called the forecast “pure fantasy.”", "two economists on the panel"),
        ("Voters on the island, angry at the delay, have called the ferry plan “a broken promise.”", "Voters on the island"),
    ],
)  # fmt: skip
def test_people_on_a_place_are_the_subject_of_their_own_clause(text: str, words: str) -> None:
    """A when/as/after clause with its own subject and speech verb: that subject speaks, and
    "on the …" after a word for people belongs to it."""
    assert mention(text, only_quote(text)) == words


def test_a_thing_on_a_place_keeps_its_own_reading() -> None:
    """ "sign" is no word for people: the new reading does not fire, the sign still reads."""
    text = "The sign on the door read “Closed for the winter.”"
    assert mention(text, only_quote(text)) == "The sign on the door"
