"""One reader of a mention's sex (session 36).

``pronoun_agrees`` read a mention's sex from a title, a noun or its FIRST word only, while
``sex_of`` reads the name proper after a title or a description ("Police Chief Lena Ortiz" is
a woman, "Mayor Tom Hale" a man). It now asks ``sex_of``: "she" no longer stands for "Mayor
Tom Hale", and "they" no longer for one person whose name tells the sex. ``sex_of`` reads a
description's head only: "An aide to Mr. Brekke" is of no known sex. Invented passages.
"""

from __future__ import annotations

import pytest

from quotecheck.extract.mentions import pronoun_agrees, sex_of
from quotecheck.extract.sentences import words
from tests.conftest import check_speaker

# ---- 1. "what she called": the outer subject takes the pronoun only when the name's sex agrees ----
OUTER = [
    (
        "Ingrid Sollway spoke first at the hearing.\n\n"
        "Mayor Tomas Brekke then rejected what she called “a reckless plan” and left.",
        "a reckless plan",
        "Ingrid Sollway",
    ),
    (  # an aside, another cue ("described as"), another title
        "Ingrid Sollway had testified on Monday.\n\n"
        "Deputy Mayor Karl Brekke, 61, warned against what she described as “a gift to developers.”",
        "a gift to developers",
        "Ingrid Sollway",
    ),
    (  # "he" after a woman's titled name
        "Carl Osmund spoke first at the hearing.\n\nPolice Chief Greta Vandall later defended what he called “a fair deal.”",
        "a fair deal",
        "Carl Osmund",
    ),
    (  # neighbour: the pronoun fits the titled name, which speaks
        "Ingrid Sollway spoke first at the hearing.\n\n"
        "Mayor Tomas Brekke then rejected what he called “a reckless plan” and left.",
        "a reckless plan",
        "Tomas Brekke",
    ),
]


@pytest.mark.parametrize(("text", "words_", "who"), OUTER)
def test_outer_subject_agrees_by_name(text: str, words_: str, who: str) -> None:
    check_speaker(text, words_, who)


# ---- 2. a fronted "what he called" points ahead to the main subject only when it agrees ----
FRONTED = [
    (
        "Carl Osmund spoke first at the meeting.\n\n"
        "Angry at what he called “a stunt by the board,” Police Chief Greta Vandall left the room.",
        "a stunt by the board",
        "Carl Osmund",
    ),
    (  # past tense, "described as", a woman before a man's title
        "Ingrid Sollway had testified the week before.\n\n"
        "Angered by what she described as “a cover-up,” Coach Tomas Brekke resigned on Friday.",
        "a cover-up",
        "Ingrid Sollway",
    ),
    (
        "Ingrid Sollway spoke first at the meeting.\n\n"
        "Angry at what she called “a stunt,” Sheriff Bruno Kettering, 58, walked out of the room.",
        "a stunt",
        "Ingrid Sollway",
    ),
    (  # neighbour: the pronoun fits the main subject
        "Carl Osmund spoke first at the meeting.\n\n"
        "Angry at what she called “a stunt by the board,” Police Chief Greta Vandall left the room.",
        "a stunt by the board",
        "Greta Vandall",
    ),
]


@pytest.mark.parametrize(("text", "words_", "who"), FRONTED)
def test_fronted_phrase_agrees_by_name(text: str, words_: str, who: str) -> None:
    check_speaker(text, words_, who)


# ---- 3. "they" is no one person whose name tells the sex ----
THEY = [
    (
        "Union members rallied outside city hall.\n\nPolice Chief Greta Vandall then rejected what they called “a reckless plan.”",
        "a reckless plan",
        "Greta Vandall",
    ),
    (
        "Several parents had written to the board.\n\n"
        "Principal Anton Marrick later read out what they described as “a list of failures.”",
        "a list of failures",
        "Anton Marrick",
    ),
    (  # an age set off, another verb
        "The teachers had voted to strike.\n\n"
        "Superintendent Tomas Brekke, 58, answered what they described as “years of neglect.”",
        "years of neglect",
        "Tomas Brekke",
    ),
]


@pytest.mark.parametrize(("text", "words_", "who"), THEY)
def test_they_is_not_one_named_person(text: str, words_: str, who: str) -> None:
    from tests.conftest import quote_with

    q = quote_with(text, words_)
    assert who not in (q.speaker or "")


def test_they_neighbour_plural_outer_subject() -> None:
    check_speaker(
        "Superintendent Tomas Brekke and his deputy then rejected what they called “a reckless plan.”",
        "a reckless plan",
        "Tomas Brekke and his deputy",
    )


# ---- 4. one source of truth: he/she agree exactly where sex_of allows ----
PHRASES = [
    "Police Chief Lena Ortiz",
    "Mayor Tom Hale",
    "Mr. Hale",
    "Mrs. Ortiz",
    "Ms. Ortiz",
    "Sir Anton Marrick",
    "Dame Greta Vandall",
    "the chairwoman",
    "the spokesman",
    "the victim's mother",
    "his father",
    "Carver Bell analyst Priya Rao",
    "Lena Ortiz's lawyer",
    "Jordan Pelham",
    "Ingrid Sollway",
    "the harbour master",
]


@pytest.mark.parametrize("np", PHRASES)
def test_pronoun_agrees_reads_sex_of(np: str) -> None:
    toks = words(np, 0, len(np))
    sex = sex_of(toks)
    assert pronoun_agrees("he", toks) == (sex != "f")
    assert pronoun_agrees("she", toks) == (sex != "m")


@pytest.mark.parametrize("np", ["The Kelso County Council", "the nurses", "Hale and Ortiz"])
def test_bodies_and_groups_take_no_he_or_she(np: str) -> None:
    toks = words(np, 0, len(np))
    assert not pronoun_agrees("he", toks)
    assert not pronoun_agrees("she", toks)
    assert pronoun_agrees("they", toks)


# ---- 5. a description's head tells its sex, not the person it serves ----
SERVES = [
    (
        "An aide to Sir Anton Marrick, 31, pushed back on what she described as “a stunt by the board.”",
        "a stunt by the board",
        "An aide",
    ),
    (  # "Mr." tells Brekke's sex, not the adviser's
        "An adviser to Mr. Brekke, 44, pushed back on what she described as “a gift to developers.”",
        "a gift to developers",
        "An adviser",
    ),
    (  # no aside, another tense and verb, "he" after "Mrs."
        "An aide to Mrs. Vandall has since disputed what he called “an insult to voters.”",
        "an insult to voters",
        "An aide",
    ),
]


@pytest.mark.parametrize(("text", "words_", "who"), SERVES)
def test_description_head_tells_sex(text: str, words_: str, who: str) -> None:
    check_speaker(text, words_, who)


@pytest.mark.parametrize(
    ("np", "sex"),
    [
        ("An aide to Peter Arkin", ""),
        ("a lawyer for Mrs. Vandall", ""),
        ("A spokesman for Mayor Greta Vandall", "m"),
        ("the daughter of Tomas Brekke", "f"),  # neighbour: the head is sexed
        ("Hall of Famer Ann Dunstane", "f"),  # neighbour: a name, read whole
    ],
)
def test_sex_of_reads_a_description_head(np: str, sex: str) -> None:
    assert sex_of(words(np, 0, len(np))) == sex


# ---- 6. a given name used by both sexes is no evidence to refuse a pronoun ----
# "Alex", "Sam", "Charlie" are common for women, "Andrea", "Simone", "Kelly" for men
# (EITHER_SEX_FIRST): after a title or not, the pronoun that fits may be the bearer's.
EITHER = [
    (
        "Helena Quarry opened the meeting. Arjun Deverel agreed with the plan.\n\n"
        "Sen. Alex Corrin then rejected what she called “a giveaway to the builders.”",
        "a giveaway to the builders",
        "Alex Corrin",
    ),
    (  # fronted phrase, "he" for a woman's list name, another title
        "Tomas Fenwick opened the meeting. Marta Mellish agreed.\n\n"
        "Angry at what he called “a betrayal of the valley,” Dr. Andrea Okonde walked out.",
        "a betrayal of the valley",
        "Andrea Okonde",
    ),
    (  # an aside, another cue, past perfect
        "Priya Tallis had spoken first.\n\n"
        "Coach Kelly Brandvik, 52, had since disputed what he described as “a rigged draw.”",
        "a rigged draw",
        "Kelly Brandvik",
    ),
    (  # no title at all
        "Tomas Ambery spoke first at the hearing.\n\nSam Corrin then rejected what she called “an act of cowardice.”",
        "an act of cowardice",
        "Sam Corrin",
    ),
    (  # singular "they" for a titled either-sex name, no one else in the passage
        "The hearing ran for two hours.\n\nJudge Charlie Sollway then rejected what they called “a reckless plan.”",
        "a reckless plan",
        "Charlie Sollway",
    ),
    (  # neighbour: a name of one sex still refuses the other pronoun
        "Helena Quarry opened the meeting. Arjun Deverel agreed with the plan.\n\n"
        "Sen. Tomas Corrin then rejected what she called “a giveaway to the builders.”",
        "a giveaway to the builders",
        "Helena Quarry",
    ),
]


@pytest.mark.parametrize(("text", "words_", "who"), EITHER)
def test_either_sex_given_name_refuses_no_pronoun(text: str, words_: str, who: str) -> None:
    check_speaker(text, words_, who)


@pytest.mark.parametrize(
    ("np", "sex", "they"),
    [
        ("Sen. Alex Corrin", "", True),
        ("Police Chief Simone Vandall", "", True),
        ("Max Brekke", "", True),
        ("Mrs. Alex Corrin", "f", False),  # neighbour: the title tells
        ("Sen. Tomas Corrin", "m", False),  # neighbour: a name of one sex
        ("Greta Vandall", "f", False),
    ],
)
def test_either_sex_name_has_no_sex(np: str, sex: str, they: bool) -> None:
    toks = words(np, 0, len(np))
    assert sex_of(toks) == sex
    assert pronoun_agrees("they", toks) == they


def test_either_sex_names_are_known_given_names() -> None:
    """EITHER_SEX_FIRST only weakens a sex the lists give; its names stay given names."""
    from quotecheck.extract import lexicon as lx
    from quotecheck.extract.names import given_name, given_sex

    assert lx.EITHER_SEX_FIRST <= (lx.MALE_FIRST | lx.FEMALE_FIRST)
    assert all(given_name(n.title()) and not given_sex(n.title()) for n in lx.EITHER_SEX_FIRST)
