"""Descriptions that stand for a speaker (s24-desc): an origin or a party used as a noun ("the
Serbian", "a Utah Republican"), an age ("the 57-year-old"), a role given in an appositive
("Its head of sales, Ann Lee,", "Tom Hale, the mayor,"), a counted speaker with a name set
off after it ("One, Ann Lee of Acme, said"). Invented news text, run through the extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. an origin or a party noun after a determiner is a description of a person -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # resolved to the one person the article describes with that word
        (
            "Mirela Kostic, a Serbian, beat Ana Lind in three sets. Lind wept. “I stayed calm,” the Serbian said.",
            "Mirela Kostic",
        ),
        (
            "Norwegian Tove Aasen and Ana Lind led after the first lap. “The snow was quick,” said the Norwegian.",
            "Tove Aasen",
        ),
        (
            "Ed Marsh, a Utah Republican, and Ann Lee, a Democrat, met on Friday. "
            "“We found common ground,” the Utah Republican told reporters.",
            "Ed Marsh",
        ),
    ],
)
def test_an_origin_noun_resolves_to_the_person_so_described(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # several people and none described so: the description, never the bare adjective
        (
            "Ana Lind beat Tove Aasen on Sunday. “I was tired,” the Serbian said.",
            "the Serbian",
        ),
        (
            "Officials met on Friday. “Hardly a win,” a New Hampshire Republican said.",
            "a New Hampshire Republican",
        ),
        ("“It is a long race,” said one Iowa Democrat, who asked not to be named.", "one Iowa Democrat"),
        # a person given another origin is not the one
        ("Ana Lind, a Swede, won on Sunday. “I was tired,” the Norwegian said.", "the Norwegian"),
    ],
)
def test_an_origin_noun_stays_a_description(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_newspaper_or_a_body_after_the_is_still_its_name() -> None:
    # the neighbour: a capitalised head that is no origin noun is the body it names
    assert speakers("The Gazette asked for comment. “We stand by the story,” the Gazette said.") == [
        "Gazette"
    ]
    assert speakers("“We are proud,” said the American Rowing Association.") == [
        "American Rowing Association"
    ]


# 2. an age as a description ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hal Brook, 57, and Ann Brook, 55, run the shop. “I am not leaving,” the 57-year-old said.",
            "Hal Brook",
        ),
        (
            "Hal Brook, 57, and Ann Brook, 55, run the shop. “I am not leaving,” the 55-year-old said.",
            "Ann Brook",
        ),
        (
            "Ann Brook, 55, met 57-year-old Hal Brook at the shop. “We stay,” said the 57-year-old, a baker.",
            "Hal Brook",
        ),
    ],
)
def test_an_age_resolves_to_the_person_given_it(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two people, neither given that age
        "Hal Brook met Ann Ruiz at the shop. “I am not leaving,” the 57-year-old said.",
        # the only person named was given another age
        "Hal Brook, 41, ran the shop. “I am not leaving,” the 57-year-old said.",
    ],
)
def test_an_age_no_one_fits_stays_the_description(text: str) -> None:
    assert speakers(text)[-1] == "the 57-year-old"


# 3. a role given in an appositive is the person's ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The firm did not comment. Its head of communications, Lionel Baptiste, said: “We will review it.” "
            "Ann Ruiz disagreed. Later the head of communications added: “No more.”",
            "Lionel Baptiste",
        ),
        (
            "The agency's head of research, Ida Marsh, declined to comment. Tom Ruiz was angry. "
            "“We will respond,” the head of research wrote on Friday.",
            "Ida Marsh",
        ),
        (
            "Tom Hale, the mayor, opened the fair with Ann Ruiz. “It is a fine day,” the mayor said.",
            "Tom Hale",
        ),
        # the role before a name that is itself a quote's speaker
        (
            "Its head of planning, Nora Quist, said: “We will look again.” Tom Ruiz objected. "
            "“No more delays,” the head of planning added.",
            "Nora Quist",
        ),
        (
            "Ruth Obi, the chief executive of Harbour Mills, met Tom Ruiz. “Sales are up,” the chief executive said.",
            "Ruth Obi",
        ),
    ],
)
def test_a_role_set_off_by_commas_is_the_persons(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_role_inside_a_clause_is_not_given_to_the_name_after_it() -> None:
    # the neighbour: "with the mayor, Tom Hale …" does not make Hale the mayor
    text = "After a meeting with the mayor, Tom Hale left with Ann Ruiz. “It is a fine day,” the mayor said."
    assert speakers(text)[-1] == "the mayor"


# 4. "One, NAME, said": the name set off after a counted speaker ------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Investors were wary. One, Howard Bleecker of Northgate Ventures, said: “The price is too high.”",
            "Howard Bleecker",
        ),
        (
            "Investors were wary. “The price is too high,” one, Howard Bleecker of Northgate Ventures, said.",
            "Howard Bleecker",
        ),
        ("Two fans spoke. Another, Ruth Quayle from Dunmore, had said: “We were robbed.”", "Ruth Quayle"),
        ("“We were robbed,” another, Ruth Quayle, told reporters.", "Ruth Quayle"),
    ],
)
def test_a_name_set_off_after_one_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_one_without_a_name_stays_one() -> None:
    # the neighbour: no name set off after it
    assert (
        speakers("Investors were wary. One, visibly angry, said: “The price is too high.”")[-1] != "visibly"
    )


# 5. the name a described person gives ("gave his name only as Marco") ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We waited for hours,” said a man who gave his name only as Marco.", "Marco"),
        ("“We waited for hours,” said one driver, who gave his name only as Marco.", "Marco"),
        ("A woman who would give only her first name, Teresa, said: “We have no water.”", "Teresa"),
        ("A nurse identified only as Odile told the inquiry: “We had no beds.”", "Odile"),
        ("“Nobody came,” a farmer known only as Mehmet recalled.", "Mehmet"),
    ],
)
def test_the_name_a_described_speaker_gives_is_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the neighbours: what follows "as" is no name, or names someone else first
        ("“We waited for hours,” said a man who described himself as a Catholic.", "a man"),
        ("“Nobody came,” said a farmer who named Ivo Brandt as the culprit.", "a farmer"),
        # a plural: the name given is the group's, not a person's
        (
            "Fans of the old club, also known as Harbour Rovers, said: “We are back.”",
            "Fans of the old club",
        ),
    ],
)
def test_a_clause_naming_no_name_of_the_speaker_keeps_the_description(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 6. the name in the next sentence: no one named earlier is guessed -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sam Tull scored twice. “We were poor,” the 61-year-old said. Rupert Vale, 61, has led the club since 2019.",
        "Sam Tull scored twice. “We were poor,” the Welshman said. Rupert Vale, who has led the club since 2019, was angry.",
        "Sam Tull scored twice. The club lost. “We were poor,” the chairman said. Rupert Vale, who took over in May, was calm.",
    ],
)
def test_a_description_before_a_new_name_is_not_the_earlier_person(text: str) -> None:
    assert speakers(text)[-1] != "Sam Tull"


def test_a_name_given_in_the_sentences_object_is_not_the_subjects() -> None:
    # the neighbour: the naming participle belongs to the object after the sentence's verb
    text = "The report describes a guard, identified only as Bram, who “left the gate open” that night."
    assert speakers(text)[-1] != "Bram"
