"""A sentence-opening preposition's capitalised object with no comma is no part of the
speaker's name after it ("In Dunmore Keel said"): a month is the object, a first name or a
title starts the name, and a one-word name after a one-word place stands alone. Run through
the real extractor on invented news."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In March Voss said the levy was “a trap.”", "Voss"),
        ("In November Pruell told the panel the levy was “a trap.”", "Pruell"),
        ("During October Ines Marlow said the ferry plan was “doomed.”", "Ines Marlow"),
        ("In August Mayor Tobin Quayle said the bridge was “safe.”", "Tobin Quayle"),
    ],
)
def test_a_month_after_an_opening_preposition_is_its_object(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Dunmore Ann Voss said the levy was “a trap.”", "Ann Voss"),
        ("In New Fenland Mark Pruell said the levy was “a trap.”", "Mark Pruell"),
        ("At the Harbour Hall Emily Quayle told reporters the plan was “dead.”", "Emily Quayle"),
        ("On Bluesky Senator Ines Marlow wrote that the vote was “rigged.”", "Ines Marlow"),
        ("In Port Elizabeth Ann Voss said the strike was “over.”", "Ann Voss"),
    ],
)
def test_a_first_name_or_a_title_starts_the_name_after_the_place(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Dunmore Voss said the levy was “a trap.”", "Voss"),
        ("In Los Pinos Pruell said the dam was “cracked.”", "Pruell"),
        ("On Mastodon Quayle called the ruling “a farce.”", "Quayle"),
        ("From Lisbon Marlow told reporters the talks were “over.”", "Marlow"),
        ("At the Harbour Commission Fenland said the tariff was “unfair.”", "Fenland"),
        ("Tolls rose. In Dunmore Voss said the rise was “a scandal.”", "Voss"),
    ],
)
def test_a_one_word_name_after_the_place_stands_alone(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Via Rail said the delay was “regrettable.”", "Via Rail"),
        ("Via Rail Canada said the delay was “regrettable.”", "Via Rail Canada"),
        ("Across the Pond Media said the story was “false.”", "Across the Pond Media"),
        ("Doctors Without Borders said the clinic was “full.”", "Doctors Without Borders"),
        ("At Camp Dunmore Voss said the summit was “useful.”", "Voss"),
        ("After Ann Voss spoke, Lee said the plan was “sound.”", "Lee"),
        ("With Voss gone, Lee said the plan was “sound.”", "Lee"),
        ("In Dunmore, Voss said the levy was “a trap.”", "Voss"),
        ("On Monday Voss said the levy was “a trap.”", "Voss"),
        ("In Dunmore the minister said the levy was “a trap.”", "the minister"),
    ],
)
def test_neighbours_keep_their_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Under Armour said the results were “strong.”",
        "In Ann Voss's view, the deal was “dead.”",
        "For Voss the plan was “a gamble.”",
    ],
)
def test_neighbours_with_no_cue_name_no_one(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("In Fenland Tilda Roos said the count was “clean.”", "Roos"),
        ("In Kansas City Voss said the count was “clean.”", "Voss"),
        ("In London Voss has said the talks were “useless.”", "Voss"),
    ],
)
def test_an_object_of_unknown_length_is_not_guessed_at(text: str, surname: str) -> None:
    """With no first name or title to split at, two words left could be a place's tail or a
    full name: the run is not cut at a guess (today it keeps the place, a known limit), but
    whatever is reported ends with the speaker's own surname."""
    (who,) = speakers(text)
    assert who is not None and who.endswith(surname)


@pytest.mark.parametrize(
    "text",
    [
        "Over the Moon Foods said sales were “up.”",
        "With Honor Action said the vote was “historic.”",
        "Under Armour Canada said the results were “strong.”",
    ],
)
def test_a_name_opened_by_a_preposition_is_not_cut_to_its_last_word(text: str) -> None:
    (who,) = speakers(text)
    assert who is not None and " " in who


@pytest.mark.parametrize(
    "text",
    [
        "In Cape Alma Voss said the pier was “closed for the winter.”",
        "In Saint Louis Voss said the pier was “closed for the winter.”",
        "At Cape Henry Voss told the crew the pier was “closed.”",
    ],
)
def test_a_place_opened_by_saint_or_cape_is_not_cut_at_its_given_name(text: str) -> None:
    # review 20f: "Cape Elizabeth", "Saint Paul" are places; their second word is no first name
    assert speakers(text) == ["Voss"]
