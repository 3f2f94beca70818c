"""A body's noun ("the company", "the supermarket", "the chain") and the body it names again
(s26-bodies): a name set beside a body's noun registers as a body of that kind; "the company"
fits only a body the article marks as a business; the body the sentence before has for
subject comes first. Invented news text, run through the extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


# A name in apposition to a body's noun, before or after it, or right after the noun, is a
# body of that kind: "the company", "the firm", "the business" and the noun itself name it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the noun before, set off; another body named first, no business
        (
            "Historic Wales said the find was important. Workers uncovered a medieval oven last "
            "month. The bakery chain, Crumb & Co, has paused its plans. In a statement, the company "
            "said it was “delighted to work with the archaeologists”.",
            "Crumb & Co",
        ),
        (
            "The supermarket, Harvest Foods, closed its Dunmore branch on Friday. Staff were told "
            "on Thursday. “We know this is hard news,” the supermarket said.",
            "Harvest Foods",
        ),
        # a relative clause after the noun
        (
            "Plans for the old mill were shelved. The brewery that owns the site, Hollins Ales, said "
            "costs had doubled. “We have not given up,” the company said in a statement.",
            "Hollins Ales",
        ),
        # the noun after the name, with an article and modifiers, present tense
        (
            "Harvest Foods, a supermarket chain, will cut 300 jobs. Unions were angry. "
            "“These decisions are never easy,” the chain said.",
            "Harvest Foods",
        ),
        (
            "Milk prices fell again this spring. Tillery Dairy, a family business in Fenwick, says "
            "it is struggling. “We cannot go on like this,” the business says.",
            "Tillery Dairy",
        ),
        # the noun right before a one-word name, after a possessive's phrase
        (
            "The warehouse burned down in March. Its owner, the insurer Kellbrook, has refused to "
            "pay out. “The policy was clear,” the company said.",
            "Kellbrook",
        ),
        (
            "Savers were angry on Friday. Their lender, Orla Bank, cut its rates. "
            "“Rates follow the market,” the bank said.",
            "Orla Bank",
        ),
    ],
)
def test_a_name_beside_a_body_noun_is_that_body(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# No he or she: the body set beside its noun is not the person a pronoun stands for.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Lee runs the shop. The supermarket, Harvest Foods, wants to buy it. "
            "“I will not sell,” she said.",
            "Ann Lee",
        ),
        ("The insurer Kellbrook refused the claim in May. “It was never covered,” it said.", "Kellbrook"),
    ],
)
def test_a_body_beside_its_noun_is_no_person(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# "the company" does not fit a body nothing marks as a business; two businesses, a list, a
# person set beside a noun, a noun said of a person: the description stays.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Natural England objected to the plans on Monday. “The site must be protected,” the company said.",
            "the company",
        ),
        (
            "Transport Scotland approved the bridge. Work will start in May. “It is a big day,” the firm said.",
            "the firm",
        ),
        (
            "Harvest Foods, a supermarket chain, and Tillery Dairy, a family business, signed a deal. "
            "“It is good for farmers,” the company said.",
            "the company",
        ),
        (
            "The supermarket, Harvest Foods, bought the site from Acme Corp. Neighbours were pleased. "
            "“It was a fair price,” the company said.",
            "the company",
        ),
        (
            "Residents met the bank, Harvest Foods and the council on Monday. “It was a good meeting,” "
            "the company said.",
            "the company",
        ),
        ("The bakery’s owner, Tom Hale, was in tears. “I gave it twenty years,” he said.", "Tom Hale"),
        (
            "The owner, Ann Lee, sold the bakery in May. “We wanted a fresh start,” the company said.",
            "the company",
        ),
        ("Ann Lee closed her shop on Friday. “We could not compete,” the chain said.", "the chain"),
    ],
)
def test_a_body_noun_that_fits_no_one_body_stays(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# The body the sentence before has for subject, when the noun fits it, ahead of one named before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Acme Corp sued Delta Holdings in May. Delta Holdings denied the claim on Tuesday. "
            "“The claim is baseless,” the company said.",
            "Delta Holdings",
        ),
        (
            "Talon Corp sold its depots in May. Vega Freight Ltd bought them and said it would hire "
            "200 drivers. “This is a big step,” the company said.",
            "Vega Freight Ltd",
        ),
        (
            "Holm Air, an airline, flew the route until 2020. Corran Air, a budget airline, took it "
            "over in spring. “Demand is strong,” the airline said.",
            "Corran Air",
        ),
        (
            "Acme Corp built the store in 1990. Harvest Foods, a supermarket chain, bought it last "
            "year. Harvest Foods said the store would stay open. “We are here to stay,” the company said.",
            "Harvest Foods",
        ),
        # no body for subject: either may be meant
        (
            "Acme Corp sued Delta Holdings in May. A judge heard the case on Tuesday. "
            "“The claim is baseless,” the company said.",
            "the company",
        ),
    ],
)
def test_the_body_in_focus_comes_first(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
