"""resolution.restatement finds what the plain regex search it replaces finds (a speed-up
that must not change a single answer)."""

from __future__ import annotations

import random
import re

import pytest

from quotecheck.extract.resolution import restatement


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
