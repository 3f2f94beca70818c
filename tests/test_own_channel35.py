"""A person's own outlet after the person's possessive is the person's voice (session 35).
Invented passages.

``lexicon.POSSESSED_GROUPS`` (a group or body a person has: "Ann Roe's family", "Lamm's
firm", spoken as written) leaves out ``OWN_CHANNEL_NOUNS``: "Lamm's channel", "Fenn's website"
are what the person speaks through, as "the mayor's account" is, so the possessor speaks
(``resolution.possessor``); a station or a firm the person owns or works for is a body of its
own."""

from __future__ import annotations

import pytest

from quotecheck.extract import lexicon as lx
from tests.conftest import check_speaker

OWN = [
    (  # the name before, the surname's possessive after the quote
        "Ivo Lamm runs a YouTube channel on gardening. “New videos every Friday,” Lamm's channel said.",
        "New videos",
        "Ivo Lamm",
    ),
    (  # the full name, a curly apostrophe, another cue verb and a setting
        "“Stay tuned,” Ivo Lamm’s channel posted on Friday.",
        "Stay tuned",
        "Ivo Lamm",
    ),
    (  # a website, a participle after the tag
        "“Orders ship on Monday,” Ada Fenn's website announced, adding that stock was low.",
        "Orders ship",
        "Ada Fenn",
    ),
    (  # the tag before the quote
        "Ada Fenn's website said: “We are closed for the holidays.”",
        "closed for the holidays",
        "Ada Fenn",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OWN)
def test_a_persons_own_outlet_is_the_persons_voice(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ivo Lamm hosts a show on Kell Radio. “We are off air for a week,” Lamm's station said.",
            "off air",
            "Lamm's station",
        ),
        ("“We acted within the law,” Tomas Quill's firm said.", "within the law", "Tomas Quill's firm"),
    ],
)
def test_a_body_a_person_owns_speaks_as_written(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_own_outlets_are_no_possessed_groups() -> None:
    assert not lx.POSSESSED_GROUPS & lx.OWN_CHANNEL_NOUNS
    assert {"station", "firm", "newspaper"} <= lx.POSSESSED_GROUPS
