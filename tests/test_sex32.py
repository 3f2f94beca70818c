"""A person's sex read from the text where no list of first names knows it: a reflexive in
the person's own clause, and not an object pronoun of the person's own verb; and the subject
of a sentence opening on a participle phrase is a person, not the phrase's agent. Invented
passages; see resolution.own_pronoun, resolution.object_form, resolution.after_participle."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# "Okoro found himself alone": a reflexive in its clause stands for that clause's subject.
REFLEXIVE = [
    (  # a past tense, the pronoun of the other sex goes to the one left
        "Sami Okoro and Anouk Brel met at dawn. Okoro found himself alone by noon. “I waited for hours,” she said.",
        "I waited for hours",
        "Anouk Brel",
    ),
    (  # a perfect with an adverb, a woman
        "Ilke Varo and Renn Osku ran the stall together. Varo has often described herself as shy. "
        "“I do the talking,” he said.",
        "I do the talking",
        "Renn Osku",
    ),
    (  # a present tense, another cue verb, the reflexive after an object
        "Kesi Ombe shares the shop with Lior Maas. Ombe blames herself for the losses. "
        "“We should have closed sooner,” he added.",
        "We should have closed sooner",
        "Lior Maas",
    ),
]

REFLEXIVE_NEIGHBOURS = [
    (  # the reflexive is in a clause with another subject: it tells nothing of the first
        "Sami Okoro and Anouk Brel met at dawn. Okoro said that the guard had hurt himself. "
        "“I waited for hours,” he said.",
        "I waited for hours",
        "Okoro",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REFLEXIVE + REFLEXIVE_NEIGHBOURS)
def test_reflexive_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Abara gave her the keys": an object pronoun of the subject's own verb is someone else.
OBJECT_PRONOUN = [
    (  # an object before a determiner
        "Wren Abara gave her the keys. “It was a bad day,” he said.",
        "It was a bad day",
        "Wren Abara",
    ),
    (  # an object before a preposition, another cue verb
        "Yuki Sorn thanked her for the help. “We did our best,” he added.",
        "We did our best",
        "Yuki Sorn",
    ),
    (  # an object before an adverb, a woman
        "Temi Rask met him briefly. “The talks were short,” she said.",
        "The talks were short",
        "Temi Rask",
    ),
]

OBJECT_NEIGHBOURS = [
    (  # a possessive before its noun still tells the subject's sex
        "Kesi Ombe sold her farm last year. Ombe later met Lior Maas. “Prices have doubled,” he said.",
        "Prices have doubled",
        "Lior Maas",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OBJECT_PRONOUN + OBJECT_NEIGHBOURS)
def test_object_pronoun_tells_nothing(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Questioned by Okafor, …, Fujisawa said": the main clause's subject, not the phrase's agent.
PARTICIPLE_OPENING = [
    (  # an agent with a role set off, a topic after it
        "Questioned by Ada Okafor, the mayor, about the delay, Fujisawa said the line was short of "
        "staff. “We are doing all we can,” he said.",
        "We are doing all we can",
        "Fujisawa",
    ),
    (  # an agent with a title, a woman
        "Asked by Mayor Tane about the cuts, Brandt said the money was gone. “We spent it on roads,” she said.",
        "We spent it on roads",
        "Brandt",
    ),
    (  # no agent named
        "Asked about the cuts, Brandt said the money was gone. “We spent it on roads,” she said.",
        "We spent it on roads",
        "Brandt",
    ),
    (  # a time and a topic inside the phrase
        "Interviewed by Kesi Ombe on Sunday about the fire, Maas said the alarms had failed. "
        "“Nobody heard a thing,” he said.",
        "Nobody heard a thing",
        "Maas",
    ),
]

PARTICIPLE_NEIGHBOURS = [
    (  # a name opening on "-ing" is a subject of its own: no participle phrase
        "Kiri Tane met the press. “We will appeal,” she said.",
        "We will appeal",
        "Kiri Tane",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARTICIPLE_OPENING + PARTICIPLE_NEIGHBOURS)
def test_participle_opening_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
