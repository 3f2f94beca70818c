"""Where a group's "they" goes (session 33, after a review of the sweep): not to an unnamed
body when people were brought in before it in the paragraph or after it (a group's quote,
then a line that the body did not comment); "the team", "the couple" name the club, family or
pair named just before, or abstain; a they/them mark counts for the person whose aside it is
("Ann Moray met Sam Oke, who is nonbinary": Sam Oke), never for a noun phrase ("a counsellor
for nonbinary teenagers"); a person joined by "and" to a partner abstains."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt")) if q.kind == "quote"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "“We lost everything,” the tenants said. The agency has not answered questions about the repairs. "
            "“We want our deposits back,” they added.",
            "agency",
        ),
        (
            "“Nobody listened to us,” the couple told the Courier. The ministry has not commented. "
            "“We are still waiting,” they said.",
            "ministry",
        ),
        (
            "Pickets blocked the depot gates at dawn. The firm declined to comment. "
            "“We will stay until someone talks to us,” they said.",
            "firm",
        ),
        (
            "Drivers have walked off the job twice this month. The company refused to meet them on Friday. "
            "“We are not going back,” they said.",
            "company",
        ),
        (
            "After parents complained for months, the district cancelled the trip. “We were ignored,” they said.",
            "district",
        ),
    ],
)
def test_body_they_not_after_people(text: str, body: str) -> None:
    assert body not in (speakers(text)[-1] or "")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The commission voted on Thursday to delay the ruling. “We need more time,” they said.",
            "The commission",
        ),
        (
            "The trust has been criticised for months. “We have listened and we will act,” they said in a statement.",
            "The trust",
        ),
    ],
)
def test_body_they_alone_neighbour(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Corvane Rangers sacked their manager on Sunday. The team has won twice all season. "
            "“We thank him for his service,” they said in a statement.",
            "Corvane Rangers",
        ),
        (
            "Tollbury Athletic lost 3-1 at home on Saturday. The team had not lost since August. "
            "“We will regroup,” they said.",
            "Tollbury Athletic",
        ),
        (
            "The Morrow family has run the inn since 1921. The family sold it on Friday. “It was time,” they said.",
            "The Morrow family",
        ),
    ],
)
def test_noun_names_what_it_stands_for(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ines Varga and Tomas Brell married in 2008. The couple sold the farm last week. “We had no choice,” they said.",
            "Ines Varga and Tomas Brell",
        ),
        (
            "Leah and Noor Bexley were born minutes apart. The twins opened the gallery in May. "
            "“We never planned it,” they told the Courier.",
            "Leah and Noor Bexley",
        ),
        (
            "Tomas and Erik Vandyne grew up above the shop. The brothers have run it since 2001. "
            "“It is all we know,” they added.",
            "Tomas and Erik Vandyne",
        ),
    ],
)
def test_noun_names_the_pair(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Brisk Lantern formed in Dunmore in 2014. The band has split twice since. "
            "“We always come back,” they told the Courier.",
            "The band",
        ),
        (
            "Petra Lindqvist and her husband, Jon, bought the mill in 2015. The couple has struggled since. "
            "“Nobody warned us,” they said.",
            "The couple",
        ),
        (
            "Police said Ines Varga and Tomas Brell were unhurt. The couple returned home on Sunday. "
            "“We were lucky,” they said.",
            "The couple",
        ),
    ],
)
def test_noun_after_a_name_not_bare(text: str, noun: str) -> None:
    assert speakers(text)[-1] != noun


def test_noun_alone_neighbour() -> None:
    text = "The couple moved to Brenmoor in 2019. “We never expected the flood,” they said."
    assert speakers(text) == ["The couple"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "Mayor Lina Dorsey met Ash Penrow, who uses they/them pronouns, on Monday. “We talked for an hour,” they said.",
            "Ash Penrow",
        ),
        (
            "Lina Dorsey, 48, hired Ash Penrow, who is nonbinary, last year. “It was the right call,” they said.",
            "Ash Penrow",
        ),
        (
            "Councillor Bo Fenwick sat beside Rue Calder, who identifies as non-binary, at the hearing. "
            "“Nobody asked us,” they told reporters.",
            "Rue Calder",
        ),
    ],
)
def test_mark_of_another_person(text: str, marked: str) -> None:
    assert speakers(text) == [marked]


@pytest.mark.parametrize(
    "text",
    [
        "“We were never told,” said Cal Brenner, a counsellor for nonbinary teenagers. “It has to change,” they said.",
        "“We saw it coming,” said Mira Holt, who runs a clinic for non-binary adults. “Funding is the problem,” they said.",
        "“We were never told,” said Oren Vale, whose charity supports nonbinary students. “It has to change,” they added.",
    ],
)
def test_mark_of_a_noun_phrase(text: str) -> None:
    first, second = speakers(text)
    assert second != first


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ash Penrow, who uses they/them pronouns, ran the shelter for a decade. “It was my life,” they said.",
            ["Ash Penrow"],
        ),
        (
            "“It was my life,” said Ash Penrow, who is nonbinary. “I would do it again,” they added.",
            ["Ash Penrow"] * 2,
        ),
        (
            "Rue Calder, 29, is nonbinary and has run the clinic since 2020. “It was my life,” they said.",
            ["Rue Calder"],
        ),
    ],
)
def test_own_mark_neighbour(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Lina Dorsey and her partner, Ash Penrow, who uses they/them pronouns, run the shelter. "
            "“It was our life,” they said.",
            "Ash Penrow",
        ),
        (
            "Tomas Brell and his spouse, Kit Arden, who is nonbinary, bought the mill in 2015. “We had no choice,” they said.",
            "Kit Arden",
        ),
        (
            "Bo Fenwick and his colleague, Rue Calder, who goes by they/them, opened the clinic in May. "
            "“We saw the need,” they told the Courier.",
            "Rue Calder",
        ),
    ],
)
def test_partner_with_mark_not_alone(text: str, partner: str) -> None:
    assert speakers(text) != [partner]


def test_pair_with_mark_neighbour() -> None:
    text = "Mira Holt and Rue Calder, who is non-binary, opened the bakery in May. “We had no choice,” they said."
    assert speakers(text) == ["Mira Holt and Rue Calder"]
