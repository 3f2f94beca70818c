"""Sweep P's two broken shapes (session 33).

- A group noun ("The couple", "The family", "The pair") after two people named by "and" as
  a sentence's subject stands for the pair only when no other group came in between: a group
  brought in by "a" ("sold the mill to a couple from Harwick", "found a family sheltering"),
  people in the plural, or a relative picking the group out ("The couple who bought it").
- A dropped-g word's mark inside a single-marked quote is read as an apostrophe only when the
  quote still closes in its paragraph before another quote opens; else it closes the quote,
  which then swallows no next one.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import quote_with


def texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(document_from_text(text, "story.txt"))]


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


NEW_GROUP = [
    "Ilsa Vantor and Brun Okele sold the mill to a couple from Harwick last autumn. "
    + "The couple said they loved it. “We will stay for good,” they said.",
    "Ilsa Vantor and Brun Okele will host a family from abroad this winter. "
    + "The family arrived on Friday. “We are grateful to everyone,” they told the paper.",
    "Ilsa Vantor and Brun Okele rescued, on Sunday, a pair stranded on the ridge. "
    + "The pair were unhurt. “We were lucky to be seen,” they added.",
    "Ilsa Vantor and Brun Okele ran the shop for years. The couple who bought it moved in "
    + "last week. “We need a lot of work done,” they said.",
    "Ilsa Vantor and Brun Okele coached two nurses for the race. The pair finished in an "
    + "hour. “We trained every morning,” they said.",
]


@pytest.mark.parametrize("text", NEW_GROUP)
def test_a_new_group_is_not_the_pair(text: str) -> None:
    assert "vantor" not in speaker_of(text, "We")


PAIR_ITSELF = [
    "Ilsa Vantor and Brun Okele married in Harwick in 1980. The couple still run the shop. "
    + "“We will stay for good,” they said.",
    "The Vantor couple opened a bakery in Harwick. The couple still bake every night. "
    + "“We will stay for good,” they said.",
]


@pytest.mark.parametrize("text", PAIR_ITSELF)
def test_the_pair_itself_is_still_named(text: str) -> None:
    assert "vantor" in speaker_of(text, "We will stay")


SWALLOWING = [
    "Pel Arvid described the shift as ‘a lot of standin around and waitin’ at the gate. "
    + "‘We will win,’ he said.",
    "‘Get on with livin’ became the motto of the club, Tam Orrey said. ‘We go on,’ he added.",
    "Pel Arvid said it was 'a lot of standin around and waitin' outside. 'We will win,' he said.",
    "'Get on with livin' became the motto of the club, Tam Orrey said. 'We go on,' he added.",
    "The guide summed the trek up as ‘hours of endless climbin and walkin’ through fog. "
    + "‘Bring good boots,’ said Noor Halden.",
]


@pytest.mark.parametrize("text", SWALLOWING)
def test_a_dropped_g_quote_swallows_no_next_quote(text: str) -> None:
    got = texts(text)
    assert len(got) == 2, got
    assert not any("‘" in t or " '" in t for t in got), got


ONE_QUOTE = [
    "“We were just sittin’ there,” she said.",
    "Ann Lestrade said: ‘We were just sittin’ there all day and nobody came, and we didn’t mind.’",
    "Ann Lestrade said: 'We were just sittin' there all day and nobody came.'",
]


@pytest.mark.parametrize("text", ONE_QUOTE)
def test_a_dropped_g_inside_a_quote_stays_in_it(text: str) -> None:
    got = texts(text)
    assert len(got) == 1 and "there" in got[0], got
