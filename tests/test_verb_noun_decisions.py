"""grammar asks one verb question (finite_at) and one noun question (noun_at) wherever it must
tell a verb from a noun spelled like one. These shapes run through both: a cue noun after a
verb ("made claims") inside a relative clause, a name modifying nouns before the verb ("the
Venn campaign support staff rejected"), a participle phrase before the main verb, and a
noun with an infinitive before a set-off cue."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun of speech after a verb is its object: the relative clause ends before "say"
        ("Critics who made claims about the port say it is “broke.”", "Critics"),
        ("Riders who filed complaints about the fares say the service is “a joke.”", "Riders"),
        ("Skippers who posted warnings about the storm say the harbour is “unsafe.”", "Skippers"),
        ("Residents who voiced concerns about the bridge say it is “crumbling.”", "Residents"),
        # neighbour: the cue word is the relative clause's own verb, the subject is the same
        ("Critics who claim the port is broke say it is “a sinking ship.”", "Critics"),
    ],
)
def test_a_cue_noun_after_a_verb_does_not_end_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Venn campaign support staff rejected the memo as “fiction.”",
            "The Venn campaign support staff",
        ),
        (
            "The Arlo harbour press office rejected the figures as “invented.”",
            "The Arlo harbour press office",
        ),
        ("The Quist campaign field team dismissed the poll as “noise.”", "The Quist campaign field team"),
    ],
)
def test_nouns_after_a_name_run_on_to_the_verb(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The pilots asked to comment said the channel is “too shallow.”", "The pilots"),
        ("The ferry crews asked about the delay said the engines were “worn out.”", "The ferry crews"),
        ("Dockers questioned by the inquiry said the cranes were “never tested.”", "Dockers"),
        ("His push to cut fees, Nia Holt said, was “reckless.”", "Nia Holt"),
        ("Her bid to raise tolls, Ori Venn said, was “a mistake.”", "Ori Venn"),
    ],
)
def test_a_participle_or_infinitive_before_the_verb_is_no_verb_of_its_own(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
