"""Review-set tuning (session 33). Invented passages.

A teller inside a report who sets out the words after a colon or comma is their speaker
(``grammar.direct_inside``), also when a short phrase of setting stands between the listener
and the mark ("told him at a dinner:", "told the squad at halftime on Saturday,"): the mark
closes the phrase (``grammar.settings_close``), whatever its noun.

A capitalised word opening a sentence, then a plural that may be read as a verb ("rates",
"figures") and, past a phrase of place, an auxiliary ("Attendance rates at Fernhill have
fallen") is a thing, no surname a later he or she could stand for
(``resolution.verb_past_place``)."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

TOLD_AT = [
    (  # past perfect, an adverb, a phrase of place with no known noun of time or place
        "The former clerk, Milo Farrant, testified that the treasurer had once told him at a "
        "dinner: “Never write anything down.”",
        "Never write anything down",
        "the treasurer",
    ),
    (  # a year after the listener
        "Ottilie Brann said the club's founder told her in 2019: “Keep the doors open for everyone.”",
        "Keep the doors open for everyone",
        "the club's founder",
    ),
    (  # a bare noun and a second phrase of time, a comma before the quote
        "The striker, Tomas Reyes, said his coach told the squad at halftime on Saturday, “Nobody "
        "leaves this room sulking.”",
        "Nobody leaves this room sulking",
        "his coach",
    ),
    (  # a described teller, another cue verb, a phrase of three words
        "Asha Lind recalled that her first editor had told her after a long shift: “Check every name twice.”",
        "Check every name twice",
        "her first editor",
    ),
]

TOLD_AT_NEIGHBOURS = [
    (  # the reporter is the teller: a pronoun after the report's verb, the report's own words
        "Milo Farrant said he told the treasurer at a dinner: “Never write anything down.”",
        "Never write anything down",
        "Milo Farrant",
    ),
    (  # a clause, not a phrase of setting, between the listener and the colon
        "Ottilie Brann said the founder told her when the club was failing: “Keep the doors open.”",
        "Keep the doors open",
        "Ottilie Brann",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TOLD_AT)
def test_teller_sets_out_words_past_a_setting(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), TOLD_AT_NEIGHBOURS)
def test_reporter_keeps_words_not_set_out(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


PLURAL_THING = [
    (  # a phrase of place of one capitalised word, "have"
        "Dr. Mirela Oakes ran the clinic for a decade. “I have buried patients,” she said.\n\n"
        "Attendance rates at Fernhill have dropped every year. She said the figure was “a warning.”",
        "a warning",
        "Mirela Oakes",
    ),
    (  # a place of two words, "were", a he, a quote after a frame
        "Anselm Teague is the county's health officer. “We are behind,” he said.\n\n"
        "Vaccination rates at Brookmere School were lower than ever. According to figures he cited, "
        "only 70 percent of pupils were covered, below the 90 percent that he said was “the floor.”",
        "the floor",
        "Anselm Teague",
    ),
    (  # an article and a name, "had", another plural in -s, another cue verb
        "Nadia Brill runs the town's planning office. “We need homes,” she said.\n\n"
        "Turnout figures at the Harlow Hall had fallen for years. She called the drop “a scandal.”",
        "a scandal",
        "Nadia Brill",
    ),
]

PLURAL_THING_NEIGHBOURS = [
    (  # a surname and a verb in -s before a clause: still a person
        "Ines Marlow joined the council in May. Marlow waits at the door as officials are seated. "
        "“We start on time,” she said.",
        "We start on time",
        "Ines Marlow",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PLURAL_THING)
def test_plural_thing_is_no_surname(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), PLURAL_THING_NEIGHBOURS)
def test_surname_before_a_clause_stays_a_person(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)
