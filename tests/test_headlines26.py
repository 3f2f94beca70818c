"""Quotes in an article's headline, its first line: a person or role that is the subject of a
headline cue verb in the line says the quote, resolved to the person the body names in that
role; a headline quote nobody is given whose words recur in a later quote of a named speaker
is that speaker's. Titles of works, scare quotes with no verb and no echo, and a headline
naming two speakers stay nobody's. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def headline_quote(text: str) -> tuple[str, str | None]:
    """The kind and speaker of the first quote in the headline of ``text``."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    first = [q for q in quotes if q.start < text.index("\n")]
    assert first, "no quote found in the headline"
    return first[0].kind, first[0].speaker


# 1. a subject and a headline cue verb in the headline's clause ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role after a subordinator, "calls" with an object before the quote
        (
            "Board Passes Levy After Mayor Calls Rise “Modest but Fair”\n\n"
            "The board voted 5-2 on Monday. Mayor Irene Baptiste told reporters the rise was small.",
            "Irene Baptiste",
        ),
        # a role alone, "says", a single-marked quote in an all single-marked article
        (
            "Coach Says Side Was ‘Outworked’ in Final\n\n"
            "The club's coach, Marco Ellis, spoke after the game. ‘We lost the duels,’ he said.",
            "Marco Ellis",
        ),
        # another verb, the role named with a title abbreviation in the body
        (
            "Senator Vows ‘No Surrender’ on Water Bill\n\nSen. Paula Brandt told a rally that she would not back down.",
            "Paula Brandt",
        ),
        # the speaker and verb after the quote at the end of the line
        (
            "Walkout ‘Far From Over,’ Union Chief Says\n\n"
            "The walkout entered its second week. “It is far from over,” Omar Tull, the union's chief, told members.",
            "Omar Tull",
        ),
        # a two-word role, sentence case
        (
            "Fire chief calls blaze ‘the worst in years’\n\nFire Chief Rosa Lind said crews fought the flames all night.",
            "Rosa Lind",
        ),
    ],
)
def test_headline_subject_and_cue_verb(text: str, speaker: str) -> None:
    assert headline_quote(text) == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # two people joined as the subject
        "Lund and Haas Say Deal Is “Within Reach”\n\nCouncillor Eva Lund and Councillor Piet Haas met on Friday.",
        # no cue verb: a scare quote in a headline
        "Mayor Backs ‘Blue Corridor’ Scheme\n\nMayor Irene Baptiste signed the scheme on Monday.",
        # a review of a work: its title
        "Review: ‘The Salt Road’ Is a Slow Burn\n\nThe new drama stars Ada Quinn as a ferry pilot.",
    ],
)
def test_headline_without_a_speaker_stays_nobodys(text: str) -> None:
    assert headline_quote(text)[1] is None


# 2. a headline quote whose words recur in a body quote ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the quote before a colon and a label, the body quote the same words in lower case
        (
            "“We Will Not Back Down”: Teachers Dig In\n\n"
            "Teachers picketed again on Monday. “We will not back down,” said Lena Ortiz, who leads their union.",
            "Lena Ortiz",
        ),
        # the body quote longer, the speaker after a cue that follows the quote
        (
            "“We Will Have Empty Streets” as Plant Shuts\n\n"
            "The plant closed on Friday. “We will have empty streets by spring,” Karl Weiss told the paper.",
            "Karl Weiss",
        ),
        # single marks throughout, a pronoun speaker in the body resolved to the name before
        (
            "‘Short of Nurses Again’ as Winter Bites\n\n"
            "The clinic's director, Hana Roy, said winter had been hard. ‘We are short of nurses again,’ "
            "she said.",
            "Hana Roy",
        ),
    ],
)
def test_headline_quote_echoed_in_the_body(text: str, speaker: str) -> None:
    assert headline_quote(text) == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a term after a determiner that the body repeats
        "The “Slow Living” Craze, Explained\n\nPeople are doing less. “Slow living is not new,” said historian Ida Crane.",
        # one word recurring proves nothing
        "Mayor Faces “Revolt” Over Parking\n\nDrivers are angry. “It is a revolt,” said Ben Hale, a driver.",
        # a two-word term inside a longer body quote (s26 headline mends: no clause, not its start)
        "Residents Dread “Empty Streets” as Plant Shuts\n\n"
        "The plant closed on Friday. “We will have empty streets by spring,” Karl Weiss told the paper.",
        # no body quote holds the words
        "Inside the “Night Market” Boom\n\nStalls open at dusk. “I sell noodles,” said Amy Tan.",
    ],
)
def test_headline_quote_not_echoed_stays_nobodys(text: str) -> None:
    assert headline_quote(text)[1] is None
