"""Mending s33-prev after review: a counted author set off after a paper is a crowd only when the
count is many and not a known group (mentions.many); "X and her Y" tells X's sex only when no one
else who could own the her is named just before (resolution.joined_own); a contrast whose two
names are both shown of the other sex gives the latest person shown of the pronoun's sex
(resolution.shown_person). Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, quote_with

# A small or known group set off after the paper signs it: the group speaks.
SMALL_GROUP = [
    ("The statement, from the three families, called the ruling “a relief.”", "a relief", "three families"),
    (
        "The letter, signed by two senators, says the treaty is “dead on arrival.”",
        "dead on arrival",
        "two senators",
    ),
    (
        "The letter, from three former ministers, urged voters to “think again.”",
        "think again",
        "three former ministers",
    ),
    (
        "The email, sent by the two managers, said staff should “expect changes.”",
        "expect changes",
        "two managers",
    ),
]

# A crowd (many, or a count not made) signs it: the paper speaks.
CROWD_NEIGHBOURS = [
    ("The letter, signed by 40 teachers, says “the cuts will harm pupils.”", "the cuts will harm", "letter"),
    ("The letter, signed by six residents, says the plan is “madness.”", "madness", "letter"),
    ("An open letter, signed by dozens of nurses, warns that the wards are “unsafe.”", "unsafe", "letter"),
    ("The letter, signed by more than three residents, says the plan is “madness.”", "madness", "letter"),
]

# "X and her Y" where someone who could own the her is named just before: X's sex is not told.
JOINED = [
    (
        "Ilsabet Lundqvar founded the charity. Dravik Olsenne and her brother joined later. "
        "“We were family,” he said.",
        "We were family",
        "Dravik Olsenne",
    ),
    (  # a description set off before the first name, a past perfect
        "The mayor, Tavessa Orbaine, thanked the volunteers. Kesto Marrow and her staff had worked "
        "through the night. “We did what anyone would,” he said.",
        "We did what anyone would",
        "Kesto Marrow",
    ),
    (  # another cue verb
        "Sabeth Wrathe sold the farm in May. Nadro Eskdale and her two brothers had worked it for "
        "years. “Nobody asked us,” he told reporters.",
        "Nobody asked us",
        "Nadro Eskdale",
    ),
    (  # a listed first name before, a his
        "Tomas Brell arrived early. Kesto Vale and his sister came later. “The hall was full,” she said.",
        "The hall was full",
        "Kesto Vale",
    ),
]

JOINED_NEIGHBOURS = [
    (  # no one before who could own the her: X's own
        "The council met on Monday. Dravik Olsenne and her brother joined later. “We were family,” she said.",
        "We were family",
        "Dravik Olsenne",
    ),
    (  # a man before a her: X's own
        "Tomas Brell founded the charity. Dravik Olsenne and her brother joined later. “We were family,” she said.",
        "We were family",
        "Dravik Olsenne",
    ),
]

# A contrast of two names both shown of the other sex: the latest person of the pronoun's sex.
FALLBACK = [
    (
        "Maria Marr, the union's leader, spoke first. “We will strike,” Marr said. Teodric Dunstane and "
        "his wife own the depot. Quillon Foyle and his wife run the haulage firm. Dunstane declined to "
        "comment, but Foyle was blunt. “We are not bluffing,” she said.",
        "We are not bluffing",
        "Maria Marr",
    ),
    (  # another cue, another owned noun, "would not"
        "Anna Lisk chairs the residents' group. “We were ignored,” Lisk said. Teodric Dunstane and his "
        "son run the yard. Quillon Foyle and his son run the garage. Dunstane would not discuss the "
        "vote, but Foyle was scathing. “Nobody listened,” she added.",
        "Nobody listened",
        "Anna Lisk",
    ),
    (  # a he after two women
        "Tomas Brell chairs the club. “We will appeal,” Brell said. Sabeth Wrathe and her husband run "
        "the bar. Odalys Brackley and her husband run the shop. Wrathe declined to comment, but "
        "Brackley was blunt. “It is over,” he said.",
        "It is over",
        "Tomas Brell",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    SMALL_GROUP + CROWD_NEIGHBOURS + JOINED + JOINED_NEIGHBOURS + FALLBACK,
)
def test_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # two women each with her own husband, a he: neither of them, and no man before
            "The council approved the tower block on Monday. Kaspo Imrie and her husband run a bakery "
            "near the station. Venna Jardine and her husband run a bakery near the station. Imrie did "
            "not respond to requests for comment, but Jardine was less guarded. “Patients will pay "
            "for this,” he said.",
            "Patients will pay",
        ),
    ],
)
def test_no_one_of_that_sex(text: str, words: str) -> None:
    q = quote_with(text, words)
    assert q.speaker is None or q.speaker.lower() in ("he", "she"), q.speaker
