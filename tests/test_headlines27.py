"""Headline quotes, session 27: a headline whose speaker is a body's noun ("Utility
Says …") is that body when the article names one of its kind, or the noun, never a
surname; a plural role word before names ("Hosts Ann Lee and Tom Park") is not part of the
first name. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text + "\n", "story.txt"))


def headline_quotes(text: str) -> list[Quote]:
    return [q for q in quotes_of(text) if q.start < text.index("\n")]


# 1. a headline's quote marks -------------------------------------------------------------------
# Single marks in a Title Case headline over a body quoting in double marks stay out (see
# test_false_alarms: PolNeAR does not count them, and most are terms nobody said); the same
# headline in double marks is read, and the rules below are tested on such headlines.


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Council Calls Ferry Plan “Unworkable”\nThe town council voted against the scheme on "
            "Tuesday. “It cannot work,” councillor Ann Reyes said.",
            "Unworkable",
        ),
        (
            "Band Says “We’re Back” After Ten Years Apart\nThe Lanterns played their first show "
            "since 2015. “It felt like home,” singer Jo Marr said.",
            "We’re Back",
        ),
    ],
)
def test_double_marked_headline_quote_is_found(text: str, words: str) -> None:
    assert [q.text for q in headline_quotes(text)] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Council Calls Ferry Plan ‘Unworkable’\nThe town council voted against the scheme on "
        "Tuesday. “It cannot work,” councillor Ann Reyes said.",
        "Council calls the ferry plan ‘unworkable’ after a vote\nThe council voted on Tuesday. "
        "“It cannot work,” councillor Ann Reyes said.",
        # apostrophes only
        "Mayor’s Pier Plan Won’t Work, Critics’ Group Says\nThe plan was shown on Monday. "
        "“It is far too costly,” Tom Hale said.",
    ],
)
def test_no_single_marked_headline_quote(text: str) -> None:
    assert headline_quotes(text) == []


# 2. a body's noun as the headline's speaker ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Airline Says Delays Are “Regrettable”\nBudget airline Vantor Air apologised to "
            "passengers after a week of cancellations.",
            "Vantor Air",
        ),
        # in apposition after the name, and a body quote in double marks
        (
            "Utility Says Rates Will Rise “Sharply”\nHarbor Power, the regional utility, wrote to "
            "customers on Monday. “Bills will climb this winter,” the company said.",
            "Harbor Power",
        ),
        # another cue verb, the noun given before the name
        (
            "Bank Calls Rate Rise “Overdue”\nThe lender Northgate Bank welcomed the decision. "
            "“It was long overdue,” a spokesman said.",
            "Northgate Bank",
        ),
        # two words, the body's own head
        (
            "City Council Says Budget Is “Balanced”\nThe Fenwick City Council approved the budget "
            "on Monday. “We have balanced it,” the treasurer, Tom Hale, said.",
            "Fenwick City Council",
        ),
        # no body of the kind named: the noun, never a surname
        (
            "Council Calls Ferry Plan “Unworkable”\nThe town council voted against the scheme on "
            "Tuesday. “It cannot work,” councillor Ann Reyes said.",
            "council",
        ),
        # two of the kind: the noun
        (
            "Airline Says Delays Are “Regrettable”\nBudget airline Vantor Air and the rival "
            "airline Skyhop both cancelled flights.",
            "airline",
        ),
    ],
)
def test_headline_body_noun(text: str, speaker: str) -> None:
    assert [q.speaker for q in headline_quotes(text)] == [speaker]


def test_headline_body_name_stays() -> None:
    text = (
        "Dunmore Council Calls Plan “Unworkable”\nThe council voted 7-2 against the scheme. "
        "“It cannot work,” council leader Ann Reyes said."
    )
    assert [q.speaker for q in headline_quotes(text)] == ["Dunmore Council"]


# 3. a plural role word before names ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hosts Ann Lee and Tom Park say the show will return in May. “We are thrilled,” Lee said.",
        "Co-hosts Ann Lee and Tom Park told listeners the show was ending. “It has been a joy,” said Lee.",
        "Coaches Ann Lee and Tom Park met the board on Friday. “We need more funds,” Lee said.",
        "Senators Ann Lee and Tom Park wrote to the agency. “The delay is unacceptable,” Lee said.",
        # a plural no list knows, another name joined after
        "Rookies Ann Lee and Tom Park both scored twice. “It felt great,” Lee said.",
    ],
)
def test_plural_role_is_not_part_of_the_name(text: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title of one person: it still tells her gender
        ("Mrs Ann Lee said the show would return. “We are thrilled,” she said.", "Ann Lee"),
        ("Dr Ann Lee and Tom Park met on Friday. “We are done,” Lee said.", "Ann Lee"),
    ],
)
def test_singular_title_before_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


# 4. a name with and without its accents is one person ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Renée Dufort Calls Levy “Unfair”\nThe minister, Renée Dufort, spoke on Monday. “It is unfair,” "
        "Dufort said.",
        "Jose Arriaga Says Talks “Went Well”\nTrade envoy José Arriaga met the union on Friday. “It went "
        "well,” Arriaga said.",
        "Zoë Marsh Says Budget Is “Fair”\nThe treasurer Zoe Marsh presented the budget. “It is fair,” "
        "said Marsh.",
    ],
)
def test_name_with_and_without_accents_is_one_person(text: str) -> None:
    speakers = [q.speaker for q in quotes_of(text)]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and " " in (speakers[1] or "")


def test_two_people_sharing_a_surname_stay_two() -> None:
    text = (
        "Ann Lefèvre and her brother Marc Lefèvre run the bakery. “We bake at four,” Ann Lefevre "
        "said. “I deliver,” said Marc Lefèvre."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ann Lefevre", "Marc Lefèvre"]


# 5. a headline's colon label: the speaker, then a topic after a preposition ---------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour Chief On Ferry Cuts: “We Had No Choice”\nHarbour chief Nina Falk spoke on Monday. "
            "“We had no choice,” Falk said.",
            "Nina Falk",
        ),
        (
            "Mayor About the Levy: “Fair to All”\nMayor Lena Ford spoke at the hall. “It is fair to all,” "
            "Ford said.",
            "Lena Ford",
        ),
        # a name before the topic, in sentence case and double marks
        (
            "Ann Reyes on the ferry vote: “We lost fairly”\nCouncillor Ann Reyes conceded on Tuesday. "
            "“We lost fairly,” Reyes said.",
            "Ann Reyes",
        ),
    ],
)
def test_headline_colon_label_with_a_topic(text: str, speaker: str) -> None:
    assert [q.speaker for q in headline_quotes(text)] == [speaker]


def test_headline_colon_label_without_a_topic() -> None:
    text = "Ann Lee: “We Will Win”\nThe candidate Ann Lee spoke on Friday. “We will win,” Lee said."
    assert [q.speaker for q in headline_quotes(text)] == ["Ann Lee"]
