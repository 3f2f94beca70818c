"""A reduced relative after the subject: a past participle phrase with no commas ("A clerk
accused of moving $4 million from a fund … told") runs on to the main verb of speech, whose
subject is the noun before the participle. The phrase may hold an amount written with a sign
or a dotted number ("£2.5bn", "40%"), a hyphenated word, a second participle ("a fund meant
to …") and a gerund with its own object ("accused of running a fraud"). Neighbours: the
participle as the sentence's own verb ("The mayor accused the council of …")."""

from __future__ import annotations

import pytest

from tests.conftest import mentions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A clerk accused of diverting nearly $4 million from a fund meant to repair flats told a jury"
            " on Monday that she had “never taken a cent that was not owed.”",
            "A clerk",
        ),
        (
            "A builder accused of diverting nearly $2 million from a fund meant to repair storm-damaged"
            " homes told the court he had “spent every penny on the work.”",
            "A builder",
        ),
        (
            "A banker accused of moving £2.5bn through shell firms told the inquiry he had “broken no rule.”",
            "A banker",
        ),
        (
            "A councillor accused of steering a £4 million contract to a friend said the deal was"
            " “clean as a whistle.”",
            "A councillor",
        ),
        (
            "The agent accused of leaking 1,200 files to a rival said he had “never seen them.”",
            "The agent",
        ),
        (
            "A priest accused of taking £40,000 from a fund meant to fix the roof said he had"
            " “borrowed, not stolen.”",
            "A priest",
        ),
    ],
)
def test_an_amount_inside_the_phrase_does_not_end_it(text: str, speaker: str) -> None:
    """A currency sign or a number with a point or comma is part of an amount, not a break in
    the phrase: the verb after the phrase is the subject's."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two men accused of running a £2 million fraud have told investigators they were"
            " “only following orders.”",
            "Two men",
        ),
        (
            "Three guards charged with beating a prisoner told the tribunal they had “acted in self-defence.”",
            "Three guards",
        ),
        ("A student accused of hacking the school network said he was “just curious.”", "A student"),
        (
            "The engineer accused of faking a safety report told the inquiry it was “an honest error.”",
            "The engineer",
        ),
    ],
)
def test_a_gerund_object_inside_the_phrase_is_no_new_subject(text: str, speaker: str) -> None:
    """ "accused of running a fraud": the article after a gerund that follows a preposition
    opens the gerund's object, not the subject of a new clause."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor accused the council of lying, saying “the books are open to anyone.”", "The mayor"),
        ("Officials charged that the plan was “a giveaway to the developers.”", "Officials"),
        (
            "Prosecutors accused the trader of hiding $1.2bn in losses, telling jurors he was “a gambler.”",
            "Prosecutors",
        ),
        (
            "A man who moved $4 million from a fund meant to repair flats told a jury that he had"
            " “never taken a cent.”",
            "A man",
        ),
        (
            "A teacher known for her blunt talk said the pupils deserved “a better deal than this.”",
            "A teacher",
        ),
    ],
)
def test_neighbours_keep_their_speaker(text: str, speaker: str) -> None:
    """Neighbours (already right before this change): the participle is the sentence's own
    verb, or a full relative clause holds the amount."""
    assert mentions(text) == [speaker]
