"""The audit of session 30's pruned rules, and two shapes the whole-session review found.

Rules an ablation screen deleted as redundant (no labelled text changed) and that this audit
restored because passages of their own comment's shape change without them:

- names.Registry.pronoun skips a name a fronted phrase takes as object ("In talks with Ruth
  Agar, she said": not Agar), with fronted_object's clause-opener and pronoun checks ("When I
  put it to Ann Roy, she said": Roy's).
- sentences.abbreviation: "no." is an abbreviation before a digit ("room no. 4"), so the
  sentence does not end there.
- grammar.subject: after a title quote inside the subject's appositive ("Ann Lee, the host of
  Bay Radio's “Open Line,” said callers were …") the name is the subject, not the report's.

New shapes:

- mentions.witnessed: any lower-case noun after a determiner or possessive speaks a participle
  of speech after a verb of perceiving ("heard the pilot telling the tower"), not only a noun
  the lexicon knows as a person; never an adjective before an -ing noun, a wh-clause or a
  relative clause closed by the participle.
- grammar.view_before_colon: "Here is how voters in Ashby see it:" is the voters' view, not
  the place's.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

FRONTED_OBJECT = [
    (
        "Ann Lee leads the union. In talks with Ruth Agar, she said the offer was “not enough.”",
        "not enough",
        "Ann Lee",
    ),
    (
        "Dana Pike chairs the panel. During a call with Mia Roy, she described the budget as “a fantasy.”",
        "a fantasy",
        "Dana Pike",
    ),
    (
        "The mayor, Nina Holt, met the unions. In talks with Ruth Agar, she said the offer was “final.”",
        "final",
        "Nina Holt",
    ),
]

FRONTED_OBJECT_NEIGHBOURS = [
    # a clause the name's addresser opens: the one addressed answers
    ("When I put it to Ann Roy, she said, “That is simply untrue.”", "simply untrue", "Ann Roy"),
    ("When reporters put the claim to Ann Roy, she said, “That is nonsense.”", "nonsense", "Ann Roy"),
    ("After I met Ann Roy, she told me the deal was “already done.”", "already done", "Ann Roy"),
]

NUMBER_ABBREVIATION = [
    (
        "Ann Lee, who lives in room no. 4, said the heating was “broken for weeks.”",
        "broken for weeks",
        "Ann Lee",
    ),
    (
        "Tom Vance, who works at gate no. 12, said the queues were “endless every morning.”",
        "endless every morning",
        "Tom Vance",
    ),
    ("Residents of block no. 3 said the lifts were “out of order again.”", "out of order", "Residents"),
]

NUMBER_ABBREVIATION_NEIGHBOURS = [
    ("The team’s No. 4 seed, Tom Vance, said it was “a fair draw.”", "a fair draw", "Tom Vance"),
    # "no." before a capital ends its sentence
    ("The answer was no. Ann Lee said it was “final and binding.”", "final and binding", "Ann Lee"),
]

TITLE_IN_APPOSITIVE = [
    (
        "Ann Lee, the host of Bay Radio’s “Open Line,” said callers were “furious.”",
        "furious",
        "Ann Lee",
    ),
    (
        "Tom Vance, the author of “Low Tide,” thanked readers and called the book “my best.”",
        "my best",
        "Tom Vance",
    ),
    (
        "Ole Brandt, the writer of “Salt Roads,” told students the book was “a warning.”",
        "a warning",
        "Ole Brandt",
    ),
    (
        "Mia Roy, the presenter of Bay Radio’s “Night Desk,” said guests were “too polite.”",
        "too polite",
        "Mia Roy",
    ),
]

TITLE_IN_APPOSITIVE_NEIGHBOURS = [
    (
        "Paul Okoro, host of Harbour FM’s “Quay Talk,” said drivers were “at breaking point.”",
        "breaking point",
        "Paul Okoro",
    ),
    (
        "Dana Pike told Harbour FM’s “Morning Desk” that the budget was “dead on arrival.”",
        "dead on",
        "Dana Pike",
    ),
]

WITNESSED_COMMON_NOUN = [
    (
        "Investigators heard the pilot telling the tower, “We have lost both engines.”",
        "both engines",
        "the pilot",
    ),
    ("Neighbours heard the couple shouting, “Get out of the house!”", "Get out", "the couple"),
    ("Witnesses saw the gunman yelling, “Nobody move!”", "Nobody move", "the gunman"),
    (
        "Staff overheard the boss telling a client that the firm was “close to collapse.”",
        "close to collapse",
        "the boss",
    ),
    ("Reporters heard the jury foreman saying, “We are still divided.”", "still divided", "jury foreman"),
    ("Neighbours heard the family arguing, “You never listen!”", "never listen", "the family"),
    ("Guards heard the fugitive pleading, “Do not shoot!”", "Do not shoot", "the fugitive"),
]

WITNESSED_NEIGHBOURS = [
    # an adjective before a noun of words, or before an -ing word with a bare noun after it
    (
        "Officers heard a stern warning from the chief that the march was “not allowed.”",
        "not allowed",
        "Officers",
    ),
    ("Critics saw her public speaking role as “a distraction from the job.”", "a distraction", None),
    # a head in -ing, or "of" after the -ing word: a noun phrase of words, no one speaking
    (
        "The crowd heard a moving reading of the letter, which ended “with love, from your son.”",
        "with love",
        None,
    ),
    (
        "Fans heard a rousing singing of the club song, which ends “we never walk alone.”",
        "never walk alone",
        None,
    ),
    (
        "Delegates heard a lengthy reading of the charter, which opens “we the members.”",
        "we the members",
        None,
    ),
    # a relative clause the participle closes
    ("Officers who heard the man shouting called the scene “total chaos.”", "total chaos", "Officers"),
    # a wh-clause
    (
        "The board saw how the chairman kept telling staff the firm was “in great shape.”",
        "in great shape",
        "The board",
    ),
]

VIEW_OF_PEOPLE_IN_PLACE = [
    (
        "Here's how voters in Ashby see it: “We were promised a bridge and got a pothole.”",
        "pothole",
        "voters",
    ),
    ("Here's how traders in Kelso see it: “The market is dying.”", "market is dying", "traders"),
    ("Here is how commuters across Dunmore view the fare rise: “Daylight robbery.”", "Daylight", "commuters"),
    ("Here's how the nurses inside Ashby General see it: “We are running on empty.”", "on empty", "nurses"),
]

VIEW_NEIGHBOURS = [
    ("Here is how officials at the Water Board see it: “The pipes are ancient.”", "ancient", "Water Board"),
    ("Here's how the mayor of Ashby sees it: “The town is broke.”", "town is broke", "mayor of Ashby"),
    ("Here's how Ann Lee sees it: “We will win this.”", "win this", "Ann Lee"),
    ("Here is how farmers in the valley see it: “Nobody asked us.”", "Nobody asked", "farmers"),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    FRONTED_OBJECT
    + FRONTED_OBJECT_NEIGHBOURS
    + NUMBER_ABBREVIATION
    + NUMBER_ABBREVIATION_NEIGHBOURS
    + TITLE_IN_APPOSITIVE
    + TITLE_IN_APPOSITIVE_NEIGHBOURS,
)
def test_restored_rule(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), WITNESSED_COMMON_NOUN + WITNESSED_NEIGHBOURS)
def test_witnessed_common_noun(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), VIEW_OF_PEOPLE_IN_PLACE + VIEW_NEIGHBOURS)
def test_view_of_people_in_place(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
