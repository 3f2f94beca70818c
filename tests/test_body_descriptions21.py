"""A later "the <head>" ("the board" for the Water Board) names the body again only as a
clause's subject before its verb or as a verb's object (also through a preposition right
after the verb: "wrote to the board"). After a noun's preposition ("cuts across the board",
"a seat on the board") or before anything but a verb ("the bank of the river") the noun is
another sense, so it neither makes the body an object nor a subject again. Invented news
prose through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another sense after a noun's preposition: the body keeps its role as a subject
        (
            "The Water Board froze hiring on Friday, with cuts across the board. “We have no choice,” they said.\n",
            "Water Board",
        ),
        (
            "The Grain Board raised its prices. A seat on the board costs more now. “We had to,” they said.\n",
            "Grain Board",
        ),
        (
            "The Lorne Savings Bank cut its rates on Monday in a letter to the bank's customers. "
            "“We had to,” they said.\n",
            "Lorne Savings Bank",
        ),
        (
            "Acme Corp opened a plant in Dunmore. The mayor, in the company of two aides, cut the ribbon. "
            "“We are proud,” it said.\n",
            "Acme Corp",
        ),
        # another sense before a noun: the body stays the object it was named as
        (
            "Residents sued Kestrel Bank. The bank of the river flooded again. “We want our money,” they said.\n",
            "they",
        ),
        (
            "Anglers sued the Ferry Trust. The trust deeds were lost years ago. “We want answers,” they said.\n",
            "they",
        ),
    ],
)
def test_a_head_noun_in_another_sense_is_not_the_body(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject before its verb, an adverb, a relative clause or a possessive: the body again
        (
            "Tenants sued the Water Board. The board denied any wrongdoing. “We acted lawfully,” they said.\n",
            "Water Board",
        ),
        (
            "Tenants sued the Water Board. The board quickly denied it. “We acted lawfully,” they said.\n",
            "Water Board",
        ),
        (
            "Lee sued Marlow Holdings. The firm, which owns six mills, denied it. “The claim is baseless,” they said.\n",
            "Marlow Holdings",
        ),
        (
            "Lee sued Marlow Holdings. The firm's lawyers denied it. “The claim is baseless,” they said.\n",
            "The firm's lawyers",
        ),
        # an object of a verb, or of a preposition right after it: the people speak, not the body
        (
            "The Heron Water Board said prices would rise. Tenants sued the board. “It is unfair,” they said.\n",
            "Tenants",
        ),
        (
            "The Heron Water Board said prices would rise. Tenants wrote to the board. “It is unfair,” they said.\n",
            "Tenants",
        ),
    ],
)
def test_a_description_as_subject_or_object_still_names_the_body(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
