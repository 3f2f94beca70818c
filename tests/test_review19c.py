"""Reproducers of review 19c (third round on session 19's rules), run through the real
extractor on invented news sentences; each group has a neighbour that must not fire:

1. a causing verb whose object runs straight on to "to" is active, whatever stands before it
   ("The delays, however, forced Keel to call"); set off by commas it is passive;
2. a clause finishing the sentence after a report ("… only when “…”") that names another
   person is not the reporter's (the rule that gave such clauses to the reporter is gone);
   "a share of migrants from Peru admitted to … have been" is no report at all (the plural
   verb agrees with the of-phrase, so "admitted" modifies it);
3. "Fleming calls for calm, saying …": an "-ing" name before "calls for" is the subject
   unless a finite verb follows the phrase ("Rising calls for a recount left …");
4. any passive participle passes a participle of speech to its subject ("was spotted
   telling"), except when that subject is a document ("The statement was released saying");
5. a signature described with a capitalised organisation ("the director of the Sea Watch
   fund") still signs the next sentence;
6. "stories Keel wrote said": a relative clause without "that" inside a participle's phrase
   does not make the participle a verb of speech.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mention, only_quote

# 1. causing verbs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a past form after an aside set off by commas
        ("The delays, however, forced Keel to call the plan “a disaster.”\n", "Keel"),
        ("The delays, the chair said, forced Keel to call the plan “a disaster.”\n", "Keel"),
        ("Anger, not money, drove Keel to call the plan “a disaster.”\n", "Keel"),
        # a bare form after an adverb, a negation, a joined subject, a phrase, "that"
        ("The delays now force Keel to call the plan “a disaster.”\n", "Keel"),
        ("The board did not force Keel to call the plan “a disaster.”\n", "Keel"),
        ("Rain and wind force Keel to call the match “a farce.”\n", "Keel"),
        ("Fears of a strike push Keel to call the plan “a disaster.”\n", "Keel"),
        ("Rules that force Keel to call every vote “a formality” are old.\n", "Keel"),
    ],
)
def test_causing_verb_with_object_before_to_is_active(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # neighbours: the participle is passive, its phrase set off by commas
        "Keel, forced to resign, went on to call the board “cowards.”\n",
        "Given the delays, Keel was quick to call the plan “a disaster.”\n",
        "Keel, given the chance, went on to call the plan “a disaster.”\n",
    ],
)
def test_set_off_participle_is_passive(text: str) -> None:
    assert mention(text, only_quote(text)) == "Keel"


def test_bare_form_as_noun_is_no_causing_verb() -> None:
    text = "The task force chair asked Keel to call the plan “a disaster.”\n"
    assert mention(text, only_quote(text)) in ("Keel", "The task force chair")


# 2. a clause finishing a report --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # neighbours: another person named in full, or named in full earlier, or a text
        "Keel said the pier is shut. Tom Ruiz keeps it shut because “the council has no money left.”\n",
        "Ana Keel met Tom Ruiz. Keel said the pier is shut. Ruiz's crew keeps it shut because “the council has no money left.”\n",
        "Keel said the pier is shut. The law applies only when “the harbour master has given notice.”\n",
        # no report before: "admitted" modifies "a share of migrants", whose verb is "have been"
        "Lee said so. A large share of migrants from Peru admitted to the United States have been farmers. "
        "This makes sense because “it is a mostly Catholic country and most of the people are Catholic.”\n",
    ],
)
def test_finishing_clause_naming_another_is_not_the_reporters(text: str) -> None:
    assert only_quote(text).speaker is None


# 3. "-ing" names before "calls for" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fleming calls for calm, saying “Nobody needs to panic.”\n", "Fleming"),
        ("Manning calls for an end to the strike, saying “We are tired.”\n", "Manning"),
        ("Harding speaks of the plan with pride, saying “It will work.”\n", "Harding"),
        # neighbour: a finite verb after the phrase makes "Rising calls" a noun phrase
        ("Rising calls for a recount left Keel “furious,” Lee said.\n", "Lee"),
    ],
)
def test_ing_name_before_calls_for(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


# 4. passive participles of perceiving ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Keel was spotted telling a guard, “You will regret this.”\n", "Keel"),
        ("Keel was videotaped saying the vote was “rigged.”\n", "Keel"),
        ("Keel was taped telling Lee the vote was “rigged.”\n", "Keel"),
        ("Keel was photographed telling a guard the vote was “rigged.”\n", "Keel"),
        ("“Get off my boat!” Keel was spotted shouting.\n", "Keel"),
        ("Keel was overheard telling Lee the vote was “rigged.”\n", "Keel"),
        # neighbour: a document subject says it itself
        ("The memo was released saying the firm was “deeply sorry.”\n", "The memo"),
    ],
)
def test_passive_participle_passes_speech_to_its_subject(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker


# 5. a signature described with an organisation ------------------------------------------


def test_signature_with_organisation_signs_the_next_sentence() -> None:
    text = "“It works,” said Ana Keel, the director of the Sea Watch fund in Dover. It is “a new kind of charity.”\n"
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert [q.speaker for q in quotes] == ["Ana Keel", "Ana Keel"]


# 6. a relative clause without "that" inside a participle's phrase -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("People quoted in news stories Keel wrote said the plan was “reckless.”\n", "People"),
        ("Voters quoted in letters Keel read said the plan was “reckless.”\n", "Voters"),
        # neighbour: an auxiliary after the new subject is that clause's verb; the words told
        # to a listener in that clause are the teller's (test_inner_speakers23)
        ("The mayor said in a statement Keel had told aides the plan was “dead.”\n", "Keel"),
    ],
)
def test_contact_clause_inside_the_phrase(text: str, speaker: str) -> None:
    assert mention(text, only_quote(text)) == speaker
