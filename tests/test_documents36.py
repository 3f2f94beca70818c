"""Documents as sources (session 36, issue 11 item 4). Invented passages, invented people.

1. "according to a recording obtained by Y", "according to filings reviewed by Y", "according
   to a memo seen by Y", "according to emails first reported by Y": the participle phrase with
   "by" tells how the paper reached Y, so the paper is the source (PolNeAR makes the document
   the speaker in "“…,” X said, according to a transcript"); a maker ("audio released by Y",
   "calculations by Y") stays the source.
2. A court's "ruled/held" may put a time phrase between itself and its that-clause ("ruled
   Monday that", "held last week that"); "held a vote Monday that …" is no judgment.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“We will not settle,” Marlow said, according to a recording obtained by the Tilbury Gazette.",
            "We will not settle",
            "a recording",
        ),
        (
            "“The levy was never legal,” the treasurer wrote, according to filings reviewed by the Harbour Post.",
            "The levy was never legal",
            "filings",
        ),
        (
            "“Keep this off the agenda,” the council’s clerk, Ines Vardy, told staff, "
            "according to a memo seen by Corvale Radio.",
            "Keep this off the agenda",
            "a memo",
        ),
        (
            "“Nobody reads these,” Bram Hesketh added, according to emails obtained exclusively by WKVR News.",
            "Nobody reads these",
            "emails",
        ),
        (
            "“I can’t back this,” the senator replied, according to emails first reported by the Lenton Ledger.",
            "I can’t back this",
            "emails",
        ),
    ],
)
def test_document_reached_by_someone_is_the_source(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_maker_after_by_stays_the_source() -> None:
    text = "“We will not settle,” Marlow said, according to audio released by the Tilbury Gazette."
    assert speaker_of(text, "We will not settle") == "Tilbury Gazette"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The judge ruled last week that the county acted in “bad faith.”", "bad faith", "The judge"),
        (
            "The Orland Supreme Court ruled Monday that the new map was “an unconstitutional gerrymander.”",
            "an unconstitutional gerrymander",
            "Orland Supreme Court",
        ),
        (
            "The appeals panel, in a 2-1 decision, held on Thursday that the statute was “plainly overbroad.”",
            "plainly overbroad",
            "The appeals panel",
        ),
        (
            "A county judge in Corvale ruled late Friday that the board had shown “reckless disregard” for the law.",
            "reckless disregard",
            "A county judge",
        ),
    ],
)
def test_judgment_with_time_phrase_before_that(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_held_a_vote_is_no_judgment() -> None:
    text = "The council held a vote Monday that residents called “a sham.”"
    assert speaker_of(text, "a sham") not in ("The council", "council")


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        (
            "A hearing held last Monday that lasted “barely ten minutes” left the tenants angry.",
            "barely",
            "A hearing",
        ),
        (
            "The summit held late Friday that Orla Quinn described as “a farce” broke up early.",
            "a farce",
            "The summit",
        ),
        (
            "The auction held on Saturday that drew “the biggest crowd in years” raised £9,000.",
            "the biggest",
            "The auction",
        ),
    ],
)
def test_an_event_held_on_a_day_is_no_judgment(text: str, words: str, not_speaker: str) -> None:
    assert speaker_of(text, words) != not_speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "According to data cited by Governor Ilse Marrow, the closures were “a waste of public money.”",
            "a waste",
            "Ilse Marrow",
        ),
        (
            "According to figures quoted by Senator Tomas Reyl, the scheme has been “a costly failure.”",
            "a costly failure",
            "Tomas Reyl",
        ),
    ],
)
def test_a_person_citing_a_paper_makes_the_claim(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
