"""A group counted as the subject before a "they" (session 35). Invented passages.

A subject that counts a group with no noun after the count ("All three were arrested", "Both
have since left", "The two met in 2010"), or with an "of" phrase of people ("All four of the
men were released", "The three of them sat down"), is the group the "they" of the next
sentence stands for (``subjects.counted_group``); "Both" or "The two" after a pair named as
subject just before is that pair. A subject whose verb is an irregular past with no "-ed"
("Both men spent six months …") ends at its noun: the irregular pasts are known verbs
(``lexicon.PAST_FORMS``)."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

GROUPS = [
    (
        "Both men spent six months preparing the bid. “We knew it would be close,” they said.",
        "knew it would be close",
        "Both men",
    ),
    (  # no noun, a passive, another cue verb
        "All three were arrested at the scene. “We did nothing wrong,” they told the court.",
        "nothing wrong",
        "All three",
    ),
    (  # an "of" phrase of people, an adverb before the verb
        "All four of the men were later released. “We were never charged,” they said.",
        "never charged",
        "All four of the men",
    ),
    ("The two met in 2010. “It was love at first sight,” they said.", "love at first sight", "The two"),
    (  # an object pronoun in the "of" phrase, a figure for the count
        "All 12 were rescued by the lifeboat crew. “We thought we would die,” they said.",
        "would die",
        "All 12",
    ),
    (
        "The three of them sat down with the mayor. “We want a fair deal,” they said.",
        "fair deal",
        "The three of them",
    ),
    (  # "Both" after a pair named as subject: the pair
        "Ivo Lamm and Tessa Grove founded the shop. Both have since left. “We wish it well,” they said.",
        "wish it well",
        "Ivo Lamm and Tessa Grove",
    ),
    (  # another irregular past after a name: the name is the subject, the pronoun's antecedent
        "Lamm understood the risk. “I knew what I was doing,” he said.",
        "knew what I was doing",
        "Lamm",
    ),
]

NEIGHBOURS = [
    # no count: "All" is no group of people
    ("All was quiet in the village. “We never saw anything,” they said.", "never saw anything", "they"),
    # a count before a noun that is no people: the sides, not a group the "they" is
    ("The two sides met on Monday. “Talks were useful,” they said.", "Talks were useful", "they"),
    # a year is no count
    ("The 2019 figures were revised. “The error was ours,” they said.", "error was ours", "they"),
    # the group is an object: the subject who acted speaks, as before
    (
        "Police arrested all three on Friday. “We acted on good information,” they said.",
        "good information",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GROUPS)
def test_the_counted_group_is_the_they(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), NEIGHBOURS)
def test_no_counted_group(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_a_counted_group_before_a_colon_speaks() -> None:
    check_speaker("All three agreed: “The deal is dead.”", "deal is dead", "All three")
