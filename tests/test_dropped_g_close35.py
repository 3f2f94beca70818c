"""A dropped g right before a quote's close (session 35). Invented passages.

In a single-marked (British) quote, the apostrophe of a word that dropped its g (singin’,
nothin’) is no closing mark when the quote's own closing mark follows at once, past a comma,
a stop, a question or exclamation mark: ‘We kept singin’,’ she said. Only a word whose -ing
form the lexicon knows (``spans.dropped_g_close``); ‘… spin’, ‘… Berlin’ close at their mark."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

CLOSES_AFTER = [
    ("‘We kept singin’,’ she said.", "We kept singin’,", "she"),
    ("‘Nothin’ doin’,’ he said.", "Nothin’ doin’,", "he"),
    (  # an inverted tag, a role set off after the name
        "‘We just kept on walkin’,’ said Ivo Lamm, the group's leader.",
        "We just kept on walkin’,",
        "Ivo Lamm",
    ),
    ("‘Where are you goin’?’ the guard asked.", "Where are you goin’?", "the guard"),
    ("‘Stop that nonsense, you’re kiddin’!’ she shouted.", "Stop that nonsense, you’re kiddin’!", "she"),
    (  # two dropped g's, the quote going on after the tag
        "‘We were just sittin’ there waitin’,’ said Ada Fenn. ‘Then the bus came.’",
        "We were just sittin’ there waitin’,",
        "Ada Fenn",
    ),
    ("'We kept singin',' she said.", "We kept singin',", "she"),  # typewriter marks
]


def quote_texts(text: str) -> list[tuple[str, str | None]]:
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    return [(q.text, q.speaker) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(("text", "words", "speaker"), CLOSES_AFTER)
def test_the_second_mark_closes(text: str, words: str, speaker: str) -> None:
    got = quote_texts(text)
    assert got[0] == (words, speaker), got


def test_a_split_quote_goes_on_after_the_tag() -> None:
    assert quote_texts("‘We kept singin’,’ she said, ‘all the way home.’") == [
        ("We kept singin’,", "she"),
        ("all the way home.", "she"),
    ]


def test_words_with_no_ing_form_close_at_their_mark() -> None:
    assert quote_texts("‘Don’t let it spin,’ she said.") == [("Don’t let it spin,", "she")]
    assert quote_texts("‘The whole thing was mostly spin’, she said.") == [
        ("The whole thing was mostly spin", "she")
    ]
    assert quote_texts("‘We never made it to Berlin’, he said. ‘Not once.’") == [
        ("We never made it to Berlin", "he"),
        ("Not once.", "he"),
    ]
    assert speakers("‘It’s a margin’, he said.") == ["he"]


def test_a_short_scare_phrase_still_closes_at_its_mark() -> None:
    # a short phrase opened mid-sentence is a scare quote: its mark closes, as before
    got = quote_texts(
        "Ada Fenn called the plan ‘a sittin’ duck’ for critics, and Ivo Lamm said it was ‘doomed’."
    )
    assert [t for t, _ in got] == ["a sittin", "doomed"]
