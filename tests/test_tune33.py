"""Review-set tuning (session 33). Invented passages.

A teller inside a report who sets out the words after a colon or comma is their speaker
(``grammar.direct_inside``), also when a short phrase of setting stands between the listener
and the mark ("told him at a dinner:", "told the squad at halftime on Saturday,"): the mark
closes the phrase (``grammar.settings_close``), whatever its noun."""

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
