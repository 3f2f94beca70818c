"""Session 29, second mend of the head-of-noun-phrase rules. (1) A name set off after a
restrictive relative clause restates the subject unless the clause's last noun takes it: a
body never does ("The woman who founded the group, Ada Krall, said"); a place does only for
one word that is no given name ("who fled the capital, Varesh,"); a person's role only when
the clause's verb meets or speaks to that person ("who spoke to the mayor, Ann Lee,") or the
subject is plural. A role the subject holds ("who was elected mayor,") or reached otherwise
("who shot the officer,") leaves the name to the subject. (2) A sentence adverb set off by
commas inside an aside (", however,", ", though,", ", too,") does not end it: the opening
name speaks. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a name after a relative clause restates a singular subject --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pastor who founded the agency, Tovi Marsh, said the shelter was “full every night.”",
            "Tovi Marsh",
        ),
        (
            "A welder who now leads the union, Brannoc Hale, told members the offer was “an insult.”",
            "Brannoc Hale",
        ),
        (
            "The engineer who has long run the board, Ilse Varga, warned the dam was “past its life.”",
            "Ilse Varga",
        ),
        (
            "The teacher who chairs the committee, Oda Lemming, said the budget was “cut to the bone.”",
            "Oda Lemming",
        ),
    ],
)
def test_name_after_body_object_restates_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The farmer who was elected mayor, Tovi Marsh, said the roads were “a scandal.”",
            "Tovi Marsh",
        ),
        (
            "The sergeant who became deputy chief, Brannoc Hale, says crime is “falling.”",
            "Brannoc Hale",
        ),
        (
            "One of the medics who treated the soldiers, Ilse Varga, said the ward was “overrun.”",
            "Ilse Varga",
        ),
        (
            "The guard who shot the intruder, Oda Lemming, told the jury she was “terrified.”",
            "Oda Lemming",
        ),
    ],
)
def test_name_after_role_not_reached_by_speech_restates_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lawmaker who represents the district, Tovi Marsh, said the plant was “a lifeline.”",
            "Tovi Marsh",
        ),
        (
            "The captain who patrols the town, Brannoc Hale, said the ferry was “unsafe.”",
            "Brannoc Hale",
        ),
        (
            "The candidate who carried the county, Ilse Varga, called the result “a mandate.”",
            "Ilse Varga",
        ),
    ],
)
def test_person_name_after_place_object_restates_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A reporter who spoke to the governor, Tovi Marsh, said she seemed “rattled.”",
            "A reporter",
        ),
        ("Tenants who met the landlord, Brannoc Hale, said he was “dismissive.”", "Tenants"),
        (
            "A nurse who fled the capital, Kesvar, told the panel the clinics were “empty.”",
            "A nurse",
        ),
    ],
)
def test_name_after_role_spoken_to_or_place_is_the_objects(text: str, expected: str) -> None:
    # neighbours: a verb of meeting or speaking, a plural subject, a one-word place name
    assert speakers(text) == [expected]


# 2. a sentence adverb set off inside an aside does not end it ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tovi Marsh, like most of the growers, however, said the frost was “the worst in years.”",
            "Tovi Marsh",
        ),
        (
            "Brannoc Hale, in a letter to members, though, called the deal “a betrayal.”",
            "Brannoc Hale",
        ),
        (
            "The treasurer, Ilse Varga, like her predecessor, too, warned the fund was “running dry.”",
            "Ilse Varga",
        ),
        (
            "Oda Lemming, like her neighbours, meanwhile, told supporters the vote was “rigged.”",
            "Oda Lemming",
        ),
    ],
)
def test_sentence_adverb_inside_aside(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_aside_still_closes_before_a_clause_after_the_adverb() -> None:
    # neighbour: after the adverb a clause of its own follows, whose subject speaks
    text = (
        "Tovi Marsh, in a statement, however, denied the claims, and her lawyer, Brannoc Hale, "
        "said the suit was “baseless.”"
    )
    assert speakers(text) == ["Brannoc Hale"]
