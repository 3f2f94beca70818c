"""Review 28d mends: a set-off cue of thought or before the clause's own telling, and a
he/she in a relative clause whose nearer name's sex is unknown."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

LEAD = "Senator Ivo Lund spoke. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ross Hart, Lund believes, called the plan “a scam.”", "Ross Hart"),
        ("Ross Hart, Lund thinks, called the plan “a scam.”", "Ross Hart"),
        ("Ross Hart, Lund worries, will call the plan “a scam.”", "Ross Hart"),
        ("Ross Hart, Lund fears, has called the plan “a scam.”", "Ross Hart"),
        ("The union chief, Lund felt, had called the offer “an insult.”", "The union chief"),
        ("Ross Hart, the senator believes, branded the bill “a giveaway.”", "Ross Hart"),
    ],
)
def test_a_set_off_verb_of_thought_reports_nothing(text: str, speaker: str) -> None:
    """Believing, fearing or hoping is not saying: the clause's subject keeps its own words."""
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ross Hart, Lund testified, told him: “The plan is a scam.”",
        "Ross Hart, Lund testified, told him, “The plan is a scam.”",
        "Ross Hart, Lund recounted, said: “The plan is a scam.”",
        "Ross Hart, Lund recalled, once told him: “The plan is a scam.”",
        "Ross Hart, Lund said, once told him: “The plan is a scam.”",
        "Ross Hart, Lund wrote, told aides: “The plan is a scam.”",
        "Ross Hart, Lund maintains, has repeatedly told voters: “The plan is a scam.”",
        "Ross Hart, the senator recalled, asked him: “Who approved this?”",
    ],
)
def test_a_clause_setting_out_its_own_words_keeps_them(text: str) -> None:
    """A direct quote after the clause's own verb of speech is its subject's, as inside a report."""
    assert speakers(LEAD + text) == ["Ross Hart"]


def test_a_description_setting_out_its_own_words_keeps_them() -> None:
    text = "The auditor, she recalled, once wrote to the board: “The books are cooked.”"
    assert speakers(LEAD + text) == ["The auditor"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The economy, Lund argues, is “in good shape,” and wages are “rising.”", ["Ivo Lund", "Ivo Lund"]),
        ("Ross Hart, Lund claims, branded the plan “a scam.”", ["Ivo Lund"]),
        ("Ross Hart, Lund testified, told him the plan was “a scam.”", ["Ivo Lund"]),
        ("Ross Hart, Lund wrote, told aides that the plan was “a scam.”", ["Ivo Lund"]),
        ("The plan, Lund believes, is “doomed.”", ["Ivo Lund"]),
        ("The bill, Lund said, would be “a disaster,” and the vote “a farce.”", ["Ivo Lund", "Ivo Lund"]),
    ],
)
def test_a_set_off_verb_of_saying_still_reports_the_sentence(text: str, said: list[str]) -> None:
    """Neighbours: a partial or reported quote in the clause stays the set-off speaker's."""
    assert speakers(LEAD + text) == said
