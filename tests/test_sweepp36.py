"""Shapes found by the session-36 sweep of invented US political wire copy
(/work/coord/sweepp36). Invented passages, people and places."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# A court's or a panel's judgment reported with its that-clause: "held that", "ruled that",
# "determined that", "decided that" give the partial quote inside the clause to the subject.
JUDGED = [
    (
        "The appeals court held that the ban on street vendors “sweeps far too broadly.”",
        "sweeps far too broadly",
        "The appeals court",
    ),
    (  # another verb, a judge by name and title
        "Judge Marisol Tarrant ruled that the county had acted in “bad faith” when it closed the polls.",
        "bad faith",
        "Marisol Tarrant",
    ),
    (  # present tense, a panel, an aside before the verb
        "The ethics committee, after a six-month inquiry, determines that the trips were “plainly improper.”",
        "plainly improper",
        "The ethics committee",
    ),
    (  # another verb, a described board
        "The state elections board decided that the petitions were “riddled with forged signatures.”",
        "riddled with forged signatures",
        "The state elections board",
    ),
]

JUDGED_NEIGHBOURS = [
    (  # "held" an event: a title, not words
        "The caucus held a forum, “Water for Whom,” at the Corvin Bay library on Friday.",
        "Water for Whom",
        None,
    ),
    (  # "ruled out" a term, no clause
        "Sen. Dalia Morrow ruled out a “grand bargain” on the budget this year.",
        "grand bargain",
        None,
    ),
    (  # "determined" a figure: a term
        "The assessor determined the “fair market value” of the Ashgrove parcel.",
        "fair market value",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), JUDGED + JUDGED_NEIGHBOURS)
def test_judged_that(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
