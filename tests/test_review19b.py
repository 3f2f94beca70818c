"""Reproducers of review 19b (the reduced-relative, passive-perception and fronted-subject
rules of session 19), run through the real extractor on invented news sentences:

1. a verb of speech, a phrase, then a clause with no "that" whose subject is bare ("said in
   a statement Keel had …") is the verb of that clause, not a reduced relative;
2. only a passive verb of perceiving ("was overheard telling") passes a participle of speech
   to its subject; a document "released saying" something says it itself;
3. a fronted subject after a quote stops at a comma that opens a relative aside;
4. lexicon.inflect doubles a last consonant only where English does.
"""

from __future__ import annotations

import pytest

from quotecheck.extract.lexicon import inflect
from tests.conftest import mention, only_quote

# 1. a speech verb + phrase + a clause with a bare subject keeps its speaker --------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name opens the clause after a phrase of medium, a pluperfect
        ("The company said in a statement Keel had “resigned with immediate effect.”\n", "The company"),
        # a bare medium ("by email"), a past of "be"
        ("A spokesman said by email Keel was “on leave.”\n", "A spokesman"),
        # a plural noun opens the clause after a plural object, another cue verb
        ("The chief explained to reporters officers had “no choice.”\n", "The chief"),
        # a lower-case noun after a place name, a modal
        ("The mayor said in Dover taxes would “go up.”\n", "The mayor"),
        # a subject with a phrase of its own whose last noun would agree with "was"
        ("Aides to Keel said on background Lee was “finished.”\n", "Aides"),
        # another cue verb, a time noun in the phrase, a conditional
        ("The union warned at a rally Monday wages would “fall behind again.”\n", "The union"),
    ],
)
def test_verb_before_a_bare_clause_keeps_its_speaker(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


def test_reported_cue_inside_the_bare_clause_speaks() -> None:
    # the clause after the phrase has its own cue: its subject is the speaker, not the mayor
    text = "The mayor complained to reporters Keel said the plan was “dead.”\n"
    assert mention(text, only_quote(text)) == "Keel"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours of the shape where the participle still modifies the noun
        ("The guards questioned about the escape said the locks were “rusted through.”\n", "The guards"),
        ("The drivers asked about the strike told reporters the pay was “an insult.”\n", "The drivers"),
        # a name closes the phrase: the verb after it is still the noun's own
        ("The nurses asked about the cuts by Hale said they were “reckless and cruel.”\n", "The nurses"),
    ],
)
def test_reduced_relative_neighbours_keep_the_noun(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


def test_reduced_relative_with_a_passive_main_verb_names_nobody() -> None:
    text = "The two teachers questioned about the exam leak were suspended in June. “It was never about the grades.”\n"
    assert only_quote(text).speaker is None


# 2. passive verbs of perceiving, and only those ------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The statement was released saying the firm was “deeply sorry.”\n", "The statement"),
        ("The memo was issued saying the depot would “close for good.”\n", "The memo"),
        ("A letter was sent out saying the depot would “close for good.”\n", "A letter"),
    ],
)
def test_a_released_document_says_it_itself(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee was overheard telling Keel, “You will regret this.”\n", "Lee"),
        ("The coach was filmed telling the referee, “That was never a foul.”\n", "The coach"),
        ("Two guards were recorded telling the crowd, “Nobody goes past this gate.”\n", "Two guards"),
    ],
)
def test_a_passive_verb_of_perceiving_passes_the_words_to_its_subject(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


# 3. a fronted subject stops before a relative aside --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Cut the rope!” the skipper, who was drunk, could be heard shouting.\n", "the skipper"),
        ("“Run!” a guard, who had seen the fire, was heard yelling.\n", "a guard"),
        ("“Stop the vote!” Ann Hale, whose motion had failed, was overheard shouting.\n", "Ann Hale"),
    ],
)
def test_fronted_subject_stops_before_a_relative_aside(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


def test_fronted_subject_keeps_an_appositive() -> None:
    # the neighbour: an appositive that is no relative clause stays in the mention
    text = "“Cut the rope!” the skipper, a man of sixty, could be heard shouting.\n"
    assert mention(text, only_quote(text)) == "the skipper, a man of sixty"


# 4. inflect: doubling only where English doubles ----------------------------------------


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("offer", {"offer", "offers", "offered", "offering"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("show", {"show", "shows", "showed", "showing"}),
        ("row", {"row", "rows", "rowed", "rowing"}),
        ("box", {"box", "boxes", "boxed", "boxing"}),
        ("rip", {"rip", "rips", "ripped", "ripping"}),
        ("put", {"put", "puts", "putting"}),
        ("hear", {"hear", "hears", "heard", "hearing"}),
    ],
)
def test_inflect(lemma: str, forms: set[str]) -> None:
    assert inflect(lemma) == forms
