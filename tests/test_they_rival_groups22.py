"""A "they" that opens its sentence stands for the previous sentence's plural subject of
people only when that sentence names no other plural of people after its verb: in "Police
arrested the protesters. “…,” they said." either group may be "they", so the pronoun is
left as written rather than given to the wrong group. Invented news text, run through the
real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun cue in the sentence after, a quote inside it
        "Officials questioned the neighbours. They said they had heard “a dull thud.”",
        # the quote first, then "they said"
        "Police detained the marchers. “We broke no law,” they said.",
        # another verb and a description object: "the striking workers"
        "Managers met the striking workers at the depot. “Nobody wants a long dispute,” they said.",
        # an aside between the subject and its verb
        "Lawmakers, after a long session, questioned the regulators. “We expected answers,” they said.",
        # a plural without an -s as the object, a numeral before it
        "Prosecutors charged three men with fraud. “The evidence is strong,” they said.",
        # a name-like plural object, the pronoun opening a sentence with "called"
        "Democrats accused Republicans of stalling the bill. They called the delay “shameful.”",
        # a role in the plural as the object
        "Activists greeted the senators at the ferry port. “We will keep pressing,” they said.",
    ],
)
def test_they_after_two_plural_groups_stays_unresolved(text: str) -> None:
    assert speakers(text) == ["they"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the object is a thing, not people
        ("Prosecutors welcomed the sentence. “It sends a clear message,” they said.", "Prosecutors"),
        # people named in a relative clause on the subject, the object a body
        ("Residents who sued the city cheered the ruling. “Justice at last,” they said.", "Residents"),
        # the second plural is joined to the subject, not its object
        (
            "Teachers and parents joined the march on Saturday. “Enough is enough,” they said.",
            "Teachers and parents",
        ),
        # a body as the object of "of"
        ("Voters rejected the plan of the Lark Council. “It was a bad deal,” they said.", "Voters"),
        # the people named stand in a phrase on the subject, before its verb: no rival; "they"
        # is the whole phrase the lawyers came in with (session 31, tests/test_tail31.py)
        (
            "Lawyers for the families filed the appeal. “The verdict cannot stand,” they said.",
            "Lawyers for the families",
        ),
        # a plural of people used as a modifier ("police station", "staff rota")
        ("Protesters gathered outside the police station. “We want the footage,” they said.", "Protesters"),
        ("Tenants criticised the owners association. “Nobody listens,” they said.", "Tenants"),
        # one person as the object: no rival group
        ("Police questioned a neighbour. “Someone saw a van,” they said.", "Police"),
        # a plural of people inside a quote of the earlier sentence is no one named there
        (
            "Officials said the plan would help “families and workers.” “It is a start,” they said.",
            "Officials",
        ),
    ],
)
def test_they_keeps_the_plural_subject_without_a_rival(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nadia Orr thanked the volunteers. “It was a huge effort,” she said.", "Nadia Orr"),
        ("Coach Ivan Dorr praised the players after the match. He called them “tireless.”", "Ivan Dorr"),
    ],
)
def test_he_or_she_keeps_the_subject_despite_a_plural_object(text: str, speaker: str) -> None:
    """The rule is for "they" only: a plural of people cannot be a he or a she."""
    assert speakers(text) == [speaker]
