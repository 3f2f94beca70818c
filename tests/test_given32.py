"""Given names of many origins (session 32).

The given-name lists decide the sex a he/she agrees with, where a person's name opens after
a place, and whether a capitalised run is a person or a business. Ordinary names from the
English-speaking countries and from Spanish, French, German, Dutch, Scandinavian, Italian,
Slavic, Greek, Turkish, Arabic, Persian, Hebrew, South Asian, African and East Asian use are
listed; names that are common words, months, places or acronyms are left out, and names whose
sex differs between people or languages ("Jamie", "Kehinde") mark a person but give no sex.
"""

from __future__ import annotations

import pytest

from quotecheck.extract import lexicon as lx
from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker or ""


# ---- he/she agrees with the sex a newly listed given name gives ----
AGREEMENT = [
    (
        "Among those at the meeting were Zeynep Ostrander and Emre Varga.\n\n"
        "“The numbers are wrong,” she said.",
        "The numbers are wrong",
        "Zeynep Ostrander",
    ),
    (
        "Connor Halvorsen, the mill's owner, met Megan Pellworth at the depot on Tuesday.\n\n"
        "“We will not sell the yard,” she said.",
        "We will not sell the yard",
        "Megan Pellworth",
    ),
    (
        "Graciela Yardley hired Rodolfo Strathmore in 2019.\n\n"
        "He resigned a year later. “I was never paid on time,” she said.",
        "I was never paid on time",
        "Graciela Yardley",
    ),
    (
        "Yoav Thornbury sued Yael Bellhaven last year over the fence.\n\n“She owes me money,” he told reporters.",
        "She owes me money",
        "Yoav Thornbury",
    ),
    (
        "Siobhan Quenby, the union's lawyer, cross-examined Rhys Tambling for an hour on Tuesday.\n\n"
        "“I answered every question,” she said later.",
        "I answered every question",
        "Siobhan Quenby",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), AGREEMENT)
def test_pronoun_agrees_with_listed_name(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


# ---- a listed given name opens the person's name after a place that opens the sentence ----
OPENING = [
    ("In Marrowby Oksana Roskilde said: “The levy stays where it is.”", "The levy stays", "Oksana Roskilde"),
    (
        "In Castlebay Rhys Tambling told the meeting, “We will rebuild the pier.”",
        "We will rebuild the pier",
        "Rhys Tambling",
    ),
    (
        "In Castlebay Kehinde Quenby told the meeting, “We will rebuild the pier.”",
        "We will rebuild the pier",
        "Kehinde Quenby",
    ),
    (
        "In Lower Wendling Guillaume Achterberg warned: “The bridge will not last the winter.”",
        "The bridge will not last the winter",
        "Guillaume Achterberg",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), OPENING)
def test_listed_name_opens_person_after_place(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


# ---- a business named after a man is no "she" ----
def test_business_named_for_a_man_is_not_she() -> None:
    text = (
        "Rhys Tambling Haulage lost the contract to a rival, according to Aoife Quenby.\n\n"
        "“The bid was too high,” she said."
    )
    assert speaker_of(text, "The bid was too high") == "Aoife Quenby"


# ---- neighbours: a listed name that is also a surname, a place or a company's first word ----
NEIGHBOURS = [
    (
        "Senator Ruth Graham chaired the panel with Tom Beckford beside her.\n\n“We need answers,” Graham said.",
        "We need answers",
        "Ruth Graham",
    ),
    (
        "Eugene police arrested two men on Sunday, said Karen Lund, a department spokeswoman.\n\n"
        "“They were armed,” she said.",
        "They were armed",
        "Karen Lund",
    ),
    (
        "“We will appeal the ruling,” Harvey Logistics said in a statement.",
        "We will appeal the ruling",
        "Harvey Logistics",
    ),
    (
        "Connor Halvorsen said on Friday he met Jamie Voss this week. He called the meeting “useful.”",
        "useful",
        "Connor Halvorsen",
    ),
    (
        "Clayton Homes, the builder, declined to comment, but Maria Tusk did not.\n\n“They cut corners,” she said.",
        "They cut corners",
        "Maria Tusk",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), NEIGHBOURS)
def test_neighbours(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_lists_leave_out_words_and_mixed_names() -> None:
    assert not lx.MALE_FIRST & lx.FEMALE_FIRST
    assert not lx.UNSEXED_FIRST & (lx.MALE_FIRST | lx.FEMALE_FIRST)
    for word in ("may", "june", "april", "august", "hope", "dawn", "summer", "said", "jan", "sami", "ira"):
        assert word not in lx.MALE_FIRST | lx.FEMALE_FIRST | lx.UNSEXED_FIRST, word
    for name in ("liam", "connor", "stuart", "graham", "rhys", "megan", "siobhan", "zeynep", "oksana"):
        assert name in lx.MALE_FIRST | lx.FEMALE_FIRST, name
