"""An inverted cue followed by a long description before a name ("“…,” said regional
flood control engineer Ines Marlowe"): the lower-case or hyphenated words, with any
organisation among them, describe the person named at the end of the clause, who is the
speaker, whatever the head noun is. Before this, such a description was not read, and an
earlier group or the organisation took the quote. Neighbours: a description with no name
after it, a place after a preposition, a plural before a name. All through the real
extractor on invented news."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote
from tests.conftest import speakers


def quotes(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text + "\n", "story.txt"))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # several lower-case modifiers before a head noun no title list holds
        (
            "Engineers inspected the dam overnight. “The levee held, barely,” said regional flood control "
            "engineer Ines Marlowe.",
            ["Ines Marlowe"],
        ),
        # an organisation before the description
        (
            "“Three crews are still on the ridge,” said Harlow Rescue deputy shift supervisor Bram Tolliver.",
            ["Bram Tolliver"],
        ),
        # a hyphenated description, after a sentence about a group
        (
            "Supporters had booed the referee all night. “He lost control of the game,” said "
            "season-ticket holder Pia Lindgren.",
            ["Pia Lindgren"],
        ),
        # present tense, a body named inside the description, "of" closing the name
        (
            "“The rent doubled in two years,” says longtime Corrib Street tenant Oskar Veldman of Eastmoor.",
            ["Oskar Veldman"],
        ),
        # "added", a hyphenated head noun, the name closed by a comma
        (
            "Parents queued outside the school gates. “Nobody told us anything,” added bakery co-owner "
            "Hattie Brennan, whose two sons study there.",
            ["Hattie Brennan"],
        ),
        # three modifiers and a head noun that is not a known title
        (
            "“The ice came in fast,” said veteran ferry deck hand Lotte Haraldsen at the pier.",
            ["Lotte Haraldsen"],
        ),
    ],
)
def test_a_long_description_after_an_inverted_cue_names_the_person_at_its_end(
    text: str, who: list[str]
) -> None:
    assert speakers(text) == who


def test_the_description_is_part_of_the_speaker_mention() -> None:
    text = "“We pumped all night,” said Harlow County flood control engineer Ines Marlowe of Dunmore."
    (q,) = quotes(text)
    assert q.speaker == "Ines Marlowe"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end] == "Harlow County flood control engineer Ines Marlowe"


def test_a_pronoun_after_the_described_speaker_stays_with_her() -> None:
    text = (
        "Volunteers stacked sandbags by the river. “The water rose a foot an hour,” said shelter night "
        "manager Greta Szabo. “We moved everyone upstairs,” she said."
    )
    assert speakers(text) == ["Greta Szabo", "Greta Szabo"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the cue is not inverted: the description and name are its subject, as before
        ("“The ridge burned fast,” regional fire commander Anton Weber said.", ["Anton Weber"]),
        (
            "“The ridge burned fast,” Harlow Rescue deputy shift supervisor Bram Tolliver said.",
            ["Bram Tolliver"],
        ),
        # a place after a preposition is no person's name
        ("“The ridge is burning,” said regional fire crews from Dalton County.", [None]),
        ("“The buses never come,” said commuters in Lower Ashby.", ["commuters"]),
        ("“We lost everything,” said families near Cedar Falls.", ["families"]),
        # a plural or a participle before a name: the people described are not that person
        ("“Keep the line moving,” said volunteers helping Pia Lindgren.", [None]),
        # the name is set off after the description: the appositive name, as before
        ("“It is too late,” says one longtime resident, Oskar Veldman.", ["Oskar Veldman"]),
        # a name after a verb of telling is the listener
        ("Ruth Ames met the crews. “We are safe,” she told fire chief Ines Marlowe.", ["Ruth Ames"]),
    ],
)
def test_neighbours_keep_their_speaker(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


def test_a_surname_alone_after_a_known_title_closes_the_description() -> None:
    text = "Officials said the fire was contained. “We got lucky with the wind,” said regional fire commander Weber."
    assert speakers(text) == ["Weber"]
