"""Mends to the session-31 group rules (tests/test_groups31.py); invented text.

- after an inverted cue, a phrase of whose or where the person is stays with the speaker ("said
  an official with the ministry"), a phrase of the occasion, the time or the manner of the
  words does not ("said the mayor at a news conference", "at the end of the match", "with a
  shrug", "with 15 years of experience");
- a noun of people tied by "of", "to" or "for" to a name speaks as the whole phrase, never as
  the name inside it ("Aides to Lena Holt say"), and a capitalised run after "for" belongs to a
  group's name ("Mothers for Quiet Streets said");
- a plural after a preposition is no subject of a bare present ("Parents of pupils at Kelso
  Academy say" is never the school);
- a quantifier opening the sentence is part of the people before a place ("Many nurses in
  Kelso say");
- an adverb after "and" joins no object of a verb to the subject after it ("Police questioned
  Lena Holt and then Tom Hale told …" is Tom Hale).
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We will appeal,” said the mayor at a news conference on Monday.", "the mayor"),
        ("“Nobody warned us,” added a spokeswoman at the hearing.", "a spokeswoman"),
        ("“It is over for this season,” said a fan at the end of the match.", "a fan"),
        ("“We tried everything,” says the coach with a shrug.", "the coach"),
        (
            "“I have seen worse,” said a nurse with 15 years of experience, who declined to be named.",
            "a nurse",
        ),
        ("“The figures are wrong,” said one man at the rally in Kelso.", "one man"),
    ],
)
def test_inverted_cue_leaves_the_setting_phrase(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We were not consulted,” said an official with the ministry.", "an official with the ministry"),
        ("“The queue starts at six,” said a clerk at the town hall.", "a clerk at the town hall"),
        ("“Beds are short,” says a porter at Ashby General Hospital.", "a porter at Ashby General Hospital"),
    ],
)
def test_inverted_cue_keeps_the_workplace(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Aides to Lena Holt say the charges are “baseless.”", "Aides to Lena Holt"),
        (
            "Opponents of Mayor Dax Orrin claim the vote was “rigged from the start.”",
            "Opponents of Mayor Dax Orrin",
        ),
        ("Advisers to Gov. Nia Grant insist the budget is “balanced.”", "Advisers to Gov. Nia Grant"),
        (
            "Tom Hale was charged in May. Aides to Tom Hale say the charges are “a smear.”",
            "Aides to Tom Hale",
        ),
    ],
)
def test_people_tied_to_a_name_speak_as_the_group(text: str, want: str) -> None:
    assert last_speaker(text) == want


def test_a_plural_after_a_preposition_is_no_subject() -> None:
    assert last_speaker("Parents of pupils at Kelso Academy say the cuts are “cruel.”") != "Kelso Academy"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mothers for Quiet Streets said the plan was “reckless.”", "Mothers for Quiet Streets"),
        ("Nurses for Fair Shifts says the rota is “a danger to patients.”", "Nurses for Fair Shifts"),
        ("In a statement, Engineers for Open Data called the bill “a step back.”", "Engineers for Open Data"),
        ("Farmers for Kelso, a local group, said the levy was “a disgrace.”", "Farmers for Kelso"),
    ],
)
def test_a_group_named_for_a_cause_keeps_its_name(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lawyers for Lena Holt said the ruling was “flawed.”", "Lawyers for Lena Holt"),
        ("Analysts at Harlow Bank say the plan is “a gamble.”", "Harlow Bank"),
        ("Voters in Ashby say the levy is “unfair.”", "Voters"),
    ],
)
def test_neighbours_of_the_group_rules(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Many nurses in Kelso say the shifts are “simply inhuman.”", "Many nurses"),
        ("Most parents in Ashby say the school is “all but dead.”", "Most parents"),
        ("Several farmers near Tilbury say the road is “a death trap.”", "Several farmers"),
    ],
)
def test_a_capitalised_quantifier_opens_people_in_a_place(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police questioned Lena Holt and then Tom Hale told reporters the car was “stolen.”", "Tom Hale"),
        (
            "Detectives questioned Dr. Nia Grant and eventually Tom Hale told the court it was “faulty.”",
            "Tom Hale",
        ),
        (
            "The committee questioned Mara Osei and later Sven Aalto told reporters it was “deliberate.”",
            "Sven Aalto",
        ),
        (
            "Police had questioned Ana Rusk and later Ben Oyelaran told reporters she was “innocent.”",
            "Ben Oyelaran",
        ),
        ("Sam Ode and later Kit Bayo said the levy was “a disgrace.”", "Sam Ode and Kit Bayo"),
    ],
)
def test_an_adverb_after_and_joins_no_object(text: str, want: str) -> None:
    assert last_speaker(text) == want
