"""Review of session 21's shapes: neighbours the first versions read wrongly, each run
through ``extract_quotes`` with invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle set off after a later subject is no earlier verb of a series
        (
            "The mayor praised the chief, but the council, angered by the vote, called it “a sham.”",
            "the council",
        ),
        (
            "Police arrested the driver, and his lawyer, reached by phone, called the arrest “absurd.”",
            "his lawyer",
        ),
        (
            "The firm settled the case, but the widow, unmoved by the payout, called it “blood money.”",
            "the widow",
        ),
        ("The board met on Monday but Lee, reached by phone afterwards, said the vote was “close.”", "Lee"),
        # a verb inside a phrase set off before the later verb does not open the series
        (
            "The mayor praised the chief, but the council, in a vote held Tuesday, called it “a sham.”",
            "the council",
        ),
        ("The mayor praised the chief, but the council, as is its habit, called it “a sham.”", "the council"),
        # a fronted phrase without a comma: the subject of the first verb is the series'
        ("On Tuesday the mayor, angered by the result, called it “a sham.”", "the mayor"),
    ],
)
def test_a_set_off_participle_is_no_verb_of_a_series(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The bishop met the refugees, blessed the children, told the press their camp was “a scandal.”",
            "The bishop",
        ),
        ("Okafor took the stage, thanked the crowd, called the result “a victory for the valley.”", "Okafor"),
        ("Yesterday, the mayor met the strikers, told them the city was “out of money.”", "the mayor"),
    ],
)
def test_a_series_still_shares_its_first_verbs_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was “rushed,” as Ortiz wrote, and the budget was “a fiction.”",
        "The plan was “rushed,” as Ortiz wrote in May, and the budget was “a fiction.”",
        "The levy is “unfair,” as Dunne argued, and the toll is “worse.”",
    ],
)
def test_the_earlier_quotes_own_source_is_no_new_subject(text: str) -> None:
    first, second = speakers(text)
    assert first is not None and second == first


def test_a_new_subject_after_a_quote_still_stops_the_inheritance() -> None:
    text = "The mayor likes “Harbour Lights,” while the deputy mayor loves “Deep Water.”"
    assert speakers(text) == ["The mayor", "the deputy mayor"]
