"""Reproducers of review 19d (fourth round on session 19's rules), run through the real
extractor on invented news sentences:

1. a causing verb set off by commas is passive unless it names a person ("Keel, forced out,
   went on to call", "Keel, pushed the wrong way, went on to"); naming one it is active ("The
   delays, however, forced Keel, a novice, to call"), so that person speaks;
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
        "Keel, forced this week from office, went on to call the plan “a disaster.”\n",
        "Keel, pushed two years ago from the cabinet, went on to call the plan “a disaster.”\n",
        "Keel, pushed the wrong way, went on to call the plan “a disaster.”\n",
        "Pushed the wrong way, Keel went on to call the plan “a disaster.”\n",
        "Forced this week from office, Keel went on to call the plan “a disaster.”\n",
    ],
)
def test_causing_participle_with_a_time_or_manner_phrase_is_passive(text: str) -> None:
    """A time or manner phrase after the participle is no person it acts on."""
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Keel", "Keel")


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Driven by anger, Keel went on to call the plan “a disaster.”\n", "Keel"),
        ("Stung by the defeat, Hale went on to call the result “a warning.”\n", "Hale"),
        (
            "Shaken by the storm, two fishermen went on to call it “the worst night in years.”\n",
            "two fishermen",
        ),
        ("Caught off guard, the mayor had gone on to describe the deal as “a surprise.”\n", "the mayor"),
    ],
)
def test_an_irregular_participle_opens_a_fronted_phrase(text: str, speaker: str) -> None:
    """ "Driven by …," like "Angered by …,": the phrase is no subject, the name after it speaks."""
    q = only_quote(text)
    assert mention(text, q) == speaker


def test_a_name_ending_like_a_participle_is_still_a_name() -> None:
    """Neighbour: "Bowden" is no participle, so it is the subject."""
    text = "Bowden of the council went on to call the plan “a disaster.”\n"
    assert only_quote(text).speaker == "Bowden"
