"""Shapes of the reporting subject where the speaker was misread: a fronted phrase holding a
number before a description ("Asked about it in 2024, the 71-year-old said") is no part of
a count subject; a name and its verb after a role noun ("The teacher Ann Lee replaced said")
are a relative clause on the role noun, which is the subject; the subject of an "As X
noted," clause is a cited source, not a person a "he" in a later sentence stands for (one
closing the same sentence still is, see test_cues24.py), and a cue of the main clause after
it governs. Each shape has invented variations and neighbours that must not change;
all run through the real extractor on invented news."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# ---- a number inside a fronted phrase before a description ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Pressed on the sale in 2024, the 71-year-old said “I have no regrets.”", "the 71-year-old"),
        (
            "Asked about the 3 missing votes, the 60-year-old replied, “I counted them myself.”",
            "the 60-year-old",
        ),
        ("In 2019, the 45-year-old told reporters “I will run again.”", "the 45-year-old"),
        (
            "After losing 2 races in a row, the 38-year-old has said “I am done with politics.”",
            "the 38-year-old",
        ),
    ],
)
def test_number_in_fronted_phrase_before_description(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("At the rally, 40 said “we want our jobs back.”", "40"),
        ("More than 2,000 at the march chanted “Fair pay now!”", "More than 2,000 at the march"),
    ],
)
def test_count_subject_stays(text: str, who: str) -> None:
    assert mentions(text) == [who]


# ---- a name and its verb after a role noun: a relative clause without "that" ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The teacher Ann Lee replaced said “I loved that class.”", "The teacher"),
        ("The doctor Tom Hart hired told reporters “the clinic is full.”", "The doctor"),
        ("The aide Senator Ruth Kemp dismissed has written that the office was “chaotic.”", "The aide"),
        ("The reporter Mayor Tom Hale insulted wrote: “I stand by every word.”", "The reporter"),
    ],
)
def test_contact_relative_after_role_and_name(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The teacher Ann Lee said “I loved that class.”", "The teacher Ann Lee"),
        ("The veteran coach Ann Lee told reporters “we are ready.”", "The veteran coach Ann Lee"),
        ("The player Mawson shoved said “it was deliberate.”", "The player"),
    ],
)
def test_role_before_name_stays(text: str, who: str) -> None:
    assert mentions(text) == [who]


# ---- "As X noted, …": the source of the sentence, not a person a later pronoun stands for ----


@pytest.mark.parametrize(
    "text",
    [
        "As Dunmore reported on Monday, sales fell. “That is bad news,” he said.",
        "As Brill noted last week, prices rose again. “It hurts,” she said.",
        "As Halvorsen has pointed out, the tax failed. “We warned them,” he told the board.",
    ],
)
def test_as_clause_subject_is_no_antecedent(text: str) -> None:
    assert speakers(text)[-1] in ("he", "she")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Google noted, the lawsuit was dropped, and the judge said “the matter is closed.”", "the judge"),
        (
            "As the ministry pointed out, the vote was close, but Tom Reyes insisted “we won fairly.”",
            "Tom Reyes",
        ),
        (
            "As Brill reported on Monday, sales fell, while the chief executive told staff “we will recover.”",
            "the chief executive",
        ),
    ],
)
def test_main_clause_cue_after_as_clause_governs(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As the paper noted, the new tax is “a mess.”", "the paper"),
        ("As the council noted in March, the plan is “dead,” and the mayor agrees.", "the council"),
        ("As Lee noted, it is “a bad deal,” Hart said.", "Hart"),
    ],
)
def test_as_clause_source_neighbours(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Tom Hale noted, sales fell. “That is bad news,” he said.", "Tom Hale"),
        (
            "As Hale noted on Monday, sales fell. Hale added: “We will recover.” “Give it time,” he said.",
            "Hale",
        ),
    ],
)
def test_as_clause_person_neighbours(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
