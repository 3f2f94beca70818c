"""Review 28c mends: set-off tags, inner tellers and present verbs after a description."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rep. Dana Pike, D-Ohio, citing the report, said the port was “failing.”", "Dana Pike"),
        ("Sen. Ivo Lund, R-Utah, speaking on Radio Quay, said the bill was “a disaster.”", "Ivo Lund"),
        ("Sen. Ivo Lund, R-Utah, asked about the bill, said it was “a disaster.”", "Ivo Lund"),
        (
            "Rep. Mara Finch, D-Tarnby, responding to critics, told reporters the plan was “dead.”",
            "Mara Finch",
        ),
        ("Ivo Lund, a Republican, speaking on Radio Quay, said the bill was “a disaster.”", "Ivo Lund"),
        ("Ivo Lund, a Utah Republican, speaking on Radio Quay, says the bill is “a disaster.”", "Ivo Lund"),
        ("Cara Vos, a Democrat, asked about the vote, called it “a sham.”", "Cara Vos"),
    ],
)
def test_a_tag_set_off_after_the_name_before_an_aside_is_the_names(text: str, speaker: str) -> None:
    """A party tag or an indefinite description between the name and its aside is the name's."""
    assert speakers(text) == [speaker]


def test_a_set_off_description_after_a_fronted_phrase_stays_the_subject() -> None:
    text = "In Tarnby, a Republican, speaking on Radio Quay, said the bill was “a disaster.”"
    assert speakers(text) == ["Republican"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Cara Vos testified that Ivo Lund came to her office and told her, “Sign it or else.”", "Ivo Lund"),
        ("Ivo Lund said Mara Finch had confronted him and told him: “You owe me.”", "Mara Finch"),
        ("She said the officer stopped her son and told him, “Get out of the car.”", "the officer"),
        ("Mara Finch says Cara Vos called her and told her, “Drop the case.”", "Cara Vos"),
        ("Tom Hale says his neighbor came to his door and warned him, “Leave town.”", "his neighbor"),
    ],
)
def test_a_telling_verb_joined_inside_a_report_is_its_subjects(text: str, speaker: str) -> None:
    """The listener is the reporter or one the report spoke of before "and": the report's subject tells."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She said Lee had painted the fence and told him that it was “a mess.”", "She"),
        ("Cara Vos said the plan was dead and told reporters, “We are done.”", "Cara Vos"),
        ("Ann Lee said Tom Hale was wrong and told her staff, “Ignore him.”", "Ann Lee"),
        ("He said the plan had failed and told her, “Try again.”", "He"),
    ],
)
def test_a_telling_verb_with_no_listener_named_before_stays_the_reporters(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union president calls the offer “an insult.”", "The union president"),
        ("One senator calls the bill “a trap.”", "One senator"),
        ("The former governor labels the plan “reckless.”", "The former governor"),
        ("The senator walks out, saying, “This is a farce.”", "The senator"),
        ("The senator votes no, calling the bill “a giveaway.”", "The senator"),
    ],
)
def test_a_present_verb_after_a_role_noun_ends_the_description(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The campaign attacks on Vos were “vicious,” Lund said.",
        "The phone calls from Vos were “constant,” Lund said.",
        "The teacher strikes in Tarnby are “a scandal,” Lund said.",
    ],
)
def test_a_compound_noun_in_s_stays_a_noun(text: str) -> None:
    assert speakers(text) == ["Lund"]


RIVALS = "Cara Vos is running for mayor.\n\nIvo Lund, her rival, spoke Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        RIVALS + "Later, at a rally in Tarnby, she shrugged. The candidate said, “I am not worried.”",
        RIVALS + "On Tuesday, in Tarnby, she smiled. The candidate said, “We will win.”",
        "Ivo Lund is running for mayor.\n\nCara Vos, his rival, spoke Monday.\n\nLater, at a rally in"
        " Tarnby, he shrugged. The candidate says, “I am not worried.”",
    ],
)
def test_a_he_or_she_opening_a_paragraph_passes_no_unknown_sex_person_on(text: str) -> None:
    """The he/she may be anyone named before; the last-named person of unknown sex is not taken."""
    assert speakers(text) == ["The candidate"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Lund spoke Monday. Later, at a rally in Tarnby, he shrugged. The candidate said, “Fine.”",
            "Ivo Lund",
        ),
        (
            "Tom Hale is running.\n\nLater, at a rally in Tarnby, he shrugged. The candidate said, “Fine.”",
            "Tom Hale",
        ),
    ],
)
def test_a_he_or_she_within_a_paragraph_or_of_a_known_sex_keeps_the_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
