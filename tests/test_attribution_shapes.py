"""Speakers in four general sentence shapes: a phrase fronted before the subject, an adverb
set off before the subject, a relative clause's verb before a noun of speech, and a passive
naming whose "by" agent follows the quote. Each shape is run through the real extractor on
invented news prose, in several variations, with a neighbour that must not change."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mention, only_quote

# 1. A fronted adjective or participial phrase before the subject ------------------------


@pytest.mark.parametrize(
    ("text", "said", "speaker", "pronoun"),
    [
        (
            "Fifty-two years old and running on what he called “one last lap,” Tom Ruiz won "
            "the Harbour Marathon on Sunday.\n",
            "one last lap,",
            "Tom Ruiz",
            "he",
        ),
        (  # another cue verb, a title before the name
            "Tired but smiling after what she described as “the hardest race of my life,” Mayor "
            "Ann Lee crossed the line in fourth.\n",
            "the hardest race of my life,",
            "Ann Lee",
            "she",
        ),
        (  # a dateline, a description before the name
            "PORT VALE — Sixty and still coaching on what she calls “stolen summers,” county "
            "sprint coach Ida Marsh signs on for one more season.\n",
            "stolen summers,",
            "Ida Marsh",
            "she",
        ),
        (  # an appositive after the subject
            "Back at work after what he termed “a long exile,” Tom Berry, the union's old "
            "treasurer, marched to the quay on Monday.\n",
            "a long exile,",
            "Tom Berry",
            "he",
        ),
    ],
)
def test_a_pronoun_in_a_fronted_phrase_points_ahead_to_the_subject(
    text: str, said: str, speaker: str, pronoun: str
) -> None:
    q = only_quote(text)
    assert (text[q.start : q.end], q.speaker, mention(text, q)) == (said, speaker, pronoun)


def test_a_relative_in_the_predicate_still_names_the_sentence_subject() -> None:
    """Neighbour: the phrase with the relative has a finite verb before it, so it is no
    fronted phrase."""
    text = "Tom Hale urged residents, on Friday, to read what he called the council’s “secret memo.”\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Tom Hale", "Tom Hale")


# 2. A fronted adverb set off by a comma before the subject -------------------------------


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (  # a coordinated subject is reported whole, as "she and her deputy called" is
            "First, he and three clerks from the harbour office declined to say the phrase “night levy” in public.\n",
            "night levy",
            "he and three clerks from the harbour office",
        ),
        (  # a participle cue hanging on the main clause
            "Ultimately, the mayor walked out of the hall, calling the vote “a farce.”\n",
            "a farce.",
            "the mayor",
        ),
        (  # a future tense, a name in the coordination
            "Finally, Lee and her deputy will try to explain “the gap in the accounts.”\n",
            "the gap in the accounts.",
            "Lee and her deputy",
        ),
        (  # a description with a possessive, another participle cue
            "Predictably, the union's chief negotiator walked out, saying “we are done here.”\n",
            "we are done here.",
            "the union's chief negotiator",
        ),
    ],
)
def test_an_adverb_set_off_before_the_subject_is_no_speaker(text: str, said: str, speaker: str) -> None:
    q = only_quote(text)
    assert (text[q.start : q.end], q.speaker, mention(text, q)) == (said, speaker, speaker)


def test_a_name_set_off_by_an_appositive_stays_the_subject() -> None:
    """Neighbour: "Hale, the mayor, walked out" is a name and its appositive, not an adverb."""
    text = "Hale, the mayor, walked out of the hall, calling the vote “a farce.”\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Hale", "Hale")


# 4. A passive naming whose "by" agent follows the quote ----------------------------------


@pytest.mark.parametrize(
    ("text", "said", "speaker", "cue"),
    [
        (  # an aside between subject and verb, a source framing the sentence
            "The old lighthouse, now a café on the point, is called “the Candle” by the "
            "fishermen, according to a parish booklet.\n",
            "the Candle",
            "the fishermen",
            "called by",
        ),
        (  # a participle set off by a comma, no form of "be"
            "Built in 1890 and painted white, called “the Candle” by the fishermen, the lighthouse "
            "still guides the ferries, according to the Gazette.\n",
            "the Candle",
            "the fishermen",
            "called by",
        ),
        (  # another naming verb, the participle after the subject
            "The bridge, dubbed “the golden mile” by the town’s cab drivers, reopened on Monday, "
            "according to the city.\n",
            "the golden mile",
            "the town’s cab drivers",
            "dubbed by",
        ),
        (  # a perfect tense, a name with a title as the agent
            "The scheme has been branded a “vanity project” by opposition leader Tom Hale, "
            "according to the Tribune.\n",
            "vanity project",
            "Tom Hale",
            "branded by",
        ),
    ],
)
def test_the_by_agent_of_a_passive_naming_said_it(text: str, said: str, speaker: str, cue: str) -> None:
    q = only_quote(text)
    assert (text[q.start : q.end], q.speaker, q.cue) == (said, speaker, cue)


def test_a_naming_without_an_agent_keeps_the_source_of_the_sentence() -> None:
    """Neighbour: "called … in the Tribune" names no agent, so "according to" still frames it."""
    text = "The scheme, called “a vanity project” in the Tribune, will go ahead, according to the council.\n"
    q = only_quote(text)
    assert (q.speaker, q.cue) == ("the council", "according to")


# 3. The verb of a relative clause before a noun of speech --------------------------------


@pytest.mark.parametrize(
    ("text", "said", "speaker", "said_by"),
    [
        (
            "Brandt thanked the clerk who earns praise for inventing the label “tide tax.”\n",
            "tide tax.",
            "the clerk",
            "who",
        ),
        (  # another verb, a description with an adjective
            "The prize went to a young engineer who gets credit for calling the bridge “the golden mile.”\n",
            "the golden mile.",
            "a young engineer",
            "who",
        ),
        (  # no antecedent: "who" opens the question of the cue before it, whose subject asks
            "The diary has Brandt wondering who gets blame for first saying “tide tax.”\n",
            "tide tax.",
            "Brandt",
            "Brandt",
        ),
        (  # the same with an aside and another cue verb
            "The gazette, in a short sketch, has Brandt pondering who deserves credit for the "
            "slogan “harbour first.”\n",
            "harbour first.",
            "Brandt",
            "Brandt",
        ),
    ],
)
def test_a_relative_clauses_verb_is_no_speaker(text: str, said: str, speaker: str, said_by: str) -> None:
    q = only_quote(text)
    assert (text[q.start : q.end], q.speaker, mention(text, q)) == (said, speaker, said_by)


def test_a_bare_cue_with_its_object_after_a_relative_keeps_its_subject() -> None:
    """Neighbour: in "which critics call “…”" the bare form is the verb and "critics" its subject."""
    text = "The plan, which critics call “a giveaway,” passed on Monday.\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q), q.cue) == ("critics", "critics", "call")


# 5. A relative clause with its own pronoun subject ----------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "pronoun_at", "speaker"),
    [
        (  # set off by a comma, "where"
            "Ann Lee returned to the budget at a rally in Dover, where she wrongly claimed the "
            "port was closing: “We will lose every job on the quay.”\n",
            "We will lose every job on the quay.",
            "she wrongly",
            "Ann Lee",
        ),
        (  # a description for the subject, a perfect verb, another cue
            "The harbour master spoke on Monday at the yacht club, where he had warned in March "
            "that the dredging was “a disaster in waiting.”\n",
            "a disaster in waiting.",
            "he had",
            "The harbour master",
        ),
        (  # opened by a preposition, no comma: the nearer pronoun, not the sentence's own
            "Later she gave a talk at the quay in which she vowed that she would be “a servant of "
            "every skipper.”\n",
            "a servant of every skipper.",
            "she vowed",
            "she",
        ),
        (  # present tense, a comma before the preposition
            "Tom Berry later wrote a letter to the council, in which he calls the plan “reckless.”\n",
            "reckless.",
            "he calls",
            "Tom Berry",
        ),
    ],
)
def test_a_relative_clause_keeps_its_own_pronoun_subject(
    text: str, said: str, pronoun_at: str, speaker: str
) -> None:
    q = only_quote(text)
    at = text.index(pronoun_at)
    assert (text[q.start : q.end], q.speaker, q.speaker_start) == (said, speaker, at)
    assert mention(text, q) in ("he", "she")


def test_a_free_relative_what_still_names_the_sentence_subject() -> None:
    """Neighbour: "what he called" is no clause of its own: the sentence subject speaks."""
    text = "Tom Berry attacked what he called “a rigged contest.”\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Tom Berry", "Tom Berry")


# 6. "according to" a bare noun of record named by its author ------------------------------


@pytest.mark.parametrize(
    ("text", "said", "source"),
    [
        (  # a setting after the cue, a mass noun with no article
            "“The quay is closing,” Ann Lee said Monday in Dover, according to audio posted by "
            "the Tribune.\n",
            "The quay is closing,",
            "the Tribune",
        ),
        (  # another cue verb, a description for the speaker
            "“We will fight,” the mayor told reporters on Friday, according to video recorded by "
            "the Dover Gazette.\n",
            "We will fight,",
            "the Dover Gazette",
        ),
        (  # present tense, inverted cue
            "“Nobody warned us,” says a fisherman from Dover, according to footage released by "
            "Harbor Watch.\n",
            "Nobody warned us,",
            "Harbor Watch",
        ),
        (  # the quote inside the sentence, an appositive before the cue
            "Ann Lee, the port's director, warned that “the quay is closing,” according to "
            "testimony obtained by the Dover Gazette.\n",
            "the quay is closing,",
            "the Dover Gazette",
        ),
    ],
)
def test_according_to_a_bare_record_names_its_author(text: str, said: str, source: str) -> None:
    q = only_quote(text)
    assert (text[q.start : q.end], mention(text, q), q.attributed_by) == (said, source, "source_frame")


def test_according_to_a_bare_record_with_no_author_leaves_the_speaker() -> None:
    """Neighbour: "according to audio posted online" names nobody: the cue's subject stays."""
    text = "“The quay is closing,” Ann Lee said, according to audio posted online.\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Ann Lee", "Ann Lee")


# 7. "according to X" right after the cue's own clause, with no comma ---------------------


@pytest.mark.parametrize(
    ("text", "said", "source"),
    [
        (  # a setting closes the cue's clause; the next quote continues the same source
            "“The quay is closing,” Ann Lee said in her newsletter according to the Tribune. “The "
            "cranes go next.”\n",
            "The quay is closing,",
            "the Tribune",
        ),
        (  # inverted cue
            "“The quay is closing,” said Ann Lee according to the Tribune.\n",
            "The quay is closing,",
            "the Tribune",
        ),
        (  # a description for the speaker, another cue verb, a time
            "“We will fight,” the harbour master told reporters on Friday according to the Dover Gazette.\n",
            "We will fight,",
            "the Dover Gazette",
        ),
        (  # present tense, an appositive after the speaker
            "“Nobody warned us,” says Tom Berry, a Dover pilot, according to Harbor Watch.\n",
            "Nobody warned us,",
            "Harbor Watch",
        ),
    ],
)
def test_according_to_after_the_cue_clause_is_the_outer_source(text: str, said: str, source: str) -> None:
    q = extract_quotes(document_from_text(text, "story.txt"))[0]
    assert (text[q.start : q.end], mention(text, q), q.attributed_by) == (said, source, "source_frame")


def test_according_to_a_plan_after_the_cue_names_no_source() -> None:
    """Neighbour: "according to plan" is a manner, not a source: the cue's subject stays."""
    text = "“The quay is closing,” Ann Lee said according to plan.\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Ann Lee", "Ann Lee")


# 8. A closing clause of reporting after the cue's own clause -----------------------------


@pytest.mark.parametrize(
    ("text", "said", "source"),
    [
        (  # inverted cue, an appositive, an inverted report; the next quote goes on with it
            "“The quay is closing,” said Ann Lee, executive director of Harbor Watch, reports "
            "the Tribune. “The cranes go next.”\n",
            "The quay is closing,",
            "the Tribune",
        ),
        (  # past tense, the reporter before its verb
            "“The quay is closing,” Ann Lee said, the Tribune reported.\n",
            "The quay is closing,",
            "the Tribune",
        ),
        (  # a description for the speaker, another cue verb, present tense
            "“We will fight,” the harbour master told reporters on Friday, the Dover Gazette reports.\n",
            "We will fight,",
            "the Dover Gazette",
        ),
        (  # a time after the report
            "“Nobody warned us,” Tom Berry said, the Harbor News reported on Monday.\n",
            "Nobody warned us,",
            "the Harbor News",
        ),
    ],
)
def test_a_closing_report_clause_is_the_outer_source(text: str, said: str, source: str) -> None:
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert (text[quotes[0].start : quotes[0].end], mention(text, quotes[0])) == (said, source)
    assert all(mention(text, q) == source for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "“The quay is closing,” Ann Lee said, reporting the news to the crew.\n",
        "“The quay is closing,” Ann Lee said, and the Tribune reported that the port agreed.\n",
    ],
)
def test_a_report_that_goes_on_or_is_coordinated_leaves_the_speaker(text: str) -> None:
    """Neighbours: a participle of the speaker's, or a coordinated report with its own object."""
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Ann Lee", "Ann Lee")


# 9. A capitalized word of time inside a name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The port is dying,” said Harbor Today in an editorial.\n", "Harbor Today"),
        ("The port is dying, according to Dover Tonight, “and nobody will save it.”\n", "Dover Tonight"),
        (  # the name closes a report clause after an appositive
            "“The port is dying,” said Ann Lee, executive director of Harbor Watch, reports USA Today.\n",
            "USA Today",
        ),
    ],
)
def test_a_word_of_time_inside_a_name_stays_in_it(text: str, source: str) -> None:
    assert mention(text, only_quote(text)) == source


@pytest.mark.parametrize(
    "text",
    ["Today Ann Lee said “the port is dying.”\n", "“The port is dying,” said Ann Lee Tuesday.\n"],
)
def test_a_word_of_time_outside_a_name_is_the_time(text: str) -> None:
    """Neighbours: "Today" opening the sentence and a weekday after the name are times."""
    assert mention(text, only_quote(text)) == "Ann Lee"
