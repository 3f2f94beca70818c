"""Reproducers of review 19d (fourth round on session 19's rules), run through the real
extractor on invented news sentences:

1. a causing verb set off by commas is passive only when no object follows it ("Keel,
   forced out, went on to call"); with an object and an appositive it is active ("The
   delays, however, forced Keel, a novice, to call"), so the object speaks;
2. a partial quote finishing the sentence after a report is nobody's when that sentence is
   about someone else (a family, a pair, a boss): the rule that gave such quotes to the
   reporter was withdrawn after reviews 19 to 19d found wrong speakers in each version.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention, only_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The delays, however, forced Keel, a novice, to call the plan “a disaster.”\n", "Keel"),
        ("The delays, however, forced the mayor, a novice, to call the plan “a disaster.”\n", "the mayor"),
        ("Rain, again, drove Ana Keel, the chair, to call the plan “a fiasco.”\n", "Ana Keel"),
    ],
)
def test_causing_verb_with_object_and_appositive_is_active(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Keel, forced out, went on to call the plan “a disaster.”\n",
        "Keel, forced from office, went on to call the plan “a disaster.”\n",
        "Keel, forced to resign, went on to call the plan “a disaster.”\n",
    ],
)
def test_causing_participle_without_object_is_passive(text: str) -> None:
    """Neighbours: no object before the phrase's comma, so its subject Keel speaks."""
    assert only_quote(text).speaker == "Keel"


@pytest.mark.parametrize(
    "text",
    [
        "Keel said the pier is shut. The Ruiz family stays because “the council has no money left.”\n",
        "Keel said the pier is shut. Quist and Lee stay because “the council has no money left.”\n",
        "Keel said the pier is shut. Her boss keeps it shut because “the council has no money left.”\n",
    ],
)
def test_finishing_clause_about_someone_else_is_nobodys(text: str) -> None:
    assert only_quote(text).speaker is None
