"""Mends from review 29d of the session-29 document sieves: a sentence opened by "under" and a
binding text gives way to a speaker the sentence before has speaking or set up to speak, and
the subject of a clause holding its own quote introduces a colon's quote only when that clause
runs alone to the colon (no coordinated clause, no "from"/"with" naming another, no span ending
in a possessive)."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# ---- "Under <text>," after a sentence whose person speaks or is set up to speak ----
BINDING_AFTER_SPEAKER = [
    (
        "“The deal is sound,” Ann Vesk said. Under the deal, “every pilot keeps a berth.”",
        "every pilot",
        "Vesk",
    ),
    (
        "“We waited years for this,” said the harbour master, Ann Vesk. Under the new lease, "
        "“the dock stays public.”",
        "dock stays",
        "Vesk",
    ),
    (
        "Ann Vesk praised the pact. “It works,” she says. Under the pact, “no ferry is cut.”",
        "no ferry",
        "Vesk",
    ),
    ("Ann Vesk was frank. Under the ordinance, “tenants would lose their boats.”", "tenants would", None),
    ("She was calm about it. Under the charter, “the board must meet in May.”", "board must", None),
    # neighbours: nobody in the sentence before, or the sentence is in another paragraph
    ("The meeting ran long. Under the bylaw, “a quorum is nine.”", "quorum", "bylaw"),
    (
        "“It is fair,” Ann Vesk said.\n\nUnder the contract, “the dock stays public.”",
        "dock stays",
        "contract",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), BINDING_AFTER_SPEAKER)
def test_binding_text_after_a_speaker(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


# ---- a colon after a clause holding its own quote: only a lone clause's subject speaks ----
COLON_CLAUSE = [
    (
        "The port’s “rescue plan” collapsed, and Ann Vesk was livid: “Nobody asked us.”",
        "Nobody asked",
        "Vesk",
    ),
    ("The board’s “reform” stalled, but Tom Rask is patient: “It will come.”", "It will come", "Rask"),
    ("Rask’s “apology” went down badly with Ann Vesk: “It rang hollow.”", "rang hollow", None),
    (
        "The league’s “summit” closed with a plea from Ann Vesk: “The money is gone.”",
        "money is gone",
        "Vesk",  # the plea's author (test_tail29): not the clause's subject, the league
    ),
    ("The ferry board’s “emergency” meeting ended with a vote: “Close the pier.”", "Close the pier", None),
    # neighbour: one clause with its own subject still gives that subject
    (
        "The Harbour Gazette dwells on how the “savings” would strand riders: “The town lost its heart.”",
        "lost its heart",
        "Gazette",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), COLON_CLAUSE)
def test_colon_after_a_lone_clause(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
