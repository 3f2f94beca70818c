"""A set-off source frames the words reported under it (PolNeAR's convention: an indirect or
partial quote goes to the outer frame, the outlet, document or source "according to" names).
A document that opens the sentence frames a person's reported words as any source does, and
an "according to" phrase closing a sentence covers every quote in it, not only the last one.
Words set out after their own verb of speech and a colon stay the speaker's. Invented news,
run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a document set off before a person's reported words ---------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a participle after the document's noun, a pronoun speaker, a listener set off by commas
        (
            "According to a transcript later released by the council, she also told the panel's "
            "chair, Mira Oddel, that the budget had been “cut to the bone.”",
            ["a transcript"],
        ),
        # a relative clause set off after the noun, a pluperfect verb of telling
        (
            "According to the memo, which circulated among staff on Friday, the mayor had told "
            "aides that the merger was “all but done.”",
            ["the memo"],
        ),
        # a description for the name, no "that"
        (
            "According to the lawsuit, the chief executive told investors the device was “ready for any clinic.”",
            ["the lawsuit"],
        ),
        # a verb of writing, a participle with its agent after the noun
        (
            "According to a letter obtained by reporters, Brill had written that the funds were “never missing.”",
            ["a letter"],
        ),
        # a full name and "said"
        (
            "According to the indictment, Jory Castel said the shipments were “just samples.”",
            ["the indictment"],
        ),
    ],
)
def test_a_document_opening_the_sentence_frames_a_persons_reported_words(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # words set out after their own verb of speech stay the speaker's
        ("According to the email, Voss wrote: “The data are beyond doubt.”", ["Voss"]),
        ("According to the minutes, Hale said, “We will not sell.”", ["Hale"]),
    ],
)
def test_words_set_out_after_their_own_verb_stay_the_speakers(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 2. a source set off after the last of several quotes ------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Orla Prent told the board its plan was “reckless” and that she had “no intention” of "
            "signing it, according to two people who attended.",
            ["two people", "two people"],
        ),
        # a description, the listener an outlet, the second quote closing with a comma
        (
            "The councilman told the Gazette that the offer was “a trap” and that he would not "
            "“play along,” according to the paper's account.",
            ["the paper's account", "the paper's account"],
        ),
        # an aside after the subject, a verb of naming, a document as the source
        (
            "The coach, who has led the team since 2019, called the ruling “a joke” and the "
            "referees “cowards,” according to a recording of the meeting.",
            ["a recording", "a recording"],
        ),
        # the present tense, a gapped second clause
        (
            "Varga tells colleagues the bill is “dead” and the vote “a formality,” according to three aides.",
            ["three aides", "three aides"],
        ),
    ],
)
def test_a_source_set_off_after_the_last_quote_covers_the_earlier_ones(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the source stands in the next sentence: the first quote keeps its own speaker
        (
            "Prent called the plan “reckless.” She had “no intention” of signing it, according to two people who attended.",
            ["Prent", "two people"],
        ),
        # a relative's own source covers only the relative's quote
        (
            "Prent called the plan “reckless” and Voss, who, according to aides, was “furious,” left early.",
            ["Prent", "aides"],
        ),
    ],
)
def test_a_source_in_another_sentence_or_a_relative_covers_no_earlier_quote(
    text: str, who: list[str]
) -> None:
    assert speakers(text) == who


# 3. a participle aside between a document and the relative clause that gives its text ------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an adverb before the participle, an inverted "Among … is"
        (
            "Among the exhibits is a memo, apparently written by an aide to a lobbyist, that reads in part: “The vote is ours.”",
            ["a memo"],
        ),
        # a regular participle, past tense "said"
        ("Investigators found a note, scrawled on a napkin, that said: “Meet me at noon.”", ["a note"]),
        # two participles joined by "and", a name inside the aside
        (
            "The binder held a letter, written by hand and signed by the mayor, that reads: “I regret nothing.”",
            ["a letter"],
        ),
        # "which" and an irregular participle
        (
            "Prosecutors cited an email, apparently sent by a clerk to a contractor, which said: “Invoice twice.”",
            ["an email"],
        ),
    ],
)
def test_a_documents_relative_after_a_participle_aside_gives_the_documents_words(
    text: str, who: list[str]
) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the sender of the document keeps its words, as with no aside ("Hale sent a memo that said")
        ("Hale sent a memo, drafted by his deputy, that said the plan was “finished.”", ["Hale"]),
        # a person with a participle aside speaks for herself
        ("Lena Brook, hired by the firm in 2019, said: “I saw nothing.”", ["Lena Brook"]),
    ],
)
def test_a_sender_or_a_person_with_an_aside_keeps_the_words(text: str, who: list[str]) -> None:
    assert speakers(text) == who
