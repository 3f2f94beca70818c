"""Session 29, the head of a noun phrase speaks. (1) A relative clause set off after a head
with its prepositional phrase ("one aide to the board, who …, said", "one of them, who …,
said") is about the head, never the phrase's object. (2) A "who" after a person's role
whose phrase names a body ("Ann Lee, president of the Growers Council, who told …") is about
the person. (3) An aside opened by a preposition or an article between the name or
description that opens the sentence and its verb holds clauses of its own ("Lee, in a
ruling that her clerk read out, said"); no noun inside it is the verb's subject. (4) A name
set off after a restrictive relative clause, or after "whose" and its role noun, right before
the verb restates the subject ("one of the trustees who abstained, Trustee Ann Lee, said").
(5) A participle after a passive verb's prepositional object ("was caught on a video
telling a donor") is the caught one's, never the document's. (6) After a quote, "and its
president, Ivo Renk, called" opens a clause of its own: the name set off after the possessed
role is its subject. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. a head with its prepositional phrase before a set-off relative clause --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One senior organizer in the county, who has run several campaigns, said the mayor "
            "was “ready to run.”",
            "One senior organizer",
        ),
        (
            "A longtime aide to the leadership, who spoke on condition of anonymity, said the vote "
            "would be “very close.”",
            "A longtime aide to the leadership",  # whom it serves stays (tests/test_serve31.py)
        ),
        (
            "Several volunteers in the district, who had knocked on doors all summer, say the "
            "turnout was “a letdown.”",
            "Several volunteers",
        ),
        (
            "But one of them, who asked not to be named because he feared reprisals, told "
            "reporters the memo was “a fiction.”",
            "one of them",
        ),
        (
            "A veteran organizer inside the party, who ran two statewide races, warned that the "
            "budget was “already gone.”",
            "A veteran organizer",
        ),
    ],
)
def test_head_with_phrase_before_relative(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


def test_name_set_off_after_head_with_phrase_still_speaks() -> None:
    # neighbour: the aside is a name, not a relative clause; the name is the speaker
    text = "Another nurse on the ward, Ada Mottram, said the night had been “pure chaos.”"
    assert speakers(text) == ["Ada Mottram"]


# 2. "who" after a role whose phrase names a body --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Next came Tomas Kerrigan, chairman of the Birchwood Dairy Council, who told the panel "
            "that a cap would “ruin small farms.”",
            "Tomas Kerrigan",
        ),
        (
            "The panel also heard from Ann Lisowski, a director at the Hale Group, who said the rules "
            "were “too vague.”",
            "Ann Lisowski",
        ),
        (
            "The last witness was Mira Soto, spokeswoman for the Lantern Bay Ferry Company, who "
            "insisted that fares would “stay flat.”",
            "Mira Soto",
        ),
    ],
)
def test_who_after_role_of_body(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_which_after_body_stays_with_body() -> None:
    # neighbour: "which" is about the body itself
    text = "Ann Lisowski wrote to the Birchwood Dairy Council, which said a cap would “ruin small farms.”"
    assert speakers(text) == ["Birchwood Dairy Council"]


# 3. an aside opened by a preposition or an article holds its own clauses --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treasurer, Ivo Brandt, a former accountant whom Mayor Lena Dorsey hired in June, "
            "called the audit “a witch hunt.”",
            "Ivo Brandt",
        ),
        (
            "Judge Rhea Corvin, in a brief ruling that the defence lawyer, Nadia Hale, read aloud, "
            "said the motion was “without merit.”",
            "Rhea Corvin",
        ),
        (
            "Quell, in a heated exchange with the clerk after the panel had adjourned, complained "
            "that the hearing was “a sham.”",
            "Quell",
        ),
        (
            "Sen. Bo Renfrew, in a farewell speech that his rival watched from the gallery, says "
            "the chamber is “broken.”",
            "Bo Renfrew",
        ),
    ],
)
def test_aside_with_clause_before_verb(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_appositive_name_after_aside_still_speaks() -> None:
    # neighbour: a comma-less opening phrase; the name after it is the subject
    text = "In a ruling that the clerk read aloud, Judge Rhea Corvin said the motion was “without merit.”"
    assert speakers(text) == ["Rhea Corvin"]


# 4. a name set off after a restrictive relative clause or after "whose" and its role ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the four trustees who abstained, Trustee Mina Ostrova, said she was “not "
            "persuaded” by the plan.",
            "Mina Ostrova",
        ),
        (
            "The ruling was attacked by the dockers' union, whose chairman, Ivo Renk, said members "
            "were “furious.”",
            "Ivo Renk",
        ),
        (
            "Another of the parents who spoke at the meeting, Lorna Quaile, told the board the cuts "
            "were “cruel.”",
            "Lorna Quaile",
        ),
        (
            "The complaint came from the tenants' association, whose new president, Bettina Arroyo, "
            "warned that rents were “out of control.”",
            "Bettina Arroyo",
        ),
    ],
)
def test_name_closing_relative(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_set_off_who_after_name_keeps_name() -> None:
    # neighbour: the name opens the sentence and the relative clause is set off after it
    text = "Ivo Renk, who chairs the dockers' union, said members were “furious.”"
    assert speakers(text) == ["Ivo Renk"]


# 5. a participle after a passive verb's prepositional object --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aide was caught on a hidden video telling a donor that he could “make any bill disappear.”",
            "The aide",
        ),
        (
            "A county clerk who was caught on a hidden video telling a voter that she could “fix the "
            "count” resigned on Monday.",
            "A county clerk",
        ),
        (
            "The commissioner had been seen in a leaked video telling staff that the audit was “a "
            "formality.”",
            "The commissioner",
        ),
    ],
)
def test_participle_after_passive_object(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents were handed a leaflet telling them the water was “safe to drink.”", "a leaflet"),
        ("The mayor sent out a video telling residents that the water was “safe to drink.”", "The mayor"),
    ],
)
def test_document_participle_neighbours(text: str, expected: str) -> None:
    # neighbours: a document handed over speaks; one sent out is its sender's
    assert mentions(text) == [expected]


# 6. a possessed role with its name set off opens a joined clause -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harlow Nurses Union said in a statement that the board had “lost its way,” and its "
            "secretary, Sister Ada Pell of the Harlow General Hospital, called the ruling “a disgrace.”",
            ["Harlow Nurses Union", "Ada Pell"],
        ),
        (
            "The league said the fine was “proportionate,” and its chief executive, Dara Quint, "
            "described the appeal as “hopeless.”",
            ["The league", "Dara Quint"],
        ),
        (
            "Officials insisted the plan was “on track,” but their spokesman, Ivo Brandt, has warned "
            "it could “slip badly.”",
            ["Officials", "Ivo Brandt"],
        ),
    ],
)
def test_possessed_role_with_name_opens_clause(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league said the fine was “proportionate,” and its chief executive called the appeal "
            "“hopeless.”",
            ["The league", "its chief executive"],
        ),
        (
            "The league said the fine was “proportionate,” and the costs, Dara Quint said, were “modest.”",
            ["The league", "Dara Quint"],
        ),
    ],
)
def test_possessed_role_neighbours(text: str, expected: list[str]) -> None:
    # neighbours: no name set off; a set-off cue inside the joined clause
    assert speakers(text) == expected
