"""A verb's bare form opening a sentence before a surname is a given name when the two are
the sentence's subject (session 35). Invented passages and people.

Manner verbs joined the cue lexicon ("roar", "hiss", "bellow"), and a cue opening a sentence
is read as an inverted cue, not as part of a name ("Says Ann Lee: …"). An inverted cue is
finite; a bare form opening a sentence is an imperative at most, whose object no finite verb
follows. So "Roar Eide was blunt" names Roar Eide (``resolution.given_name_as_verb``): the
later "Eide" or "he" is that person."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, speakers

NAMES = [
    ("Roar Eide was blunt. “We will not sell,” said Eide.", "will not sell", "Roar Eide"),
    (  # an aside on the name, a pronoun cue
        "Roar Eide, the coach, was furious. “Shameful,” he said.",
        "Shameful",
        "Roar Eide",
    ),
    (  # another given name, a perfect
        "Hiss Marr has coached Kell for ten years. “We were poor,” Marr said.",
        "We were poor",
        "Hiss Marr",
    ),
    (  # a pair of names as the subject
        "Bellow Kane and Ada Fenn spoke. “We agree,” Kane said.",
        "We agree",
        "Bellow Kane",
    ),
    (  # the name's possessive before the subject's noun and a past
        "Roar Eide's young team played well. “We will not sell,” Eide said.",
        "will not sell",
        "Roar Eide",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMES)
def test_a_bare_verb_before_a_surname_as_subject_is_a_given_name(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_a_verb_opening_a_sentence_stays_a_verb() -> None:
    # an inverted cue is finite: the name after it is the speaker's
    assert speakers("Says Ann Lee: “We will not sell.”") == ["Ann Lee"]
    # an imperative before a name and its object, or before a possessive and its noun
    assert speakers("Ask Ann Lee about the pool. “It will reopen,” Lee said.") == ["Ann Lee"]
    assert speakers("Shout Ann Lee's name loud enough and she comes. “I always do,” Lee said.") == ["Ann Lee"]
