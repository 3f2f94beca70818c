"""One test of a plural noun of people (``mentions.people_plural``) serves both sides of
centering: a "they" that is its sentence's subject stands for a plural of people that is the
subject of the sentence before ("Farmers", "The striking nurses", "Staff"), and stays as
written when a plural of people follows that subject's verb (a rival) or when the subject
names things ("The results", "The documents", "The events"). Invented news prose through the
real extractor."""

from __future__ import annotations

import pytest

from quotecheck.extract.mentions import people_plural, person_like
from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers blocked the ring road on Tuesday. “We have run out of patience,” they said.\n", "Farmers"),
        (
            "Officers arrived within minutes of the call. “The street was empty,” they added.\n",
            "Officers",
        ),
        (
            "Local farmers, angry at the new levy, blocked the bridge at dawn. “We cannot pay this,” they said.\n",
            "Local farmers",
        ),
        (
            "The striking nurses gathered outside the east ward. “Nobody listens to us,” they said.\n",
            "The striking nurses",
        ),
        (
            "Campaigners, most of them pensioners, marched to the town hall. “The bus must stay,” they said.\n",
            "Campaigners",
        ),
        (
            "Detectives searched the flat above the bakery for hours. “We found nothing of note,” they said.\n",
            "Detectives",
        ),
        ("Staff walked out of the depot at noon. “We were not consulted,” they said.\n", "Staff"),
        # a body named as the object is no rival for "they"
        ("Midwives picketed the Lindow Care Trust. “We are worn out,” they said.\n", "Midwives"),
        (
            "Nurses and midwives walked out on Thursday. “We are exhausted,” they said.\n",
            "Nurses and midwives",
        ),
    ],
)
def test_they_names_a_plural_of_people_not_in_speaking_groups(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers questioned the inspectors at length. “We want answers,” they said.\n",
        "Paramedics treated the drivers at the scene. “Both were lucky,” they said.\n",
        "Engineers briefed the councillors on Monday. “The bridge is safe,” they said.\n",
        "Police gave the families their keys back. “The flats are safe,” they said.\n",
        "Detectives told the families nothing. “The inquiry is at an early stage,” they said.\n",
    ],
)
def test_a_rival_plural_of_people_after_the_verb_keeps_they(text: str) -> None:
    assert speakers(text) == ["they"]


@pytest.mark.parametrize(
    "text",
    [
        "The results were clear. “We will not wait,” they said.\n",
        "The documents were released on Monday. “We had no choice,” they said.\n",
        "The events drew large crowds all week. “We had no choice,” they said.\n",
        "The main drivers of the rise were fuel and rent. “We saw it coming,” they said.\n",
        "The coaches arrived two hours late. “We had no choice,” they said.\n",
    ],
)
def test_a_plural_of_things_is_no_they(text: str) -> None:
    assert speakers(text) == ["they"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials examined the documents. “We stand by every word,” they said.\n", "Officials"),
        ("Officials said the plan represents a risk to the town. “We will act,” they said.\n", "Officials"),
        ("Officials noted several incidents at the port. “We will act,” they said.\n", "Officials"),
        ("Inspectors closed the restaurants in May. “The risk was too high,” they said.\n", "Inspectors"),
    ],
)
def test_things_and_verbs_after_the_verb_are_no_rivals(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We were never asked,” said women at the rally.\n", "women"),
        ("“The roof leaks,” said clergy at the cathedral.\n", "clergy"),
        ("Dockers on the pier shouted “Shame!” at the passing minister.\n", "Dockers on the pier"),
    ],
)
def test_plurals_of_people_speak_in_other_shapes(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_one_home_for_the_word_class() -> None:
    # the rival test and the centering subject read the same words as people
    for word in ("farmers", "police", "staff", "senators", "critics", "officers", "clergy"):
        assert people_plural(word)
        assert person_like(word)
    for word in ("documents", "results", "union", "events", "represents"):
        assert not people_plural(word)
    assert not person_like("events")
    assert person_like("pharmacists")  # an agent ending, for a subject only
