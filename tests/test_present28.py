"""Session 28 (branch s28-train): a present verb in "-s" after a singular subject is a verb.

Present-tense narration ("Holm asks voters as a plumber walks in front of her, saying …")
was read with the verb inside the subject's noun phrase, as if "plumber walks" were one
compound noun: the "as" clause never opened, so a participle after it went to the main
clause's subject, and a subject mention took the verb along ("a guard stands"). A word in
"-s" after a singular subject (a name, or an article and a common noun not in "-s") and
before a word no noun compound goes on with (a preposition, an article, an object pronoun)
is the subject's verb. Not a plural head ("the walks in the park"), not a name after an
article ("the Harry Potter books for fun").
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # "as", a description
            "Holm asks voters as a plumber walks in front of her, saying he is “here to fix the"
            " seven holes in your wall.”",
            "a plumber",
        ),
        (  # a name, a main clause with a present verb of its own
            "Holm keeps reading as Ana Ruiz walks to the stage, insisting the report is “not my work.”",
            "Ana Ruiz",
        ),
        (  # "while", another cue verb
            "The principal nods while the teacher turns to the class, promising that “we will"
            " finish the book by Friday.”",
            "the teacher",
        ),
        (  # a coordinate clause with a named subject
            "The vote is close, and Ana Ruiz steps to the microphone, saying “we are not finished yet.”",
            "Ana Ruiz",
        ),
        (  # an aside-free question cue
            "The minister smiles as a reporter leans toward her, asking, “Is it true about the budget?”",
            "a reporter",
        ),
    ],
)
def test_a_present_verb_opens_its_subjects_clause(text: str, who: str) -> None:
    assert speakers(text) == [who]
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Holm praises the nature walks in the park, calling them “a gift to the town.”",
        "Holm reads the Harry Potter books for fun, calling them “a gift to any child.”",
        "Holm praises the crew as the ferry docks, calling the crossing “a gift to the town.”",
        "Holm walks to work and praises the crossing, calling it “a gift to the town.”",
    ],
)
def test_the_main_subject_keeps_its_participle(text: str) -> None:
    assert speakers(text) == ["Holm"]
