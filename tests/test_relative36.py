"""Two shapes of attribution (session 36). Invented passages.

1. A relative clause without "who"/"that" on the subject: its own subject is a pronoun or a
   noun with its determiner, and its verb may strand a preposition or a particle or carry a
   phrase of place or time before the cue verb ("The residents we spoke to said",
   "Players the club released last year said", "Colleagues at the firm she founded described
   her as"). The head noun phrase speaks, not the clause's subject.
2. A live-blog entry: a clock time alone ("14:12", "[14:12]", "9.05am", "9:05 a.m.") stands
   before "Name:" as the dash does in "14:12 — Holt:"; a one-word heading ("Update",
   "Breaking") is no speaker."""

from __future__ import annotations

import pytest

from tests.conftest import mention, quote_with


def speaker_mention(text: str, words: str) -> str | None:
    """The speaker mention, as written, of the quote holding ``words``."""
    doc = text + "\n"
    q = quote_with(doc, words)
    return mention(doc, q) if q.kind == "quote" else None


RELATIVE = [
    ("The residents we spoke to said “nobody warned us about the water.”", "nobody warned", "The residents"),
    (  # a pronoun subject, a noun phrase with a preposition as head, another cue verb
        "Colleagues at the firm she founded described her as “relentless and kind.”",
        "relentless",
        "Colleagues at the firm",
    ),
    ("The people he trained called him “the best teacher on the coast.”", "best teacher", "The people"),
    (  # a bare plural head, a noun subject, a time after the clause's verb
        "Players the club released last year said “the coaching staff never listened.”",
        "coaching staff",
        "Players",
    ),
    ("Officials I interviewed said “the budget was never realistic.”", "budget was never", "Officials"),
    (  # a particle after an irregular past
        "The workers the plant laid off said “we gave that place thirty years.”",
        "thirty years",
        "The workers",
    ),
    (
        "The residents they surveyed say “parking is the main worry.”",
        "parking is",
        "The residents",
    ),  # present
    (  # a place phrase after the clause's verb, a stance cue
        "Riders I spoke to at the depot complained “the app docks our pay for rain.”",
        "docks our pay",
        "Riders",
    ),
    (  # a stance verb closing the clause signs nothing
        "The carers she employed insisted “we were paid late every month.”",
        "paid late",
        "The carers",
    ),
    (  # a month phrase, a bare plural of a noun without -s
        "Staff the agency dismissed in March said “nobody explained the decision.”",
        "nobody explained",
        "Staff",
    ),
    (  # an earlier sentence, a weekday
        "Morale is low at the depot. Drivers we spoke to on Tuesday said “nobody trusts the new rota.”",
        "new rota",
        "Drivers",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELATIVE)
def test_head_of_reduced_relative_speaks(text: str, words: str, expected: str) -> None:
    assert speaker_mention(text, words) == expected


NOT_RELATIVE = [
    # the subject says, and a clause after it
    ("The residents said we should leave “before the river rises again.”", "river rises", "The residents"),
    # the people he trained are an object; the subject of the participle speaks
    ("She praised the people he trained, saying “they carried the whole season.”", "carried the", "She"),
    # an infinitive's "to", not a stranded preposition
    ("The coach wanted to say “thank you” to the fans after the final.", "thank you", "The coach"),
    # the clause on an object: the main subject speaks
    (
        "The mayor met the residents we spoke to and said “the council will pay.”",
        "council will pay",
        "The mayor",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NOT_RELATIVE)
def test_neighbours_of_reduced_relative(text: str, words: str, expected: str) -> None:
    assert speaker_mention(text, words) == expected


def test_nested_report_keeps_its_reading() -> None:
    """ "Officials say she said": no relative clause; the reading is the start tree's."""
    text = "Officials say she said “the vote will happen on Friday.”"
    assert speaker_mention(text, "vote will happen") == "Officials"


HEAD = "Live: Fenmoor council budget vote\n\n"

BLOG = [
    (HEAD + "14:12 Holt: “We will not back this budget in its current form.”", "not back", "Holt"),
    (HEAD + "9.05am Mayor Ilse Varga: ‘The vote goes ahead tonight.’", "vote goes ahead", "Mayor Ilse Varga"),
    (HEAD + "[14:12] Holt: “We are still talking to the treasurer.”", "still talking", "Holt"),
    (HEAD + "9:05 a.m. Varga: “Not yet.”", "Not yet", "Varga"),
    (HEAD + "(19:50) Lund: “The crew have been paid.”", "crew have", "Lund"),
    (HEAD + "14:20 — Holt: “That is our final position.”", "final position", "Holt"),  # the dash, as before
]


@pytest.mark.parametrize(("text", "words", "expected"), BLOG)
def test_time_stamp_then_name_and_colon(text: str, words: str, expected: str) -> None:
    assert speaker_mention(text, words) == expected


LABELS = [
    HEAD + "14:30 Update: “The session has been suspended for twenty minutes.”",
    HEAD + "14:15 Breaking: “The treasurer has resigned.”",
    HEAD + "14:40 — Reaction: “A dark day for the town.”",
]


@pytest.mark.parametrize("text", LABELS)
def test_heading_after_time_stamp_is_no_speaker(text: str) -> None:
    words = text.split("“")[1][:12]
    assert speaker_mention(text, words) is None


def test_clock_time_inside_a_sentence() -> None:
    text = HEAD + "At 14:12 Holt said “we will return after the break.”"
    assert speaker_mention(text, "return after") == "Holt"
