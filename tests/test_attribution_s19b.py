"""Speakers in general sentence shapes added in session 19 (second round), each run through
the real extractor on invented news prose in several variations, with neighbours that must
not fire:

1. a past participle right after a noun, followed by a preposition whose phrase runs
   straight on to the clause's own finite verb, is a reduced relative ("the families
   admitted to the shelter have slept …"), not a verb of speech: the noun reports nothing,
   and the verb after the phrase is the noun's own ("the nurses asked about the cuts said");
2. a verb of one syllable ending in one vowel and one consonant doubles it in its "-ed" and
   "-ing" forms ("ripped", "tarred", "fretting"), so those forms are cues like the others;
3. an "-ing" word joined by "and" to one a preposition takes ("known for drafting rules and
   posting them: “…”") is that preposition's object too, not a participle of speech;
4. a participle of speech after a passive ("Lee can be heard telling", "was caught saying")
   tells what its subject was heard doing: the subject speaks, before or after the quote.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mention, only_quote

# 1. "the boats built in the yard were …": a reduced relative is no cue -----------------


@pytest.mark.parametrize(
    "text",
    [
        # present perfect after the phrase, a phrase of place inside the noun phrase
        "The families from the coast admitted to the shelter have slept on cots for a week. "
        "“Nobody tells us anything.”\n",
        # another participle cue with an infinitive after it, a past verb
        "The drivers told to wait at the depot were still there at noon. “We lose a day of pay.”\n",
        # a description with a number, another cue verb, a passive main verb
        "The two teachers questioned about the exam leak were suspended in June. "
        "“It was never about the grades.”\n",
        # a time phrase between the phrase and the verb, a present tense
        "The crews asked about the quota last spring are still waiting for an answer. "
        "“The office never writes back.”\n",
        # a name as the object of a preposition before the participle
        "Many of the miners from Wales admitted to the program have found work since. “It saved the valley.”\n",
    ],
)
def test_reduced_relative_reports_nothing(text: str) -> None:
    q = only_quote(text)
    assert q.speaker is None
    assert mention(text, q) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle is the verb: an object follows it, not a preposition
        (
            "The ferry officials told reporters the depot was shut. “We lose a day of pay.”\n",
            "The ferry officials",
        ),
        # the participle is set off in commas, and the clause's verb is a verb of speech
        (
            "The mayor, asked about the boats, said the yard would close. “We cannot pay for it.”\n",
            "The mayor",
        ),
        # a that-clause after the preposition's object: the verb reports it
        (
            "The drivers admitted to the inspectors that the logs were wrong. “We had no choice.”\n",
            "The drivers",
        ),
        # a new subject after the setting: the verb reports the clause
        (
            "The harbour master said on Monday the pier would reopen. “The repairs are done.”\n",
            "The harbour master",
        ),
    ],
)
def test_participle_with_its_own_report_still_speaks(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance verb after the phrase, a perfect tense
        ("The families admitted to the shelter have called the camps “a prison.”\n", "The families"),
        # a verb of speech after the phrase
        ("The nurses asked about the cuts said they were “reckless and cruel.”\n", "The nurses"),
        # another cue verb after the phrase, with its own listener
        ("The drivers asked about the strike told reporters the pay was “an insult.”\n", "The drivers"),
    ],
)
def test_verb_after_reduced_relative_is_the_nouns(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


# 2. "ripped", "tarred", "fretted": one-syllable verbs double their last consonant ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a stance verb with an appositive after the subject and "as" before the quote
        (
            "Ann Hale, the former harbour master, ripped the board for acting as “the landlord "
            "and the tenant” in the sale.\n",
            "Ann Hale",
        ),
        # a perfect tense, a description as the subject
        ("The dockers’ union has tarred the owners as “pirates of the quay.”\n", "The dockers’ union"),
        # a verb of speech with a that-clause, a name in apposition
        (
            "A retired skipper, Ivo Brandt, fretted that the ferry was “too old to sail.”\n",
            "A retired skipper, Ivo Brandt",
        ),
        # the progressive form
        ("The mayor is ripping into the board for its “reckless plan.”\n", "The mayor"),
    ],
)
def test_doubled_consonant_forms_are_cues(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


def test_verb_ending_in_two_consonants_is_not_doubled() -> None:
    # the neighbour: "knocked", not "knockked"; "slammed" keeps working as before
    text = "Hale knocked the plan as “a gift to developers,” and Lee slammed it as “a disgrace.”\n"
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert [mention(text, q) for q in quotes] == ["Hale", "Lee"]


# 3. "for drafting rules and posting them: “…”": a joined gerund is no cue ----------------


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause with a passive, a publishing verb after "and"
        "“The rules are fair,” Hale said of the board, which is known for drafting rules and "
        "posting them on the quay: “Nobody reads them.”\n",
        # an adjective taking "for", a verb of publishing after "and", a plural speaker
        "“The ferry is late,” the skippers said of the board, which is famous for changing the "
        "timetable and publishing it at midnight: “Nobody sees it.”\n",
        # a longer object between the two gerunds, a verb of writing, a description as speaker
        "“We trust her,” the skippers said of Ms. Lund, who was hired with a brief for checking "
        "the harbour logs and writing them up for the council: “She knows every boat.”\n",
    ],
)
def test_gerund_joined_to_a_prepositions_object_is_no_cue(text: str) -> None:
    first, second = extract_quotes(document_from_text(text, "story.txt"))
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the neighbour: participles after a comma, joined by "and", still speak for the subject
        ("Protesters marched to the quay, waving flags and chanting “Keep the pier open!”\n", "Protesters"),
        # after "by", which takes a participle of manner, the subject still speaks
        ("The crowd cheered the mayor by waving flags and chanting “Keep the pier open!”\n", "The crowd"),
    ],
)
def test_joined_participles_after_a_comma_still_speak(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


# 4. "can be heard telling": a participle of speech after a passive ----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a modal, the cue before the quote after a fronted phrase
        ("On the tape, Hale can be heard telling the crew, “We sail at dawn.”\n", "Hale"),
        # the cue after a question, a description as the subject, a listener after the verb
        (
            "“Will the pier reopen?” a deckhand could be heard asking the mate as the ferry left.\n",
            "a deckhand",
        ),
        # another participle and a past tense, a setting after the cue
        ("“We sail at dawn,” the skipper was caught saying on camera.\n", "the skipper"),
        # a that-clause after the participle, a plural description
        (
            "Several dockers were heard grumbling on Monday that the rules were “a joke.”\n",
            "Several dockers",
        ),
    ],
)
def test_participle_of_speech_after_a_passive_speaks(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the passive is the clause's own verb, the participle after the comma no cue
        "“Cast off!” was heard from the deck, drowning out the band.\n",
        # a participle after a passive that is no verb of speech
        "The ferry was found drifting near the pier with “Do not board” painted on its hull.\n",
    ],
)
def test_passive_with_other_participles_names_no_speaker(text: str) -> None:
    q = only_quote(text)
    assert q.speaker is None
