"""Wrong speakers found by the second review of the speaker rules, one grammatical shape
each, run through the real extractor on invented sentences. A wrong speaker is worse than
none: where a shape cannot be read safely the quote is left without one."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import only_quote


def last_speaker(text: str) -> str | None:
    """The speaker of the last quotation extracted from ``text``."""
    return extract_quotes(document_from_text(text, "story.txt"))[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It is over,” Ruiz said. Pickering writes to the board later calls the fee “unfair.”\n",
            "Pickering",
        ),
        ("“We lost,” Ruiz said. Corning speaks to the press then brands the deal “a farce.”\n", "Corning"),
        ("Stirling writes on her blog now calls the law “a mistake.”\n", "Stirling"),
        ("Manning argues about the tax again calls it “theft.”\n", "Manning"),
        ("Golding speaks to the crowd and then calls the plan “a blunder.”\n", "Golding"),
    ],
)
def test_adverb_before_a_second_verb_ends_the_phrase(text: str, speaker: str) -> None:
    """ "Pickering writes to the board later calls": "later calls" is the name's second verb,
    as "and calls" is, so the -ing name stays the subject of both and keeps the quote."""
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Growing fears that the mill would shut then led Ruiz to call it “a blow.”\n", "Ruiz"),
        ("Mounting calls for a strike then pushed Pell to call the talks “dead.”\n", "Pell"),
        ("Falling sales in the town later forced Pell to call the plan “too late.”\n", "Pell"),
    ],
)
def test_adverb_before_a_verb_of_another_subject_does_not(text: str, speaker: str) -> None:
    """Neighbour: "Mounting calls for a strike then pushed Pell": a past verb after the adverb
    does not agree with "calls" as a second verb would, so "Mounting" stays a modifier."""
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Toward the Bay Trust marched farmers chanting “Fair prices.”\n",
        "Behind the Mill Trust gathered hundreds shouting “Open the gates.”\n",
        "Beyond the Ridge Trust camped climbers, calling the peak “a killer.”\n",
        "Toward the Bay Trust pointed several critics, calling the wall “an eyesore.”\n",
    ],
)
def test_inverted_place_phrase_is_not_an_organisation(text: str) -> None:
    """ "Toward the Bay Trust marched farmers": a place phrase before an inverted verb of
    movement is not the name of a body that speaks, even when the verb can be a weak cue
    ("pointed"); nobody in the sentence is named as the speaker."""
    assert only_quote(text).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Across the Bay Media said Ruiz called the plan “a mess.”\n", "Across the Bay Media"),
        ("Under the Oak Foundation warned residents, “Stay indoors.”\n", "Under the Oak Foundation"),
        ("Beyond the Hills Trust has said the fees are “too high.”\n", "Beyond the Hills Trust"),
        ("Through the Gate Group posted, “We are open again.”\n", "Through the Gate Group"),
    ],
)
def test_organisation_opened_by_a_preposition_still_speaks(text: str, speaker: str) -> None:
    """Neighbours: a strong cue, an auxiliary, or a weak cue with no subject after it
    ("posted, “…”") still makes the capitalised run the organisation's name."""
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nurses at the clinic that said “We are full” went home.\n", "the clinic"),
        ("Drivers at the depot which said “No buses today” waited.\n", "the depot"),
        ("Tenants near the tower that says “Luxury living” laughed.\n", "the tower"),
        ("Staff at the mill that said “We will reopen” cheered.\n", "the mill"),
    ],
)
def test_that_clause_is_not_handed_back_to_people(text: str, speaker: str) -> None:
    """ "Nurses at the clinic that said": "that"/"which" is not walked back past the place
    to the people before it; only a document (sign, note, poster) takes it from there."""
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A sign at the depot that said “No buses today” fell down.\n", "A sign"),
        ("A banner over the road near the mill that said “Jobs now” tore.\n", "A banner"),
        ("Drivers at the depot who said “We want pay” walked out.\n", "Drivers"),
    ],
)
def test_document_or_who_clause_is_still_handed_back(text: str, speaker: str) -> None:
    """Neighbours: a document takes its "that" clause back over the place, and "who"
    still reaches back to the people."""
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The catchphrase Pell promoted was “Keep it local.”\n", "Pell"),
        ("The slogan Ruiz endorsed was “Trains not cars.”\n", "Ruiz"),
        ("The motto Ruiz embraced is “Town first.”\n", "Ruiz"),
        ("The line Pell backed was “No more delays.”\n", "Pell"),
        ("The mantra Ruiz championed was “Less is more.”\n", "Ruiz"),
        ("The phrase Pell pushed was “fair share.”\n", "Pell"),
    ],
)
def test_words_a_speaker_backed_are_theirs(text: str, speaker: str) -> None:
    """ "The motto Ruiz embraced is “…”": a verb of backing on a noun for words makes the
    words the backer's, as "used" and "coined" do."""
    assert only_quote(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The label Ruiz rejected was “radical.”\n",
        "The motto Ruiz dropped was “Town first.”\n",
        "The plan Pell backed was “a bold start.”\n",
        "The mantra Ruiz scorned was “Less is more.”\n",
    ],
)
def test_words_rejected_or_a_thing_backed_are_nobodys(text: str) -> None:
    """Neighbours: words rejected or dropped are not the speaker's, and a plan backed is not
    a word at all: the quote is what it is called, by no one named."""
    assert only_quote(text).speaker is None
