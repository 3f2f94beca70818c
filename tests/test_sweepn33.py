"""A "they" after a subject that is people but not a plural noun of them (session 33): a few
people named as one ("the couple", "the Holm family", "both brothers"), a family by its name in
the plural ("the Vasquezes"), two named people joined by "and", and a person the article says
goes by "they" ("who uses they/them pronouns", "is nonbinary"). Each stands for that subject;
a plural of things or a lone person with no such word keeps the reading before."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt")) if q.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The couple moved to Brenmoor in 2019. “We never expected the flood,” they said.", "The couple"),
        (
            "The Tovell family, who ran the mill for decades, lost everything. “We are starting again,” they told the Courier.",
            "The Tovell family",
        ),
        ("The band returned to Skelby on Sunday. They said: “The music always comes first.”", "The band"),
        ("The twins were evicted last month. “We did nothing wrong,” they added.", "The twins"),
    ],
)
def test_people_as_one(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Marrows returned to Skelby on Sunday. “We are home at last,” they said.", "The Marrows"),
        (
            "The Ostrakis have campaigned against the plan since March. “We will not be moved,” they say.",
            "The Ostrakis",
        ),
        (
            "The Dunleavys, who bought the farm in 1990, were evicted. “Nobody warned us,” they told reporters.",
            "The Dunleavys",
        ),
    ],
)
def test_family_plural(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Oska Brel and Tamsin Ferrow founded the studio in a garage. “We started with nothing,” they said.",
            "Oska Brel and Tamsin Ferrow",
        ),
        (
            "Brel and Ferrow have run the studio since 2004. “It has been the hardest year,” they told the Courier.",
            "Brel and Ferrow",
        ),
        (
            "Oska Brel and Tamsin Ferrow, who met at college, spent months on the bid. They said: “We want answers.”",
            "Oska Brel and Tamsin Ferrow",
        ),
    ],
)
def test_two_names_joined(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Jules Amberley, who uses they/them pronouns, runs the cafe. “Business has been slow,” they said.",
        "Ren Tollak, 34, is nonbinary and drives a bus. “The route is a lifeline,” they told the Courier.",
        "Kit Varro, a non-binary artist, has lived in Skelby all their life. Varro opened the gallery in May. “It is a love letter to the town,” they say.",
    ],
)
def test_declared_they(text: str) -> None:
    assert speakers(text)[-1] in ("Jules Amberley", "Ren Tollak", "Kit Varro")


@pytest.mark.parametrize(
    "text",
    [
        # no word saying the person goes by "they": the pronoun stays
        "Jules Amberley runs the cafe with the staff. “Business has been slow,” they said.",
        # a plural of things: no one
        "The Holm floods ruined the harvest. “We lost everything,” they said.",
    ],
)
def test_neighbours_keep_they(text: str) -> None:
    assert speakers(text) == ["they"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the quote going on after its cue
        (
            "The couple moved to Brenmoor in 2019. “We never expected the flood,” they said. “We lost everything.”",
            "The couple",
        ),
        # the same pronoun cueing the next quote, cue before then after
        (
            "The Marrows returned on Sunday. They said: “We are home.” “Nobody warned us,” they added.",
            "The Marrows",
        ),
        # a body's "it", present tense
        (
            "The Skelby committee says it will appeal. “We are disappointed,” it says. “We will fight on,” it adds.",
            "The Skelby committee",
        ),
        # a person named as going by "they", then the pronoun
        (
            "“I was there,” said Jules Amberley, who uses they/them pronouns. “I have said this for years,” they added.",
            "Jules Amberley",
        ),
    ],
)
def test_pronoun_goes_on(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_pronoun_does_not_go_on_past_narrative() -> None:
    # a sentence of narrative between the quotes: the second "it" is read on its own
    text = (
        "The Skelby committee says it will appeal. “We are disappointed,” it says. The council met the "
        "tenants at noon. “We will fight on,” it adds."
    )
    assert speakers(text)[-1] != "The Skelby committee"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The council voted on Tuesday to close the library. “We had no choice,” they said.", "The council"),
        (
            "The committee, which meets monthly, has refused to meet the campaigners' leader, Oska Brel. “Our door is open,” they told the Courier.",
            "The committee",
        ),
        (
            "The trust will sell the hall next year. They said: “The building costs too much to heat.”",
            "The trust",
        ),
    ],
)
def test_unnamed_body_they(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a body named as the object: it may be the "they" as well
        "Oska Brel and Tamsin Ferrow sued the Skelby Grain Board. “We want our money,” they said.",
        "The couple wrote to the Heron Water Board in May. “It is unfair,” they said.",
        # people named after the body: they may be the "they"
        "The union, which represents 4,000 midwives, rejected the offer. “It falls short,” they said.",
    ],
)
def test_named_body_after_the_subject_keeps_they(text: str) -> None:
    assert speakers(text) == ["they"]
