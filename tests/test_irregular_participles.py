"""One list of irregular past participles (lexicon.IRREGULAR_PARTICIPLES) serves the
fronted-phrase test, the reduced relative, the perception passive and the passive test.
Before the lists were merged the reduced relative knew only ten irregular participles, so
"The tenants driven from the block insisted, “…”" gave the whole clause as the speaker and
"The sailors left on the dock shouted, “…”" gave none. Neighbours: the same words as finite
past verbs keep their subject as the speaker. Run through the real extractor on invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention, only_quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The tenants driven from the block insisted, “We paid our rent.”\n", "The tenants"),
        ("The pupils taught by Ms Quist wrote, “She changed our lives.”\n", "The pupils"),
        ("The sailors left on the dock shouted, “Bring us home.”\n", "The sailors"),
        ("The men hurt in the blast said, “We saw nothing.”\n", "The men"),
        ("The families brought to the shelter said, “Nobody came for us.”\n", "The families"),
    ],
)
def test_an_irregular_participle_after_the_subject_opens_a_reduced_relative(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The unions led the march and said, “We will not stop.”\n", "The unions"),
        ("The sailors left the dock and shouted, “Bring us home.”\n", "The sailors"),
        ("The guards caught the thief and said, “He ran fast.”\n", "The guards"),
        ("The pupils taught the class themselves and said, “It was fun.”\n", "The pupils"),
    ],
)
def test_the_same_word_as_a_past_verb_keeps_its_subject(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker
