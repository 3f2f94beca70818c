"""The person a right mention resolves to (session 33).

Four shapes where the extractor found the speaker's mention but named the wrong person:
a capitalised word before a plural of people ("Local residents gathered") read as a surname
a later "she" went to; a post given by a verb ("was appointed coach") never made the person
"the coach"; a person noun after a name's possessive ("Acme's negotiator") resolved to the
possessor; and a role after a named body's possessive never found the one given it.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker or ""


# ---- a capital word before a plural of people and a past verb is no surname ----
PEOPLE_PLURAL = [
    (
        "Maribeth Norrvik met Hiroshi Tanabe-Lowe at the depot. Local residents gathered outside.\n\n"
        "“We were given no warning at all,” she said.",
        "We were given no warning",
        "Maribeth Norrvik",
    ),
    (
        "Teodora Pailin, who chairs the board, spoke after Kwabena Sorrell. Northern farmers "
        "protested on Monday. “The figures simply do not add up,” she told reporters.",
        "figures simply do not",
        "Teodora Pailin",
    ),
    (
        "Ulrike Fenwarth, 58, had run the clinic for a decade, and Dmitri Osei had helped.\n\n"
        "Angry parents waited at the gate. “I take full responsibility,” she added.",
        "I take full responsibility",
        "Ulrike Fenwarth",
    ),
    (
        "Idunn Marlowe-Achebe met Kwasi Ferrand at the clinic. Local pharmacists complained. "
        "“The patients deserve better,” she said.",
        "The patients deserve better",
        "Idunn Marlowe-Achebe",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), PEOPLE_PLURAL)
def test_capital_before_people_plural_is_no_surname(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_neighbour_surname_before_present_verb_still_a_person() -> None:
    # a surname opening its sentence before a verb stays a person
    text = "Orla Venning met the board. Venning said little. “We will appeal,” she said."
    assert speaker_of(text, "We will appeal") == "Orla Venning"


# ---- a post given by a verb of appointing or a copula is the person's role ----
POSTS = [
    (
        "Amarachi Lindholm was appointed police commissioner in May. Tobias Wendt-Ruiz "
        "criticised the appointment.\n\n“We were given no warning,” the commissioner said.",
        "We were given no warning",
        "Amarachi Lindholm",
    ),
    (
        "Sunniva Okapara is the head teacher. Bram Colquist disagreed with her on Friday. "
        "“The school will reopen on Monday,” the head teacher told parents.",
        "The school will reopen",
        "Sunniva Okapara",
    ),
    (
        "Hollis Vantongeren was elected mayor in 2021, beating Priya Dunmore-Shah. "
        "“It is a good day for the town,” the mayor insisted.",
        "It is a good day",
        "Hollis Vantongeren",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), POSTS)
def test_post_given_by_verb_is_a_role(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_neighbour_named_in_a_suit_is_no_role() -> None:
    # "was named in" gives no post: "the mayor" is someone else
    text = (
        "Hollis Vantongeren was named in the lawsuit against the mayor. "
        "“It is a good day for the town,” the mayor said."
    )
    assert speaker_of(text, "It is a good day") != "Hollis Vantongeren"


# ---- a person noun after a name's possessive is someone else ----
OWNED = [
    ("Amara Quell met Tobias Wendtner. “We will appeal,” Wendtner's friend said.", "We will appeal"),
    (
        "Amara Quell sued Tobias Wendtner. “That claim is simply false,” Wendtner's neighbour told reporters.",
        "That claim",
    ),
    (
        "Amara Quell faced Tobias Wendtner. “Nobody told us,” Wendtner’s own negotiator added.",
        "Nobody told us",
    ),
]


@pytest.mark.parametrize(("text", "words"), OWNED)
def test_person_after_possessive_is_not_the_possessor(text: str, words: str) -> None:
    assert speaker_of(text, words) not in ("Tobias Wendtner", "Wendtner")


def test_neighbour_possessive_before_a_thing_names_the_possessor() -> None:
    text = "Amara Quell met Tobias Wendtner. “We will appeal,” Wendtner's statement said."
    assert speaker_of(text, "We will appeal") != "Amara Quell"


# ---- a role after a named body's possessive is the one given it ----
BODY_ROLES = [
    (
        "Ngozi Harrowgate, the senior negotiator for Meridian Water, sat opposite Lars Pemberly. "
        "“Our members are tired of waiting,” Meridian Water's negotiator said.",
        "Our members are tired",
        "Ngozi Harrowgate",
    ),
    (
        "Kestrel Amundsen-Obi, the Harbour Authority's chief hydrologist, spoke after Mei Tallis.\n\n"
        "“The figures simply do not add up,” the Harbour Authority's hydrologist warned.",
        "The figures simply do not",
        "Kestrel Amundsen-Obi",
    ),
    (
        "Calder Mining's senior surgeon, Yusuf Brennagh, treated Ilse Marrow on site. "
        "“I have never seen injuries like it,” Calder Mining's surgeon told the inquiry.",
        "I have never seen injuries",
        "Yusuf Brennagh",
    ),
    (
        "Teliska Varnhagen, Meridian Water's chief hydrologist, met Bram Osterlund.\n\n"
        "“We were given no warning,” Meridian Water's hydrologist added.",
        "We were given no warning",
        "Teliska Varnhagen",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), BODY_ROLES)
def test_role_after_named_body_possessive(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_neighbour_role_of_another_body_finds_no_one() -> None:
    text = (
        "Ngozi Harrowgate, the senior negotiator for Meridian Water, sat opposite Lars Pemberly. "
        "“Our members are tired of waiting,” Calder Mining's negotiator said."
    )
    assert speaker_of(text, "Our members are tired") != "Ngozi Harrowgate"
