"""Session 28, a text and its author. (1) A document or a noun of words whose verb of
containing ("included", "contained", "features") takes the quote, or a noun of wording ("the
line", "the phrase", "the words") before it, as its object says those words itself. (2) A noun
of words whose maker a participle and "by" names ("The question posed by Lund was “…”") is that
maker's. (3) A "by" or "from" phrase before a colon names the author only after a verb of
writing or sending ("signed by", "sent by", "was from", "came from") and when it names a person
or a named body: not whoever forwarded, leaked or saw the text, nor an account, a number or a
desk. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions

# 1. a verb of containing whose object is the quoted wording --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The letter included the line “We will not back down.”", "The letter"),
        ("The speech contained the phrase “we will win.”", "The speech"),
        ("The text message included the words “call me.”", "The text message"),
        ("Her statement had included the words “deeply sorry.”", "Her statement"),
        ("The email, sent on Friday, contained the phrase “act now.”", "The email"),
        ("The memo included the sentence “Do not reply.”", "The memo"),
    ],
)
def test_containing_verb_with_the_wording_as_object(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The letter included a reference to the “deep state.”",
        "The memo included plans for a “surge” in staff.",
        "The email included a link to the “fact sheet.”",
        "The answer was not as quotable as the “hot mic” comment.",
        "The question of whether anyone ordered a “pause” remains open.",
    ],
)
def test_containing_verb_with_another_object_says_nothing(text: str) -> None:
    assert mentions(text) == [None]


# 2. a noun of words whose maker "by" names --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The question posed by Lund was “who pays?”", "Lund"),
        ("The question asked by Senator Ivo Lund was “who pays?”", "Senator Ivo Lund"),
        ("The remark made by Cara Vos was “a joke.”", "Cara Vos"),
    ],
)
def test_words_made_by_a_person(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


def test_words_posed_by_a_thing_have_no_maker() -> None:
    assert mentions("The question posed by the crisis was whether the “firewall” would hold.") == [None]


# 3. the author before a colon ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The note was signed by Vos: “I resign effective today.”", "Vos"),
        ("The email was from Lund: “Call me now.”", "Lund"),
        ("The letter was written by Senator Ivo Lund: “We will not yield.”", "Senator Ivo Lund"),
        ("The memo had been penned by an aide: “Hold the line.”", "an aide"),
        ("The order came from Governor Cara Vos: “Stand down.”", "Governor Cara Vos"),
        ("The question came from a reporter: “Will you resign?”", "a reporter"),
        ("The statement was issued by the Pentagon: “The base is safe.”", "the Pentagon"),
    ],
)
def test_author_by_a_verb_of_writing(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The email was sent from a private account: “Delete this.”", "The email"),
        ("The email was forwarded by an aide: “Delete this.”", "The email"),
        ("The memo was leaked by a staffer: “The plan is dead.”", "The memo"),
        ("The text was seen by reporters: “Call me now.”", "The text"),
        ("The message was from an unknown number: “Call me now.”", "The message"),
        ("The note came from the desk of Ann Roy: “See me.”", "The note"),
        ("The tweet came from the official account: “Vote now.”", "The tweet"),
    ],
)
def test_no_author_by_a_handler_or_a_medium(text: str, expected: str) -> None:
    assert mentions(text) == [expected]
