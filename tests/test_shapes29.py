"""Session 29 (branch s29-left): shapes a previous session noticed and left alone.

1. "and" plus a single capitalised word after a body's name joins it unless the word is the
   surname of a person the article named: then it is a second subject ("Ivo Lund … the Bank
   of Esterra and Lund said"; see tests/test_mend_left29.py).
2. A paper or a word of speech whose author an aside set off by commas names ("The tweet,
   from Ivo Marsh, read", "The letter, signed by the chair, said") speaks through the author.
3. A description by a kind of post ("the official", "the executive", "the candidate", "the
   lawmaker") is the one person the article gave a post of that kind, unless a plural of it
   ("officials") or an indefinite one ("a city official") was used since.
4. A verb of telling whose subject is an event ("The crash reminded him: “…”") gives no
   speaker, while a paper's ("The sign reminded drivers “…”") does; "remind X of" evokes
   ("reminded him of his father's words: “…”" is the father's).
5. A relative clause with its own determined subject ("a version that a neighbor called
   “…”") is that subject's, not a participle of the verb before.
All names invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Maria Vos leads the union. The Department of Labor and Vos agreed the rule was “unworkable.”",
            "Maria Vos",
        ),
        (
            "Ivo Lund runs a fund. The Bank of Esterra and Lund said the merger would be “good for savers.”",
            "Ivo Lund",
        ),
        ("Ada Okafor chairs the guild. “It is final,” the Ministry of Trade and Okafor said.", "Ada Okafor"),
        (
            "Tom Brandt owns the site. The Office of Planning and Brandt have called the layout “a maze.”",
            "Tom Brandt",
        ),
        # neighbours: a field or a pair of plurals inside the name
        (
            "The Department of Labor and Industry said the fine was “warranted.”",
            "Department of Labor and Industry",
        ),
        ("“We are proud,” said the Ministry of Culture and Sport.", "Ministry of Culture and Sport"),
        ("The Department of Parks and Trails said the path was “closed.”", "Department of Parks and Trails"),
    ],
)
def test_surname_after_and_is_not_in_the_body_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The tweet, from Ivo Marsh, read: “We will not back down.”", "Ivo Marsh"),
        ("Tara Vos is suing. The statement, from her lawyer, called it “a disgrace.”", "her lawyer"),
        ("The memo, written by Cara Lund, warned that costs were “out of control.”", "Cara Lund"),
        ("The email, sent by an aide to the mayor, said the vote was “rigged.”", "an aide"),
        ("The post, written by Bo Rask on Sunday night, had said the match was “fixed.”", "Bo Rask"),
        # neighbours: a time or a place the paper came from
        ("The report, from 2019, said the bridge was “unsafe.”", "The report"),
        ("The note, from a locked box, read: “Back at six.”", "The note"),
    ],
)
def test_author_set_off_after_a_medium(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ivo Marsh, the deputy health minister, toured the ward. The official said staffing was “thin.”",
            "Ivo Marsh",
        ),
        (
            "Deputy Minister Ivo Marsh toured the ward. Nurses complained. “Staffing is thin,” the official said.",
            "Ivo Marsh",
        ),
        (
            "Republican nominee Dana Pell spoke in Delft. The candidate said the plan was “overdue.”",
            "Dana Pell",
        ),
        (
            "Tom Hale, founder of Rasko Labs, met the press. The executive called the deal “a good fit.”",
            "Tom Hale",
        ),
        # neighbours: two people fit, or a plural of the kind is in play
        (
            "Ivo Marsh, the deputy health minister, met Tara Vos, the city's mayor. The official said it was “thin.”",
            "The official",
        ),
        (
            "Foreign Minister Ivo Marsh spoke on Monday. Officials from the ministry later met with envoys. "
            "“We are worried,” the official said.",
            "the official",
        ),
        (
            "Rep. Tara Vos filed the bill. Several lawmakers objected to it. The lawmaker said the fee was “a tax.”",
            "The lawmaker",
        ),
    ],
)
def test_description_by_kind_of_post(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The sign reminded drivers “slow down, children at play.”", "The sign"),
        ("The banner reminded visitors that the park was “closed after dusk.”", "The banner"),
        ("The plaque reminds visitors: “Here the first ferry landed.”", "The plaque"),
        (
            "Tom Hale was in the car. The crash reminded him of his father's words: “Never rush.”",
            "his father",
        ),
        ("The long drive reminded Ann Roy of her mother's warning: “Never drive tired.”", "her mother"),
        ("His uncle reminds him of Ivo Lund saying that “work is prayer.”", "Ivo Lund"),  # neighbour
        # neighbours: an event tells nothing; a person who reminds does
        ("The crash reminded him: “Life is short.”", None),
        ("The storm warned them: “Leave now.”", None),
        ("Ann Roy reminded reporters that the plan was “a first step.”", "Ann Roy"),
    ],
)
def test_verbs_of_telling_with_a_thing_subject(text: str, who: str | None) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Marsh offered a version that a neighbor called “nonsense.”", "a neighbor"),
        ("Marsh offered a version of events that one neighbor called “nonsense.”", "one neighbor"),
        ("Pell released a timeline that the aide described as “accurate.”", "the aide"),
        ("The council passed a plan that its critics called “a giveaway.”", "its critics"),
        # neighbours: a participle naming the noun before it
        ("Ivo Marsh slammed the loophole called the “golden gate.”", "Ivo Marsh"),
        (
            "A group of nine artists and writers this week published a letter and called it “urgent.”",
            "A group",
        ),
    ],
)
def test_relative_clause_with_its_own_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]
