"""Whom a he/she cue stands for in a shape of session 25 (branch s25-centre): a pronoun
chain ("Asked if she was nervous, she laughed. “…,” she said": the sentence before has the
same pronoun for subject, so the cue continues it back to the subject it stands for, past a
person named in an object or an aside). Each shape with variations
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
