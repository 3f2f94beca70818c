"""A noun of number in "-ed" is no verb (session 35). Invented passages.

``sentences.finite`` reads a lower-case word in "-ed" as a verb in the past; "hundred" is a
noun of number (``lexicon.COUNT_NOUNS``), so "Two hundred gathered" has the count for its
subject and "gathered" for its verb, as the readers of a counted group
(``subjects.counted_group``) and of a verb in the past (``grammar.past_verb``) need."""

from __future__ import annotations

import pytest

from quotecheck.extract.grammar import past_verb
from quotecheck.extract.sentences import Token, finite
from tests.conftest import check_speaker

COUNTS = [
    ("Two hundred gathered and chanted: “Save our pool.”", "Save our pool", "Two hundred"),
    (  # a relative clause on the count, the colon as the cue
        "The hundred that gathered chanted: “Save our pool.”",
        "Save our pool",
        "The hundred",
    ),
    (  # "a hundred", a setting inside the relative clause, another verb
        "A hundred that marched on Friday shouted: “Save our pool.”",
        "Save our pool",
        "A hundred",
    ),
    (  # a noun after the count, the quote in the next sentence with "they"
        "Two hundred workers gathered. “Pay us,” they chanted.",
        "Pay us",
        "Two hundred workers",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COUNTS)
def test_a_count_in_hundreds_is_the_subject(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_hundred_is_no_verb_but_gathered_is() -> None:
    def tok(word: str) -> Token:
        return Token(word, word.lower(), 0, len(word))

    assert not finite(tok("hundred")) and not past_verb(tok("hundred"))
    assert finite(tok("gathered")) and past_verb(tok("learned"))
    # a count of its own with no noun still counts a group before its verb
    check_speaker(
        "Three nurses were suspended. All three chanted: “Reinstate us.”", "Reinstate us", "All three"
    )
