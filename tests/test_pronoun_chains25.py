"""Whom a he/she cue stands for in two shapes of session 25 (branch s25-centre): a pronoun
chain ("Asked if she was nervous, she laughed. “…,” she said": the sentence before has the
same pronoun for subject, so the cue continues it back to the subject it stands for, past a
person named in an object or an aside), and a medium after "on" ("speaking on Radio
Albion", "a programme on Channel Nine"), which is no he or she. Each shape with variations
and neighbours that must keep their speaker. Invented news text through the real
extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a pronoun chain continues the subject ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Collingwood will face the top seed, Li Xiaoyun of China, on Thursday. Asked whether she "
            "was nervous, she laughed. “Ask me on Thursday,” she said.",
            "Collingwood",
        ),
        # a role for the object, a bare pronoun sentence, present perfect
        (
            "Orla Venn has drawn the world number two, Dasha Koval, in round one. She shrugged. "
            "“I feel fresh,” she said.",
            "Orla Venn",
        ),
        # "he", a verb of saying in the chain sentence, another cue verb
        (
            "Tom Hale met the new coach, Peter Lund, on Monday. He stressed that nothing had "
            "changed. “We stay the course,” he told reporters.",
            "Tom Hale",
        ),
        # a described subject with a name set off, "went on"
        (
            "Councillor Raf Dunmore criticised the planning chief, Ivo Marsh, at the meeting. He "
            "went on. “This scheme is a mess,” he said.",
            "Raf Dunmore",
        ),
        # two sentences of the chain, the first a participle clause
        (
            "Kemal Arslan will replace the striker, Jon Pettersen, for the cup tie. Asked about "
            "the pressure, he shrugged. He insisted he was ready. “I have waited for this,” he said.",
            "Kemal Arslan",
        ),
    ],
)
def test_a_pronoun_chain_continues_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a new subject in the sentence before
        (
            "Mara Collingwood will face Anna Petrova on Thursday. Then Petrova spoke. “I am ready,” she said.",
            "Anna Petrova",
        ),
        # the chain's subject is known to be a man: "she" is the woman named
        ("Tom Hale met Ann Lee on Monday. She laughed. “Ask me later,” she said.", "Ann Lee"),
        # the sentence before is closed by its reporter, set off by commas
        (
            "Ivo Marsh faced Dasha Koval in the final. He is tired, his coach, Ben Roe, said. "
            "“He needs rest,” he said.",
            "Ben Roe",
        ),
    ],
)
def test_no_chain_without_the_same_pronoun_for_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. a medium after "on" is no he or she --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Water minister Tom Hale faced questions on the drought. But speaking on the Morning "
            "Desk programme on Radio Albion, he stressed that supplies were safe. “Nobody’s tap "
            "is going to run dry,” he said.",
            "Tom Hale",
        ),
        # no one named before: the pronoun is left as written, not the station
        (
            "Speaking on Radio Albion, he stressed that supplies were safe. “Nobody’s tap is "
            "going to run dry,” he said.",
            "he",
        ),
        # a description for the speaker, "appeared on"
        (
            "The shadow minister appeared on Harbour Talk on Sunday. “We will reverse the cuts,” she said.",
            "The shadow minister",
        ),
        # a noun of a broadcast before "on", a fronted phrase
        ("In an interview on Channel Nine, he defended the plan. “It is fair,” he said.", "he"),
        # "to" and a name a body's word opens
        (
            "Talking to Channel Nine, she refused to quit. “I was elected to do this,” she said.",
            "she",
        ),
    ],
)
def test_a_medium_is_no_he_or_she(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessive person stays a person
        (
            "Ann Lee was asked about the drought. She spoke on Tom Hale’s podcast on Monday. "
            "“Nobody’s tap is going to run dry,” she said.",
            "Ann Lee",
        ),
        # the one spoken to is a listener, a person
        ("The minister spoke to Nadia Kovac on Monday. “We agreed on nothing,” she said.", "Nadia Kovac"),
        # "comment on" takes a topic, here a person who stays a she
        (
            "Reporters asked Tom Hale about the row. He declined to comment on Nadia Kovac. "
            "Kovac said later she was hurt. “I trusted him,” she said.",
            "Nadia Kovac",
        ),
    ],
)
def test_a_person_after_on_or_to_stays_a_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
