"""Regressions a third session-31 sweep found after the served-phrase and pronoun merges.

1. A name set off after an indefinite holder tied by "for"/"to" to one person's role
   ("said a spokeswoman for the mayor, Ann Lee") names the one served, in US newspaper
   style: the speaker stays the whole description. A body served ("for the embassy, X"), a
   household ("for the family, X"), a definite holder ("the lawyer for the defendant, X")
   or a name served leave the set-off name the speaker's.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words_in: str) -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


# ---- 1. a name set off after "a <role> for the <office holder>" is the one served ----
SERVED_OFFICE = [
    (
        "“The council has the report,” said a spokeswoman for the mayor, Ilse Varga.",
        "has the report",
        "a spokeswoman for the mayor",
    ),
    (
        "“She had no part in it,” said an adviser to the finance minister, Rui Tavora, on Monday.",
        "no part in it",
        "an adviser to the finance minister",
    ),
    (
        "“My client will be cleared,” said a lawyer for the former governor, Tomas Eklund, in a statement.",
        "will be cleared",
        "a lawyer for the former governor",
    ),
    (
        "“The trip is off,” said a representative for the actress, Mira Holt.",
        "trip is off",
        "a representative for the actress",
    ),
    (
        "“The talks went well,” an aide to the prime minister, Oskar Lind, said Thursday.",
        "talks went well",
        "an aide to the prime minister",
    ),
]


@pytest.mark.parametrize(("text", "words_in", "speaker"), SERVED_OFFICE)
def test_name_after_served_office_is_the_one_served(text: str, words_in: str, speaker: str) -> None:
    assert speaker_of(text, words_in) == speaker


SERVED_NEIGHBOURS = [
    (
        "“The consul has gone home,” said a spokesperson for the embassy, Ilse Varga.",
        "consul has gone home",
        "Ilse Varga",
    ),
    (
        "“We want an inquiry,” said a lawyer for the family, Rui Tavora.",
        "want an inquiry",
        "Rui Tavora",
    ),
    (
        "“The mill is safe,” said a spokeswoman for the fire department, Mira Holt.",
        "mill is safe",
        "Mira Holt",
    ),
    (
        "“My client will testify,” said the lawyer for the accused, Tomas Eklund.",
        "client will testify",
        "Tomas Eklund",
    ),
]


@pytest.mark.parametrize(("text", "words_in", "speaker"), SERVED_NEIGHBOURS)
def test_name_after_body_household_or_definite_holder_speaks(text: str, words_in: str, speaker: str) -> None:
    assert speaker_of(text, words_in) == speaker
