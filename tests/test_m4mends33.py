"""Mending the two session-33 mend merges after review: a count is read whole ("two dozen
nurses") and a known group with a large count ("the 300 residents") is a crowd too
(mentions.many); a colon line's noun of speech is the one before "to"/"for" ("a short answer to
the question:"), and sharing a post is passing it on, not putting out words
(mentions.speech_noun_verb); a name keeps its sex after a descriptor that is no known title
(grammar.name_proper: "Florida state Sen.", "Prosecutor", "Texas-born", an initial).
Invented passages."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.grammar import sex_of
from quotecheck.extract.sentences import words
from tests.conftest import check_speaker, quote_with

# ---- 1. a count read whole, a large known group: a crowd signs, the paper speaks ----
CROWDS = [
    ("The letter, signed by two dozen nurses, says the ward is “unsafe at night.”", "unsafe at night"),
    (
        "The petition, signed by three hundred doctors, warns that “the clinic will close.”",
        "clinic will close",
    ),
    ("An open letter, signed by two thousand residents, said the plan was “a betrayal.”", "a betrayal"),
    ("The letter, signed by the 300 residents of Kestrel Lane, says “the road must stay open.”", "road must"),
    ("The statement, from their 2,000 members, called the deal “a sell-out.”", "a sell-out"),
    ("The letter, signed by the nearly 400 tenants, says “the rent rise is unlawful.”", "rent rise"),
]

SMALL_GROUPS = [
    (
        "The letter, signed by the two families, says “the inquiry failed us.”",
        "inquiry failed",
        "two families",
    ),
    ("The statement, from both senators, called the vote “a disgrace.”", "a disgrace", "both senators"),
    (
        "The email, sent by the three managers, said staff should “expect changes.”",
        "expect changes",
        "three managers",
    ),
    (
        "The letter, signed by two senators, says the treaty is “dead on arrival.”",
        "dead on arrival",
        "two senators",
    ),
]


@pytest.mark.parametrize(("text", "words_"), CROWDS)
def test_crowd_signing_leaves_the_paper(text: str, words_: str) -> None:
    check_speaker(text, words_, text.split(",")[0].split()[-1])  # the paper: "letter", "petition"


@pytest.mark.parametrize(("text", "words_", "expected"), SMALL_GROUPS)
def test_small_group_signs(text: str, words_: str, expected: str) -> None:
    check_speaker(text, words_, expected)


# ---- 2. a colon line before a blockquote ----
def md_speakers(line: str) -> list[str | None]:
    text = f"# Draft\n\nThe dispute grew on Monday.\n\n{line}\n\n> You will regret this decision, and you know it.\n"
    return [
        q.speaker
        for q in extract_quotes(document_from_text(text, "story.md", "markdown"))
        if q.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The mayor had a short answer to the question:", "The mayor"),
        ("Vessa Orbaine gave a blunt reply to the request:", "Vessa Orbaine"),
        ("The firm issued a response to the complaint:", "The firm"),
        ("The governor has given a two-word response to every demand:", "The governor"),
        ("The senator had a carefully prepared answer for the question:", "The senator"),
    ],
)
def test_speech_noun_before_to_or_for(line: str, expected: str) -> None:
    assert md_speakers(line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Ortiza Brenn shared a widely circulated post:",
        "The council shared a post:",
        "Kell has shared an anonymous letter:",
        "The mayor did not give an answer to the question:",
    ],
)
def test_passing_on_or_denied_credits_nobody(line: str) -> None:
    assert md_speakers(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The family shared a final, heartbreaking message:", "The family"),
        ("Lund had a message for the board:", "Lund"),
    ],
)
def test_neighbours_still_credit_the_subject(line: str, expected: str) -> None:
    assert md_speakers(line) == [expected]


def test_nobody_with_an_answer_credits_nobody() -> None:
    assert md_speakers("Nobody had an answer to the question:") == []
    assert md_speakers("Nobody had an answer to one question:") == []


# ---- 3. a name's sex after a descriptor that is no known title ----
@pytest.mark.parametrize(
    ("np", "sex"),
    [
        ("Florida state Sen. Ann Dunstane", "f"),
        ("Ohio state Rep. Luis Dunstane", "m"),
        ("Assistant Principal Ann Dunstane", "f"),
        ("Prosecutor Tom Dunstane", "m"),
        ("Archbishop Ann Dunstane", "f"),
        ("Mexican-born Luis Dunstane", "m"),
        ("Detroit-area Ann Dunstane", "f"),
        ("Nobel laureate Luis Dunstane", "m"),
        ("Acme co-founder Ann Dunstane", "f"),
        ("Hall of Famer Ann Dunstane", "f"),
        ("J. Ann Wellbury", "f"),
        ("A.J. Tom Wellbury", "m"),
    ],
)
def test_sex_after_descriptor(np: str, sex: str) -> None:
    assert sex_of(words(np, 0, len(np))) == sex


@pytest.mark.parametrize(
    ("np", "sex"),
    [
        ("Coach Dale Kerrow", ""),  # no known given name
        ("St. Louis Alderman Dale Kerrow", ""),  # a given name inside a place's name
        ("Charles Quarry strategist Ann Dunstane", "f"),  # a firm named for a man
        ("Ann Dunstane of Tomlin Corp", "f"),
    ],
)
def test_sex_neighbours(np: str, sex: str) -> None:
    assert sex_of(words(np, 0, len(np))) == sex


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Florida state Sen. Ann Dunstane cited a letter Jordan Kellow wrote, in which she called "
            "the plan “a disgrace.”",
            "Ann Dunstane",
        ),
        (
            "Prosecutor Tom Dunstane quoted a memo Jordan Kellow had written, in which he described "
            "the deal as “a giveaway.”",
            "Tom Dunstane",
        ),
        (
            "Texas-born Ann Dunstane, the council's chair, cited a report Jordan Kellow wrote, in "
            "which she called the budget “a fantasy.”",
            "Ann Dunstane",
        ),
    ],
)
def test_outer_subject_keeps_the_pronoun(text: str, expected: str) -> None:
    check_speaker(text, text.split("“")[1][:6], expected)


# ---- 4. a body's "they" when people are named before it in its sentence: either may be meant ----
@pytest.mark.parametrize(
    ("text", "words_", "body"),
    [
        (
            "At least two witnesses wrote to the board last week. “We were never consulted,” they wrote.",
            "never consulted",
            "board",
        ),
        (  # a past perfect, another body
            "At least three jurors had written to the court by then. “We were frightened,” they said.",
            "frightened",
            "court",
        ),
        (  # another count lead, another verb
            "At most four residents complained to the agency. “Nobody called us back,” they said.",
            "Nobody called",
            "agency",
        ),
    ],
)
def test_body_after_people_is_not_they(text: str, words_: str, body: str) -> None:
    q = quote_with(text, words_)
    assert q.speaker is None or body not in q.speaker.lower(), q.speaker


@pytest.mark.parametrize(
    ("text", "words_", "expected"),
    [
        (
            "The council voted on Monday. “We were never consulted,” they said.",
            "never consulted",
            "The council",
        ),
        (
            "Nurses picketed the council on Monday. “We were never consulted,” they said.",
            "never consulted",
            "Nurses",
        ),
    ],
)
def test_body_they_neighbours(text: str, words_: str, expected: str) -> None:
    check_speaker(text, words_, expected)
