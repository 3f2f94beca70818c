"""A trade's word ending a name beats a given name opening it (session 32, mending the wider
given-name lists).

"Stanley Transport", "Howard Logistics", "Rita Freight": a capitalised name whose last word is
a trade's (see lexicon.TRADE_HEADS) is a business, an "it", even when its first word is a
listed given name; it gives no sex, so a he/she after it is still the person named before.
A head that is also a surname ("Grace Mills") and a name with a person's evidence (a title, a
person's role beside it) stay a person's. Given names whose sex differs by language ("Jo",
"Rene", "Omer", "Noa") mark a person but give no sex.
"""

from __future__ import annotations

import pytest

from quotecheck.extract import lexicon as lx
from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker or ""


# ---- "it" after a business named "<given name> <trade word>" ----
IT_AFTER_TRADE = [
    (
        "Stanley Transport, a family firm in Dunmarrow, said it would cut 80 jobs.\n\n"
        "“We have no orders,” it said.",
        "We have no orders",
        "Stanley Transport",
    ),
    (
        "Howard Logistics reported that profits had fallen by a third.\n\n"
        "“Demand was weak across the region,” it said in a statement.",
        "Demand was weak across the region",
        "Howard Logistics",
    ),
    (
        "Rita Freight, which runs forty lorries, says it will close its depot.\n\n"
        "“The lease has ended,” it says.",
        "The lease has ended",
        "Rita Freight",
    ),
    (
        "Gilbert Homes, a building firm in Carrowfield, announced on Monday that it had won the contract.\n\n"
        "“This is good news for the town,” it added.",
        "This is good news for the town",
        "Gilbert Homes",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), IT_AFTER_TRADE)
def test_it_stands_for_a_trade_name_opened_by_a_given_name(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# ---- a he/she after a business so named is the person named before it ----
PERSON_BEFORE_TRADE = [
    (
        "Tomas Ferreira sued Spencer Logistics last year over unpaid invoices.\n\n"
        "“They cheated us,” he said.",
        "They cheated us",
        "Tomas Ferreira",
    ),
    (
        "Ruth Okonkwo sued Tiffany Motors in March over a faulty car.\n\n"
        "“I was sold a wreck,” she told reporters.",
        "I was sold a wreck",
        "Ruth Okonkwo",
    ),
    (
        "Dara Whitcombe has sued Jocelyn Freight over a lost parcel.\n\n"
        "“Nobody answers the phone,” she says.",
        "Nobody answers the phone",
        "Dara Whitcombe",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PERSON_BEFORE_TRADE)
def test_a_trade_name_gives_no_sex(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# ---- neighbours: a person's name stays a person's ----
NEIGHBOURS = [
    (  # a head that is also a surname, after a given name: a person
        "Grace Mills, who chairs the parish council, spoke first.\n\n“We were not consulted,” she said.",
        "We were not consulted",
        "Grace Mills",
    ),
    (  # the given name alone before a cue, no trade word: a person, as before
        "Kessler hired Howard Dlamini as finance chief.\n\n“I know the numbers,” he said.",
        "I know the numbers",
        "Howard Dlamini",
    ),
    (  # a driver for the firm is the one quoted
        "Tomas Ferreira, who has driven for Stanley Transport since 2009, was laid off.\n\n"
        "“I gave them fifteen years,” he said.",
        "I gave them fifteen years",
        "Tomas Ferreira",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NEIGHBOURS)
def test_person_names_stay_people(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# ---- given names whose sex varies by language give no sex ----
@pytest.mark.parametrize("name", ["jo", "rene", "omer", "noa"])
def test_sex_varying_names_are_unsexed(name: str) -> None:
    assert name in lx.UNSEXED_FIRST
    assert name not in lx.MALE_FIRST
    assert name not in lx.FEMALE_FIRST


SEX_VARIES = [
    (
        "Ruth Okonkwo met Jo Min-seok, the team's coach, on Friday.\n\n“We are not ready,” he said.",
        "We are not ready",
        "Jo Min-seok",
    ),
    (
        "Tomas Ferreira met Rene Halvorsen, the bakery's owner.\n\n“Flour has doubled,” she said.",
        "Flour has doubled",
        "Rene Halvorsen",
    ),
    (
        "Tomas Ferreira spoke with Omer Castellane, the depot's manager, after the vote.\n\n"
        "“Nobody asked the drivers,” she said.",
        "Nobody asked the drivers",
        "Omer Castellane",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SEX_VARIES)
def test_sex_varying_name_fits_either_pronoun(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_no_given_name_is_split_by_a_line_break() -> None:
    for names in (lx.MALE_FIRST, lx.FEMALE_FIRST, lx.UNSEXED_FIRST):
        assert not [n for n in names if n.startswith("-") or n.endswith("-")]
    assert "jean-louis" in lx.MALE_FIRST
