"""Quotes inside frames and nested clauses, where the cue that governs the quote is not the
nearest verb. The project's convention for layered sources stays: a source set off before
a report ("According to the minutes, Hale told the board …") keeps the words it relays,
while words set out after their own verb stay the speaker's. These tests pin the shapes
around it: a verb of speech in a clause on a noun, under a frame whose own clause reports no
one; a how clause before a colon; a verb of quoting or hearing whose object speaks; a
participle of the clause an "As the paper reported" frame covers; a partitive source. Invented
news, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a frame over a claim, a verb of speech in a clause on a noun inside it ----------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "that" + a name, a present verb of being in the framed clause
        (
            "According to state data released Monday, the level of the lake is lower than the one "
            "that Wren Talbot said was “safe for boating.”",
            ["Wren Talbot"],
        ),
        # no "that", a description, a modal in the inner clause
        (
            "According to the agency's figures, the river is above the mark the mayor said would mean "
            "“a full evacuation.”",
            ["the mayor"],
        ),
        # a pluperfect verb of naming, the speaker given by an appositive
        (
            "According to the budget office, the shortfall now exceeds the sum that the treasurer, "
            "Omar Keel, had called “a worst case” in March.",
            ["Omar Keel"],
        ),
        # "which", a title and a name
        (
            "According to police data, burglaries fell to a level which Chief Dana Orme said was "
            "“the lowest in a generation.”",
            ["Dana Orme"],
        ),
        # a clause of reporting for the frame, a verb in the frame's own phrase
        (
            "As the Courier reported last week, the deficit is larger than the one that Councillor "
            "Mae Orban said would be “a disaster.”",
            ["Mae Orban"],
        ),
    ],
)
def test_a_verb_of_speech_on_a_noun_under_a_frame_over_a_claim_speaks_for_itself(
    text: str, who: list[str]
) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the frame's own clause reports someone: the relative clause is part of what it relays
        (
            "According to the minutes, Hale Brennan told the board that the fund, which she called "
            "“nearly dry,” would last a month.",
            ["the minutes"],
        ),
        # the relative clause's subject is its noun: an event the source reports
        ("According to the lawsuit, the firm hired a consultant who warned of “a crisis.”", ["the lawsuit"]),
        # "that" after a subject and its verb opens a report, not a clause on a noun
        (
            "According to the indictment, the firm knew that Voss had called the product “unsafe.”",
            ["the indictment"],
        ),
    ],
)
def test_a_frame_still_keeps_what_it_relays(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 2. a how clause before a colon ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Here is how Nadia Pruitt sees it: “We can fix the roof or hire teachers, not both.”",
            ["Nadia Pruitt"],
        ),
        # a pronoun, a past tense, an object noun
        (
            "Oskar Brandt has coached the team for a decade. This was how he saw the season: "
            "“We are a year away.”",
            ["Oskar Brandt"],
        ),
        # a description with an appositive name
        (
            "Parents are divided. Here is how one mother, Tess Harlow, views the change: "
            "“My son loses an hour of sleep.”",
            ["Tess Harlow"],
        ),
        # a plural with a place phrase, "Here's"
        (
            "Here's how the residents of Pell Street see it: “Nobody asked us.”",
            ["the residents of Pell Street"],
        ),
    ],
)
def test_a_colon_after_a_how_clause_gives_the_clauses_subject(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a verb that takes no words, and "what" as the subject
        ("Here is how the plan works: “Every household gets one vote.”", [None]),
        ("This is what happened after the vote: “Shame on you all.”", [None]),
        # a what clause names a thing met, not a view
        ("This is what voters saw on their screens: “Vote No.”", [None]),
        # the quote comes before the clause
        ("“Nobody listens to us,” said Ren Oakley. That is how the tenants see it.", ["Ren Oakley"]),
    ],
)
def test_a_how_clause_names_no_one_else(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


# 3. the object of a verb of quoting or hearing speaks ---------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # no "as": a participle right after the object pronoun, which resolves to the subject
        ("Ivo Lee was asked about a report that quoted him calling rivals “cowards.”", ["Ivo Lee"]),
        # an appositive name after the object
        ("The Ledger quoted the mayor, Ada Fenn, calling the budget “a fantasy.”", ["Ada Fenn"]),
        # "her" before the participle, which the parse alone reads as a possessive; a pluperfect
        (
            "Rhea Dunmore chairs the board. A tabloid had quoted her calling the tenants “freeloaders.”",
            ["Rhea Dunmore"],
        ),
        # "as saying" after an appositive
        (
            "A weekly magazine quoted the finance minister, Joss Arvid, as saying the currency was "
            "“under attack.”",
            ["Joss Arvid"],
        ),
    ],
)
def test_the_object_of_a_quoting_verb_speaks_its_participle(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a participle set off after a bare object is the subject's
        ("The Ledger quoted Ana Ruiz, calling her plan “dead.”", ["Ledger"]),
        ("Ivo Lee posted a message reading “We won.”", ["Ivo Lee"]),
    ],
)
def test_a_participle_not_after_a_quoted_object_keeps_its_governor(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 4. a participle of the clause an "As the paper reported" frame covers --------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "As the Courier reported at the time, two members of the board had urged her to run, "
            "telling her the party needed “a proven winner.”",
            ["Courier"],
        ),
        (
            "As the Gazette reported on Monday, the mayor, Ada Fenn, visited the site, calling it “a disgrace.”",
            ["Gazette"],
        ),
        (
            "As the Herald noted last year, the chief resigned in March, saying he was “worn out.”",
            ["Herald"],
        ),
    ],
)
def test_a_reporting_frame_covers_a_participle_of_its_clause(text: str, who: list[str]) -> None:
    assert speakers(text) == who


def test_a_clause_of_time_is_no_frame() -> None:
    assert speakers("As the fans booed, Ada Fenn left the stage, calling them “a disgrace.”") == ["Ada Fenn"]


# 5. a partitive source with a demonstrative ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "She told Ivo Marsh that his plan was “beneath him,” according to one of those people, "
            "who described the exchange as heated.",
            ["one of those people"],
        ),
        # an irregular plural after the demonstrative
        ("Staff were told the plant is “not viable,” according to two of those men.", ["two of those men"]),
        ("“We were never told,” said one of those women.", ["one of those women"]),
        (
            "The board had called the bid “an insult,” according to one of those people.",
            ["one of those people"],
        ),
    ],
)
def test_one_of_those_people_is_a_source(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 6. a report whose subject carries a phrase before its auxiliary ---------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a partial quote in the report stays the reporter's, as with a bare subject
        (
            "Ada Marsh said the nurses at the unit had described the report as “accurate but late.”",
            ["Ada Marsh"],
        ),
        ("The coach said players on the bench were calling the referee “a clown.”", ["The coach"]),
        ("Ivo Fenn, the chairman, said members of the board would call the offer “derisory.”", ["Ivo Fenn"]),
    ],
)
def test_a_subject_with_a_phrase_opens_the_report(text: str, who: list[str]) -> None:
    assert speakers(text) == who


def test_a_teller_in_such_a_report_keeps_words_set_out_after_a_colon() -> None:
    text = "Ada Marsh said the nurses at the unit had told her: “We are exhausted.”"
    assert speakers(text) == ["the nurses at the unit"]


# 7. after a quote, the object of a verb of quoting speaks -------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We take this seriously,” the statement quoted Ivo Fenn as saying.", ["Ivo Fenn"]),
        (
            "“Nobody will lose a job,” a press release quoted the chief executive, Ada Marsh, as saying.",
            ["Ada Marsh"],
        ),
        # no "as", an appositive name; a pluperfect and a listener
        ("“We were never told,” one report quoted a worker, Ana Ruiz, saying.", ["Ana Ruiz"]),
        ("“We are not for sale,” the newsletter had quoted Ivo Fenn as telling staff.", ["Ivo Fenn"]),
    ],
)
def test_a_quoted_object_after_the_quote_speaks(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We take it seriously,” said the statement, quoting Ivo Fenn.", ["the statement"]),
        ("“We take this seriously,” Ada Marsh said, quoting a line from her father.", ["Ada Marsh"]),
    ],
)
def test_a_quoting_participle_after_the_cue_signs_nothing(text: str, who: list[str]) -> None:
    assert speakers(text) == who
