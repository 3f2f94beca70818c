"""Mends to two twins merged in session 33.

- A mention's sex (``grammar.sex_of``) is its name proper's: the first word of the run of
  capitals after any title, past a place's or a firm's name before a role noun ("Port Henry
  Mayor Ilse Varga", "Kessler Douglas analyst Greta Lund" are women, whatever "Henry" or
  "Douglas" tell). A surname written first ("Kertesz Ildiko") is read by its last word only
  when the first is no given name of either sex ("Sasha Howard" tells none) and the last is
  no common surname ("Nalini George" tells none).
- A colon line's noun of speech is read back to its determiner past any modifiers ("issued a
  carefully worded statement:", "made his first public comments:"), so the line still heads
  the blockquote after it; a noun of speech after "to" is what the first answers, no listener
  ("Nobody had an answer to one question:" credits nobody).
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


WORDS = "“The pier will reopen in June.”"

# A woman named after a place or a firm that holds a man's given name, then told "her": the
# one the report is about tells her, not the woman who reports it.
PLACED_WOMEN = [
    "Port Henry Mayor Ilse Varga said Voss had called twice and told her that " + WORDS,
    "Kessler Douglas analyst Greta Lund said Voss had phoned the desk and then told her that " + WORDS,
    "The Fort Stanley police chief, Ilse Varga, said Voss had radioed in and told her that " + WORDS,
    "Former St. George Mayor Ilse Varga said Voss had rung the office and told her that " + WORDS,
]


@pytest.mark.parametrize("text", PLACED_WOMEN)
def test_a_place_or_firm_before_a_title_tells_no_sex(text: str) -> None:
    assert speaker_of(text, "pier will") == "voss"


def test_a_man_so_placed_still_tells_the_listener() -> None:
    # neighbour: the reporter is a man, so "her" is another and the reporter tells
    text = "Port Henry Mayor Tomas Bray said Voss had called twice and told her that " + WORDS
    assert speaker_of(text, "pier will") == "tomas bray"


# A given name of either sex, or one not listed, before a surname that is also a given name.
AMBIGUOUS_NAMES = [
    "Sasha Howard said Voss had called twice and told her that " + WORDS,
    "Nalini George said the landlord had knocked on the door and told her that " + WORDS,
    "Tavi Patrick, who chairs the board, said Voss had phoned and told her that " + WORDS,
]


@pytest.mark.parametrize("text", AMBIGUOUS_NAMES)
def test_a_surname_that_is_a_given_name_tells_no_sex(text: str) -> None:
    assert speaker_of(text, "pier will") in ("voss", "the landlord")


RELATIVE_WRITERS = [
    "Kessler Douglas analyst Greta Lund cited a letter Jordan Kell wrote, in which he said " + WORDS,
    "St. George Mayor Ilse Varga cited a memo Jordan Kell had signed, in which he wrote " + WORDS,
    "Sasha Howard cited a letter Jordan Kell wrote last May, in which he said " + WORDS,
]


@pytest.mark.parametrize("text", RELATIVE_WRITERS)
def test_the_nearer_writer_keeps_a_pronoun_the_citer_does_not_fit(text: str) -> None:
    assert speaker_of(text, "pier will") == "jordan kell"


def test_the_citer_named_after_a_place_keeps_her_own_pronoun() -> None:
    text = "Port Henry Mayor Ilse Varga cited a letter Jordan Kell wrote, in which she said " + WORDS
    assert speaker_of(text, "pier will") == "ilse varga"


def test_a_contrasted_woman_named_after_a_place_is_she() -> None:
    text = "Ivo Lund backed the plan, but Port Henry Mayor Ilse Varga said she was worried. " + (
        "“The pier will reopen in June,” she said."
    )
    assert speaker_of(text, "pier will") == "ilse varga"


def test_a_surname_written_first_still_tells() -> None:
    # neighbour: a first word that is no given name, a last that is no surname
    text = "Kertesz Ildiko said the caller had rung the office and told her, " + WORDS
    assert speaker_of(text, "pier will") == "the caller"


# A colon line over an unmarked blockquote.
def md_speaker(text: str, words: str) -> str | None:
    doc = document_from_text(text, "story.md", "markdown")
    got = [q.speaker for q in extract_quotes(doc) if words in q.text and q.kind == "quote"]
    return got[0] if got else None


BLOCK = "\n\n> The pier will reopen in June. We are sure of it.\n"

MODIFIED_NOUNS = [
    ("The harbour board issued a carefully worded statement:", "The harbour board"),
    ("Ilse Varga issued a signed statement:", "Ilse Varga"),
    ("The trust issued a new, more detailed statement:", "The trust"),
    ("Tomas Bray made his first public remarks:", "Tomas Bray"),
    ("The ferry captain gave a lengthy but vague answer:", "The ferry captain"),
    ("Ilse Varga gave a speech, and a warning:", "Ilse Varga"),
    ("The defence lawyer delivered an impassioned closing argument:", "The defence lawyer"),
]


@pytest.mark.parametrize(("lead", "who"), MODIFIED_NOUNS)
def test_a_modified_noun_of_speech_heads_the_block(lead: str, who: str) -> None:
    assert md_speaker(lead + BLOCK, "pier will") == who


ANSWERED = [
    "Nobody had an answer to one question:",
    "Nobody had a reply to that question:",
    "Nobody in the hall had an answer to that question:",
]


@pytest.mark.parametrize("lead", ANSWERED)
def test_a_noun_of_speech_answering_another_heads_no_block(lead: str) -> None:
    assert md_speaker(lead + BLOCK, "pier will") is None


def test_a_noun_of_speech_answering_another_cues_no_quote() -> None:
    text = "Nobody had an answer to one question:\n\n“The pier will reopen in June.”"
    assert speaker_of(text, "pier will") == ""


def test_a_modified_noun_of_speech_received_heads_no_block() -> None:
    # neighbour: the determiner reading finds a verb that puts out no words
    assert md_speaker("Ilse Varga had received a carefully worded warning:" + BLOCK, "pier will") is None


def test_a_listener_after_the_noun_still_heads_the_block() -> None:
    # neighbour: "for the board" is who hears it
    assert md_speaker("Ilse Varga had a carefully worded message for the board:" + BLOCK, "pier will") == (
        "Ilse Varga"
    )
