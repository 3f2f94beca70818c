"""Shapes a regression sweep found: an adverb before the cue verb after a set-off aside."""

from __future__ import annotations

import pytest

from tests.conftest import said

# 1. The name opening the sentence, an aside set off after it (an appositive, a relative clause,
# or both), then words of the verb group before the cue verb ("finally", "later", "has since",
# "then once again"): the aside holds its own clauses, the opening name speaks. Before, only a
# cue verb right after the aside's comma was read so ("…, told the meeting").


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rhea Moss, a beekeeper, who argued the point, finally told the meeting: “The heather is early.”",
            "Rhea Moss",
        ),
        # another cue verb and an adverb of time with no "-ly"
        (
            "Rhea Moss, a beekeeper from Sallowmouth, who argued the point, later wrote to the council: "
            "“The heather is early.”",
            "Rhea Moss",
        ),
        # a perfect tense: an auxiliary and an adverb in the verb group
        (
            "Tobin Quarle, a ferryman, who has argued the point for years, has since told reporters: "
            "“The crossing is not safe.”",
            "Tobin Quarle",
        ),
        # two adverbs, and a relative clause on the appositive's own noun
        (
            "Mirela Vosk, a potter who works from a barn near Orrane, who argued the point, then once "
            "again said: “Every pot cracks in its own way.”",
            "Mirela Vosk",
        ),
        # a long relative after a restrictive one: each phrase of the aside is short, the aside is not
        (
            "Osric Thale, a novelist who lives above the harbour, who had argued for months that the "
            "figures were wrong and that the consultation had been too short, finally told the "
            "meeting on Tuesday: “The building was falling apart when we arrived.”",
            "Osric Thale",
        ),
    ],
)
def test_the_opening_name_speaks_past_an_aside_and_an_adverb(text: str, speaker: str) -> None:
    [(_, who)] = said(text)
    assert who == speaker


def test_neighbour_a_new_subject_after_the_aside_speaks() -> None:
    """Neighbour: the opening name's clause ends ("denied the claim, and …"), and a second
    subject with its own appositive has the adverb and the cue verb: not the opening name."""
    for adverb in ("later", "then", "finally"):
        text = (
            "Rhea Moss, in a letter to the council, denied the claim, and her lawyer, Ivo Brandt, "
            f"{adverb} told reporters: “The heather is early.”"
        )
        assert said(text) == [("The heather is early.", "Ivo Brandt")], adverb
