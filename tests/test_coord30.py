"""Coordinated speakers (session 30): a subject of two or more people joined by "and" is one
mention covering them all, past an aside set off after the first ("Mara Osei, in Ohio, and
Tom Reyes, in Texas, said"), a "Both" before it, or a description with the second's name set
off after it ("and her brother, Elias Brook,"); after an inverted cue ("“…,” said X and Y.")
the second person joined is part of the subject; and the speaker names each person joined
("Mara Osei and Tom Reyes"), not only the last. A subject that denies anyone spoke ("Neither
X nor Y would say", "No one would say") leaves the quote nobody's."""

from __future__ import annotations

import pytest

from quotecheck.match.names import same_person
from tests.conftest import check_speaker, mention, quote_with


def speaker_and_mention(text: str, words: str) -> tuple[str, str]:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker or "", mention(text, q) or ""


# ---- the speaker names everyone joined ----
NAMES_JOINED = [
    (
        "Gemma Tarrant and Oskar Vell said the vote was “rigged from the start.”",
        "rigged",
        ["Tarrant", "Vell"],
    ),
    (
        "Sen. Ada Fenn and Rep. Ivo Lund had written in a letter that the agency was “asleep at the wheel.”",
        "asleep",
        ["Fenn", "Lund"],
    ),
    (
        "“It came out of nowhere,” Lena Holt, a nurse, and Pavel Sirko, a paramedic, told the panel.",
        "nowhere",
        ["Holt", "Sirko"],
    ),
    (
        "Tomas Griel and his wife, Vera, have told reporters the flood was “the worst yet.”",
        "worst",
        ["Tomas", "Vera"],
    ),
    (
        "Coach Hana Velez and captain Rui Matos both called the loss “a wake-up call.”",
        "wake-up",
        ["Velez", "Matos"],
    ),
]


@pytest.mark.parametrize(("text", "words", "names"), NAMES_JOINED)
def test_speaker_names_each_person_joined(text: str, words: str, names: list[str]) -> None:
    speaker, _ = speaker_and_mention(text, words)
    assert all(n in speaker for n in names), speaker


# ---- the subject joined past an aside, "Both", or a description with its name ----
SUBJECT_JOINED = [
    (
        "Mara Osei, in Ohio, and Tom Reyes, in Texas, said the rule was “a mess from the start.”",
        "a mess",
        ["Osei", "Reyes"],
    ),
    (
        "Lena Holt, a nurse in Dayton, and Pavel Sirko, a paramedic, told the board that the shifts were "
        "“simply too long.”",
        "too long",
        ["Holt", "Sirko"],
    ),
    (
        "Ines Marlow, of the tenants' group, and Karl Dufresne, of the landlords' association, have both "
        "called the deal “a fair start.”",
        "fair start",
        ["Marlow", "Dufresne"],
    ),
    (
        "Nadia Brook, 44, and her brother, Elias Brook, 51, said the farm had been “in the family forever.”",
        "forever",
        ["Nadia", "Elias"],
    ),
    (
        "Ida Rook, a farmer, and her neighbour, Sven Aalto, have written to the council that the road is "
        "“a death trap.”",
        "death trap",
        ["Rook", "Aalto"],
    ),
    (
        "Both the coach and the captain called the referee's decision “baffling.”",
        "baffling",
        ["coach", "captain"],
    ),
    (
        "Dr. Ann Vidal, who led the study, and Dr. Sam Cho, its co-author, wrote that the results were “striking.”",
        "striking",
        ["Vidal", "Cho"],
    ),
    (
        "Both Ines Marlow, the tenants' leader, and Karl Dufresne, a landlord, told the council the cap was "
        "“overdue.”",
        "overdue",
        ["Marlow", "Dufresne"],
    ),
]


@pytest.mark.parametrize(("text", "words", "people"), SUBJECT_JOINED)
def test_subject_joined_past_asides(text: str, words: str, people: list[str]) -> None:
    speaker, said_by = speaker_and_mention(text, words)
    assert all(p in said_by for p in people), said_by
    assert all(p.lower() in speaker.lower() for p in people), speaker


# ---- after an inverted cue ----
INVERTED_JOINED = [
    (
        "“This is the end of the road,” said Gemma Tarrant and Oskar Vell.",
        "end of the road",
        ["Tarrant", "Vell"],
    ),
    (
        "“We were never asked,” said Mara Osei, in Ohio, and Tom Reyes, in Texas.",
        "never asked",
        ["Osei", "Reyes"],
    ),
    (
        "“We will keep going,” wrote Ruth Abara and Dev Kimani, two economists at Delmar Bank.",
        "keep going",
        ["Abara", "Kimani"],
    ),
    (
        "“We were never consulted,” say Gemma Tarrant and Oskar Vell in a statement.",
        "never consulted",
        ["Tarrant", "Vell"],
    ),
]


@pytest.mark.parametrize(("text", "words", "people"), INVERTED_JOINED)
def test_inverted_cue_takes_both(text: str, words: str, people: list[str]) -> None:
    speaker, said_by = speaker_and_mention(text, words)
    assert all(p in said_by for p in people), said_by
    assert all(p in speaker for p in people), speaker


# ---- neighbours: one speaker stays one ----
NEIGHBOURS = [
    # a clause of its own after ", and": the second person does something else
    ("“No comment,” said Gemma Tarrant, and Oskar Vell nodded.", "No comment", "Tarrant", "Vell"),
    ("“No comment,” said Gemma Tarrant and Oskar Vell agreed.", "No comment", "Tarrant", "Vell"),
    # two clauses, each with its own subject
    (
        "Mara Osei, in Ohio, said the rule was “a mess,” and Tom Reyes, in Texas, called it “a joke.”",
        "a joke",
        "Reyes",
        "Osei",
    ),
    # the people joined are objects, not the subject
    (
        "After Gemma Tarrant and Oskar Vell left the room, the chairwoman, Ida Rook, said the vote was “over.”",
        "over",
        "Rook",
        "Vell",
    ),
    # a plural that the names set off after it describe speaks as the plural
    (
        "Two doctors who treated him, Ann Vidal and Sam Cho, said his injuries were “consistent with a fall.”",
        "consistent",
        "doctors",
        "Vidal",
    ),
    # the people joined are the objects of a relative clause on the subject
    (
        "Ann Vidal, who thanked Tom Reyes and Sam Cho, said the results were “striking.”",
        "striking",
        "Vidal",
        "Cho",
    ),
    # one body's name with "and" in it
    (
        "The Department of Parks and Trails said the path would be “closed all winter.”",
        "closed",
        "Parks",
        "and Parks",
    ),
    # one person's two roles
    ("The senator and former mayor, Ada Fenn, said the bill was “a trap.”", "a trap", "Fenn", " and "),
]


@pytest.mark.parametrize(("text", "words", "speaker", "not_in"), NEIGHBOURS)
def test_one_speaker_stays_one(text: str, words: str, speaker: str, not_in: str) -> None:
    got, _ = speaker_and_mention(text, words)
    assert speaker in got and not_in not in got, got


# ---- a joined speaker is either person to the verdict ----
@pytest.mark.parametrize("said_by", ["Tom Reyes", "T. Reyes", "TOM REYES"])
def test_joined_speaker_matches_either_person(said_by: str) -> None:
    assert same_person("Mara Osei and Tom Reyes", said_by)
    assert same_person("Ann Lee, Mara Osei and Tom Reyes", said_by)


def test_joined_speaker_is_no_third_person() -> None:
    assert not same_person("Mara Osei and Tom Reyes", "Ivo Lund")
    assert not same_person("Mara Osei and Tom Reyes", "Ana Reyes")


# ---- a subject denying that anyone spoke: the quote is nobody's ----
DENIED = [
    ("Neither Gemma Tarrant nor Oskar Vell would say who wrote the “final draft.”", "final draft"),
    ("Neither Ruth Abara nor her lawyer has explained what the “second account” was for.", "second account"),
    ("No one at the ministry would say when the “review” would end.", "review"),
    ("Neither lawyer would say whether the “deal” was done.", "deal"),
]


@pytest.mark.parametrize(("text", "words"), DENIED)
def test_denying_subject_names_no_speaker(text: str, words: str) -> None:
    check_speaker(text, words, None)


DENIED_NEIGHBOURS = [
    ("Neither side budged, and Ida Rook said the talks were “over.”", "over", "Rook"),
    (
        "Ida Rook said neither she nor her husband had been told about the “final notice.”",
        "final notice",
        "Rook",
    ),
    ("No. 10 said the plan was “on track.”", "on track", "No. 10"),
]


@pytest.mark.parametrize(("text", "words", "expected"), DENIED_NEIGHBOURS)
def test_a_denial_elsewhere_keeps_the_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- descriptions joined: the speaker is the pair as written, without "Both" ----
DESCRIPTIONS_JOINED = [
    ("“It is over,” said the coach and the captain.", "It is over", "the coach and the captain"),
    (
        "Both the coach and the captain called the decision “baffling.”",
        "baffling",
        "the coach and the captain",
    ),
    (
        "“We will not move,” wrote the vicar and his churchwarden in a letter.",
        "not move",
        "the vicar and his churchwarden",
    ),
    (
        "Both her lawyer and her sister have said the charge is “absurd.”",
        "absurd",
        "her lawyer and her sister",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIPTIONS_JOINED)
def test_descriptions_joined_are_one_speaker(text: str, words: str, expected: str) -> None:
    speaker, said_by = speaker_and_mention(text, words)
    assert speaker == expected and expected in said_by, (speaker, said_by)


# ---- people joined as the object: the verb after them goes on from the subject ----
OBJECT_PAIR = [
    ("Ida Rook greeted Sven Aalto and Pia Lenz and told them the plan was “finished.”", "finished", "Rook"),
    ("The mayor thanked Tom Reyes and Lena Holt and later called the vote “a triumph.”", "triumph", "mayor"),
    (
        "Coach Hana Velez praised Rui Matos and Ines Marlow and said the win was “deserved.”",
        "deserved",
        "Velez",
    ),
    # neighbour: no second "and" before the verb, so the second name is its subject
    ("Ida Rook praised Sven Aalto and Pia Lenz called the plan “sound.”", "sound", "Lenz"),
]


@pytest.mark.parametrize(("text", "words", "expected"), OBJECT_PAIR)
def test_a_pair_as_object_is_no_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a pair opening a coordinate clause ----
COORDINATE_PAIR = [
    (
        "Ida Rook left, and Sven Aalto and Pia Lenz said the plan was “finished.”",
        "finished",
        ["Aalto", "Lenz"],
    ),
    ("The vote passed, but Gemma Tarrant and Oskar Vell called it “a sham.”", "sham", ["Tarrant", "Vell"]),
    (
        "The hearing ended, and the coach and the captain told reporters it was “unfair.”",
        "unfair",
        ["coach", "captain"],
    ),
]


@pytest.mark.parametrize(("text", "words", "people"), COORDINATE_PAIR)
def test_a_pair_opening_a_coordinate_clause(text: str, words: str, people: list[str]) -> None:
    speaker, said_by = speaker_and_mention(text, words)
    assert all(p in said_by and p in speaker for p in people), (speaker, said_by)


def test_one_person_opening_a_coordinate_clause() -> None:
    check_speaker("Ida Rook left, and Sven Aalto said the plan was “finished.”", "finished", "Aalto")
