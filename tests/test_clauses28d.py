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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Vos cited a letter Jordan Kell wrote, in which she called him “unfit.”", "Ann Vos"),
        ("Ann Vos referred to a letter Kell wrote, in which she called him “unfit.”", "Ann Vos"),
        ("Ann Vos cited an op-ed Taylor Kell wrote, in which she said the plan was “doomed.”", "Ann Vos"),
        (
            "Sen. Ann Vos pointed to a report Dana Kell released, in which she warned of “a crisis.”",
            "Ann Vos",
        ),
        ("John Lund quoted a memo Casey Pike drafted, in which he called the deal “a fraud.”", "John Lund"),
        ("Mark Ruiz cited a speech Kell gave last year, during which he vowed to “fight on.”", "Mark Ruiz"),
        ("Mrs. Vos described an interview Robin Hale gave, in which she called the court “broken.”", "Vos"),
    ],
)
def test_a_relative_pronoun_prefers_the_name_known_to_agree(text: str, speaker: str) -> None:
    """A nearer name of unknown sex yields to the outer subject whose sex is known to agree."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Vos referred to a letter Ivo Lund wrote, in which he described her as “unfit.”", "Ivo Lund"),
        (
            "Ann Roy recalled an interview Mary Penn gave, in which she called the court “broken.”",
            "Mary Penn",
        ),
        ("Lund pointed to an email Ann Roy had sent, in which she blamed “rogue staffers.”", "Ann Roy"),
        ("Ann Vos cited a letter John Kell wrote, in which he called her “unfit.”", "John Kell"),
        ("Kell cited a letter Jordan Pike wrote, in which she called him “unfit.”", "Jordan Pike"),
        ("The mayor cited a letter Jordan Kell wrote, in which she called the plan “unfit.”", "Jordan Kell"),
    ],
)
def test_a_nearer_name_that_agrees_keeps_the_relative_pronoun(text: str, speaker: str) -> None:
    """Neighbours: the outer subject disagrees, is as unknown, or both are known to agree."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Roy said Lund wrote a letter in which he called the tariff “a tax on families.”", "Lund"),
        ("Ann Roy recalled an op-ed Lund wrote, in which he called the tariff “a tax.”", "Lund"),
        ("Mara Finch noted that Kell gave a speech in which he vowed to “fight on.”", "Kell"),
        ("Ann Roy said Lund wrote a letter in which she called the tariff “a tax on families.”", "Ann Roy"),
    ],
)
def test_a_relative_pronoun_the_outer_subject_refuses_goes_to_the_nearer_name(
    text: str, speaker: str
) -> None:
    """ "he" cannot be Ann Roy: the surname-only subject of the clause before it is nearer."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Roy described an interview Jordan Penn gave, in which she called Roy “reckless.”",
            "Jordan Penn",
        ),
        ("Ann Vos recalled a speech Kell gave, in which she praised Vos as “tireless.”", "Kell"),
        ("John Lund cited a memo Casey Pike wrote, in which he called Lund “a liar.”", "Casey Pike"),
    ],
)
def test_a_relative_pronoun_is_not_the_subject_its_clause_names(text: str, speaker: str) -> None:
    """Neighbours: the clause names the outer subject as its object, so "she" is the nearer name."""
    assert speakers(text) == [speaker]


def test_a_pronoun_no_subject_agrees_with_stays_for_resolution() -> None:
    assert speakers("Reporters pressed Lee on what she called “a smear.”") == ["she"]
