"""The participle after the object of a verb of quoting, catching or hearing is a cue of the
parse itself (``grammar.cue_here``), not one made up later by the clause that governs the
quote. So "her" before the participle, which reads also as a possessive ("her calling"),
speaks the quote as "him" does. Invented news, run through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.extract.grammar import parse
from quotecheck.extract.sentences import tokenize
from quotecheck.extract.spans import find_spans
from tests.conftest import speakers


def cue_words(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text), find_spans(text), 0)
    return [tokens[c.head].lower for c in parse(tokens).cues]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ada Pell was asked about a column that quoted her describing voters as “fools.”", "describing"),
        # another tense, a description for the object, another cue verb
        ("The bulletin quotes the harbour master saying the pier is “unsafe.”", "saying"),
        ("A tape caught her telling aides the vote was “rigged.”", "telling"),
    ],
)
def test_participle_after_quoting_verbs_object_is_a_cue(text: str, word: str) -> None:
    assert word in cue_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "A microphone caught her calling the mayor “a liar.”",
        # another tense, another verb of catching or hearing, another participle
        "Reporters heard her telling aides it was “over.”",
        "Neighbours had heard her shouting that the plan was “a scandal.”",
        "A hidden camera recorded her describing the deal as “a steal.”",
    ],
)
def test_her_before_the_participle_speaks_as_him_does(text: str) -> None:
    assert speakers(text) == ["her"]
    assert speakers(text.replace(" her ", " him ", 1)) == ["him"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: a set-off infinitive quotes words as themselves; a possessive and its noun
        ("To quote an old saying, “Slow and steady wins the race.”", [None]),
        ("Fans loved her singing of “Home.”", ["Fans"]),
    ],
)
def test_no_participle_cue_where_no_object_speaks(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who
