"""A body named as an object and then again by its short name ("the Post" for
the Daily Post) as a subject is what a later "it" stands for; people "at" a body speak for
it ("Analysts at Feld Bank … They said"). Invented text."""

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kira Nash won her case against the Daily Post. The newspaper had called her a “fraud.” "
            "The Post said it would appeal. “We stand by our reporting,” it said.",
            "Daily Post",
        ),
        (
            "Tenants sued the Harbour Trust in May. The court heard the case on Friday. "
            "The Trust denied wrongdoing. “We kept every rule,” it said.",
            "Harbour Trust",
        ),
        (
            "Anglers took the Kelby Angling Club to court. The judge was blunt. "
            "The Club later apologised. “We got it wrong,” it said.",
            "Kelby Angling Club",
        ),
    ],
)
def test_short_name_as_subject_is_the_body_again(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_short_name_heading_another_name_is_not_the_body() -> None:
    text = (
        "Tenants sued the Harbour Trust in May. The court heard the case. "
        "Residents then wrote to the Trust. “We want answers,” they said."
    )
    assert speakers(text)[-1] != "Harbour Trust"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Analysts at Feld Bank cut their rating. They said the warning was “worse than feared.”",
            "Feld Bank",
        ),
        ("Analysts at Brenn Capital raised their target. “The worst is over,” they said.", "Brenn Capital"),
        (
            "Two analysts at Quarry Partners wrote to clients. They called the deal “a bargain.”",
            "Quarry Partners",
        ),
    ],
)
def test_analysts_at_a_body_speak_for_it(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_people_who_sued_a_body_are_not_it() -> None:
    assert speakers("Lee and Moss sued Feld Bank last year. “We were cheated,” they said.")[-1] != "Feld Bank"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Workers sued Halden Group in May. The case was heard on Friday. Halden said it would fight on. "
            "“We did nothing wrong,” it said.",
            "Halden Group",
        ),
        (
            "Lee sued Vexa Corp over a patent. The patent expired last year. Vexa denied the claims. "
            "“The case is weak,” it said.",
            "Vexa Corp",
        ),
        (
            "Regulators fined Sorrel Bank on Monday. The fine was large. Sorrel later apologised. "
            "“We let customers down,” it said.",
            "Sorrel Bank",
        ),
    ],
)
def test_first_word_of_a_body_as_subject_is_the_body_again(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_first_word_that_is_a_persons_surname_is_not_the_body() -> None:
    text = (
        "Ed Vexa founded Vexa Labs. Tenants sued Vexa Labs in May. The case was heard on Friday. "
        "Vexa said he was calm. “The claims are weak,” it said."
    )
    assert speakers(text)[-1] != "Vexa Labs"
