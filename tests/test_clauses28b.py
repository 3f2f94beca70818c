"""Session 28, clauses with a subject of their own inside a sentence. (1) A relative clause
after a preposition ("in which", "during which") or opened by "where" never has the relative
word as its subject, so its cue speaks for its own subject: a name there, or a he/she that
stands for the nearest name that agrees and is the subject of the clause the relative's noun
stands in ("an email Ada Fenn had sent, in which she …"), else for the sentence's subject
when the pronoun agrees with it, else left for resolution. (2) A cue set off by commas
("The economy, Lund argues, is “…,” and wages are “…”") reports the whole sentence for any
verb of speech, not only "say". Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a relative clause after a preposition, or "where", has its own subject -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Lund pointed to an email Ada Fenn had sent her daughter, in which she blamed "
            "“an outside group.”",
            ["Ada Fenn"],
        ),
        ("Ivo Lund cited a memo Ada Fenn wrote in which she called the plan “a trap.”", ["Ada Fenn"]),
        (
            "Tom Lund pointed to an email Ann Fenn had sent her daughter, in which she blamed "
            "“an outside group.”",
            ["Ann Fenn"],
        ),
        (
            "The senator cited a letter Ada Fenn wrote last spring, in which she warned of "
            "“a slow collapse.”",
            ["Ada Fenn"],
        ),
        (
            "Ivo Lund has quoted a speech Maren Holt gave in March, during which she insisted the "
            "levy was “a fair price.”",
            ["Maren Holt"],
        ),
        (
            "Ivo Lund described a meeting Ada Fenn held with donors, where she argued that the plan "
            "was “dead on arrival.”",
            ["Ada Fenn"],
        ),
        (
            "Ivo Lund recalled a letter Omar Petrie had sent the board, in which he called the audit "
            "“a farce.”",
            ["Omar Petrie"],
        ),
        ("Ivo Lund cited the memo in which Ada Fenn called the plan “a trap.”", ["Ada Fenn"]),
        ("Ann Roy described the hearing, where Tom Hale called the levy “a scandal.”", ["Tom Hale"]),
    ],
)
def test_relative_clause_with_its_own_subject(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nearer name is the object, not a clause's subject: the outer subject stays
        ("Ivo Lund sent Ada Fenn an email in which he called the plan “a trap.”", ["Ivo Lund"]),
        ("Ivo Lund gave a speech in which he called the plan “a trap.”", ["Ivo Lund"]),
        ("Tom Hale spoke at a rally where he vowed to “finish the job.”", ["Tom Hale"]),
        # a known sex rules the nearer name out, and the outer one in
        (
            "Ann Lund pointed to an email Tom Fenn had sent his son, in which she blamed “an outside group.”",
            ["Ann Lund"],
        ),
        # a known sex rules the outer subject out and no woman is near: the pronoun as written
        ("Tom Lund pointed to a speech in which she blamed “an outside group.”", ["she"]),
        # a sex no list knows: the outer subject may be "she"
        ("Ivo Lund pointed to a speech in which she blamed “an outside group.”", ["Ivo Lund"]),
        # the relative word is its clause's subject: a passive, no speaker of its own
        ("Tom Hale said the report, in which the board is called “reckless,” was unfair.", ["Tom Hale"]),
    ],
)
def test_relative_clause_neighbours(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# 2. a cue set off by commas reports the joined clause, for any verb of speech --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The economy, Ivo Lund argues, is “in good shape,” and wages are “rising.”", ["Ivo Lund"] * 2),
        ("The economy, Ivo Lund insists, is “in good shape,” and wages are “rising.”", ["Ivo Lund"] * 2),
        ("The plan, Ada Fenn contends, is “a trap,” and the board is “asleep.”", ["Ada Fenn"] * 2),
        ("The port, the mayor claimed, was “thriving,” but the fleet was “shrinking.”", ["the mayor"] * 2),
        ("The levy, Tom Hale maintained, was “fair,” and the ferry was “safe.”", ["Tom Hale"] * 2),
        ("The ferry, she warned, is “unsafe,” and the pier is “crumbling.”", ["she"] * 2),
    ],
)
def test_set_off_cue_reports_the_joined_clause(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the joined clause has a cue and a speaker of its own
        (
            "Ivo Lund said the plan was “sound,” but Ada Fenn insisted it was “a trap.”",
            ["Ivo Lund", "Ada Fenn"],
        ),
        (
            "Ann Lee, who chairs the board, called the levy “fair,” and Tom Hale called it “theft.”",
            ["Ann Lee", "Tom Hale"],
        ),
    ],
)
def test_set_off_cue_neighbours(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# 3. a telling set out inside a report after its listener and a setting ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the aides said Ivo Lund had asked staff last week, “Why won't she sign it?”", ["Ivo Lund"]),
        ("A neighbour said the mayor had told residents in May, “The pier will stay open.”", ["the mayor"]),
        ("Ann Roy said Tom Hale had written to the board on Friday: “I will not resign.”", ["Tom Hale"]),
        ("Ivo Lund said his aunt had told him on Sunday: “Never sell the farm.”", ["his aunt"]),
    ],
)
def test_telling_after_a_setting_inside_a_report(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated telling and a pronoun teller stay the reporter's
        ("Ivo Lund said his aunt had never told him on Sunday: “Sell the farm.”", ["Ivo Lund"]),
        ("Tom Hale said he had told staff last week, “We will not close.”", ["Tom Hale"]),
    ],
)
def test_telling_after_a_setting_neighbours(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
