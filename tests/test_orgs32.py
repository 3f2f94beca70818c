"""Speaker spans for groups' names and qualified people and documents (session 32).

- A capitalised plural of people standing alone, joined by "for", "of" or "against" to
  capitalised words, is a group's name ("said Pilots for Safer Skies"); lower-case, or before
  an article or a time, it is people ("said pilots for the airline", "Women for years have said").
- A bare place name after a person's preposition takes the lower-case noun it modifies, as
  after an article ("said a clerk at Kelso town hall", "an aide in Brent city council").
- A list of examples ("including", "such as") after a body's noun is inside its noun phrase,
  also when the example is a name joined by a preposition ("A coalition including Women for
  Kelso said").
- A span of time after "for" between the auxiliary and the verb ("The group has for years
  said") is skipped, as an adverb is, to reach the subject.
- A verb of speech closing a relative clause without "that" ("a memo the director wrote in
  May said") is no cue: the later verb is, and the document is the speaker.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention, quote_with


def span_of(text: str, words: str) -> str | None:
    text += "\n"
    q = quote_with(text, words)
    assert q.kind == "quote"
    return mention(text, q)


GROUP_NAMES = [
    (
        "“We will be at every meeting,” said Pilots for Safer Skies, a pressure group.",
        "every meeting",
        "Pilots for Safer Skies",
    ),
    ("“The wards are full,” said Nurses for Open Wards.", "wards are full", "Nurses for Open Wards"),
    (
        "“The river is dying,” said Farmers for Clean Rivers, which was founded in 2019.",
        "river is dying",
        "Farmers for Clean Rivers",
    ),
    ("“The lane is a trap,” wrote Cyclists of Kelso in a post.", "lane is a trap", "Cyclists of Kelso"),
    (
        "“Thirty is too many,” said Teachers against Crowded Classes.",
        "too many",
        "Teachers against Crowded Classes",
    ),
    (
        "“Nobody listened,” said Drivers for Safe Roads on Tuesday.",
        "Nobody listened",
        "Drivers for Safe Roads",
    ),
]

GROUP_NEIGHBOURS = [
    (
        "“It is unsafe,” said pilots for the airline, who met on Friday.",
        "It is unsafe",
        "pilots for the airline",
    ),
    ("“It is unsafe,” said Evans of Kelso University.", "It is unsafe", "Evans"),
    ("“It is unsafe,” said Jones of Harlow.", "It is unsafe", "Jones"),
    ("Women for years have said the rules are “unfair”.", "unfair", "Women"),
    ("Nurses for months have said the wards are “unsafe”.", "unsafe", "Nurses"),
    ("Critics for months have called the plan “rushed”.", "rushed", "Critics"),
]

PLACE_NOUNS = [
    (
        "“The forms were never filed,” said a clerk at Kelso town hall.",
        "never filed",
        "a clerk at Kelso town hall",
    ),
    (
        "“The forms were never filed,” said a nurse at Brent county hospital on Monday.",
        "never filed",
        "a nurse at Brent county hospital",
    ),
    (
        "“Nobody checked,” said a guard at Harlow city jail, who asked not to be named.",
        "Nobody checked",
        "a guard at Harlow city jail",
    ),
    (
        "“The trains were empty,” added a porter at Dunmore rail station.",
        "trains were empty",
        "a porter at Dunmore rail station",
    ),
    (
        "“The forms were never filed,” said an aide in Brent city council.",
        "never filed",
        "an aide in Brent city council",
    ),
]

PLACE_NEIGHBOURS = [
    ("“The forms were never filed,” said a clerk at Kelso on Monday.", "never filed", "a clerk at Kelso"),
    ("“The forms were never filed,” a clerk at Kelso said on Monday.", "never filed", "a clerk at Kelso"),
    ("“It is late,” said a man in Kelso on Monday.", "It is late", "a man"),
    ("“It is late,” said a witness in court.", "It is late", "a witness"),
]

EXAMPLE_LISTS = [
    (
        "A coalition including Women for Kelso said the plan was “rushed”.",
        "rushed",
        "A coalition including Women for Kelso",
    ),
    (
        "Several groups including Women for Kelso said the plan was “rushed”.",
        "rushed",
        "Several groups including Women for Kelso",
    ),
    (
        "An alliance including Friends of Harlow Park told reporters the plan was “rushed”.",
        "rushed",
        "An alliance including Friends of Harlow Park",
    ),
    (
        "A network including Doctors for Kelso wrote that the plan was “rushed”.",
        "rushed",
        "A network including Doctors for Kelso",
    ),
    (
        "Groups such as Parents for Open Schools have said the plan is “rushed”.",
        "rushed",
        "Groups such as Parents for Open Schools",
    ),
]

EXAMPLE_NEIGHBOURS = [
    ("Kelso and Brent officials said the deal was “a good one”.", "a good one", "Kelso and Brent officials"),
    ("Women for Kelso said the plan was “rushed”.", "rushed", "Women for Kelso"),
    (
        "“It was rushed,” a coalition including Women for Kelso said.",
        "It was rushed",
        "a coalition including Women for Kelso",
    ),
]

CONTACT_RELATIVES = [
    ("“Spending must fall,” a memo the director wrote in May said.", "Spending must fall", "a memo"),
    ("“Spending must fall,” a memo the director wrote last week said.", "Spending must fall", "a memo"),
    ("A memo the director wrote in May said: “Spending must fall.”", "Spending must fall", "A memo"),
    ("“Spending must fall,” said a memo the director wrote in May.", "Spending must fall", "a memo"),
    ("“Spending must fall,” the letter Ann Lee wrote on Monday says.", "Spending must fall", "the letter"),
    ("“We are done,” the note the coach posted last week said.", "We are done", "the note"),
    ("“Spending must fall,” a memo the director sent in May said.", "Spending must fall", "a memo"),
]

CONTACT_NEIGHBOURS = [
    ("The director wrote in a memo: “Spending must fall.”", "Spending must fall", "The director"),
    (
        "“Spending must fall,” the director wrote in a memo sent on Monday.",
        "Spending must fall",
        "the director",
    ),
    (
        "Ana Vos asked Ida Lund three times whether she would keep the office, and three times "
        "the nominee said she would “review every division” first.",
        "review every division",
        "the nominee",
    ),
]


SPAN_OF_TIME = [
    ("The group has for years said the rules are “unfair”.", "unfair", "The group"),
    ("Ann Lee has for years said the rules are “unfair”.", "unfair", "Ann Lee"),
    (
        "Parents for Open Schools have for years said the rules are “unfair”.",
        "unfair",
        "Parents for Open Schools",
    ),
    ("The union had for months called the offer “an insult”.", "an insult", "The union"),
]

SPAN_NEIGHBOURS = [
    ("Lawyers for the town have said the rules are “unfair”.", "unfair", "Lawyers for the town"),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    GROUP_NAMES
    + GROUP_NEIGHBOURS
    + PLACE_NOUNS
    + PLACE_NEIGHBOURS
    + EXAMPLE_LISTS
    + EXAMPLE_NEIGHBOURS
    + CONTACT_RELATIVES
    + CONTACT_NEIGHBOURS
    + SPAN_OF_TIME
    + SPAN_NEIGHBOURS,
)
def test_speaker_span(text: str, words: str, expected: str) -> None:
    assert span_of(text, words) == expected
