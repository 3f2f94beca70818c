"""Review 31 shapes: a comma-less "whose" clause inside a description, and a "whether"
question, whose own subject speaks for neither the participle nor the verb after it."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Lund, the senator whose parents fled the island in 1960, called the deal “a betrayal.”",
            "Ivo Lund",
        ),
        (
            "Mara Finch, the teacher whose students walked out on Monday, told reporters the strike was “overdue.”",
            "Mara Finch",
        ),
        ("Ivo Lund, a senator whose voters fled the coast, says the deal is “a betrayal.”", "Ivo Lund"),
        ("The senator whose parents fled the island said the deal was “a betrayal.”", "The senator"),
        ("Cara Vos, a lawyer whose aides wrote the bill, had said it was “airtight.”", "Cara Vos"),
    ],
)
def test_a_whose_clause_in_a_description_is_not_the_subject(text: str, speaker: str) -> None:
    """ "the senator whose parents fled …, called": the noun after "whose" is the relative
    clause's subject, and the main verb after the clause is the description's."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ivo Lund, the senator whose aides said the bill was “dead,” left early.", "aides"),
        ("Cara Vos asked whose idea it was to call the plan “a joke.”", "Cara Vos"),
    ],
)
def test_a_whose_clause_with_its_own_cue_keeps_its_words(text: str, speaker: str) -> None:
    """Neighbours: a verb of speech inside the "whose" clause is its subject's; "asked whose"
    after a verb is a question, not a relative clause."""
    assert speakers(text) == [speaker]
