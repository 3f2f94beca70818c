"""resolution.restatement and sentences.words give what the plain regex searches they
replace give: speed-ups that must not change a single answer."""

from __future__ import annotations

import random
import re

import pytest

from quotecheck.extract.resolution import restatement
from quotecheck.extract.sentences import TOKEN, Token, add_word, words


def reference(text: str, word: str, lo: int, hi: int) -> int:
    m = re.compile(r"\b[Tt]he (?:[A-Z][\w’'-]* ){0,3}" + re.escape(word) + r"\b").search(text, lo, hi)
    return -1 if m is None else m.start()


EDGES = [
    "the the",
    "The Big the",
    "xthe the",
    "_the the",
    "é the rookie",
    "1the rookie",
    "Othe rookie",
    "the  rookie",
    "she the rookie",
    "The The rookie",
    "the Big Red Old rookie",
    "the Big Red Old Fat rookie",
    "the Dunmore boss said the boss",
    "The rookie’s day and the rookies",
    "Lee, the O’Neill-Smith rookie, left",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges_as_the_regex(text: str) -> None:
    for word in ("the", "rookie", "boss", "rookies"):
        for lo in range(4):
            for hi in (len(text) - 1, len(text), len(text) + 3):
                assert restatement(text, word, lo, hi) == reference(text, word, lo, hi)


def test_random_text_as_the_regex() -> None:
    rng = random.Random(29)
    pieces = ["the", "The", "he", "she", "rookie", "Rookie", "Big", "a", "_", "é", "’s", ",", "x", "T"]
    for _ in range(3000):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", " ", "  ", "-"]) for _ in range(rng.randint(1, 14))
        )
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 3)
        for word in ("the", "rookie", "he"):
            assert restatement(text, word, lo, hi) == reference(text, word, lo, hi), (text, word, lo, hi)


SPACED = re.compile(rf"(\s*+)({TOKEN.pattern})")


def regex_words(text: str, start: int, end: int) -> list[Token]:
    """sentences.words as it was, one regex over the whole stretch."""
    out: list[Token] = []
    e = start
    for blanks, w in SPACED.findall(text, start, end):
        s = e + len(blanks)
        e = s + len(w)
        add_word(out, text, w, s, e)
    return out


def test_words_split_at_blanks_as_the_regex() -> None:
    rng = random.Random(2029)
    pieces = [
        "a",
        "IT",
        "it",
        "US",
        "the",
        " ",
        "  ",
        "\n",
        "\u00a0",
        "\u2003",
        "\t",
        ".",
        ",",
        "’",
        "'",
        "&",
        "-",
    ]
    pieces += [
        "_",
        "@",
        "#",
        "1",
        "2,500",
        "1,234,567a",
        "U.S.",
        "Mr.",
        "No.",
        "é",
        "²",
        "“",
        "—",
        "R-Ky.",
        "e.g.",
        "…",
    ]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 3)
        got = [(t.text, t.lower, t.start, t.end) for t in words(text, lo, hi)]
        assert got == [(t.text, t.lower, t.start, t.end) for t in regex_words(text, lo, hi)], (text, lo, hi)
