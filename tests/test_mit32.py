"""The review of the "it" for a body mended (session 32).

- A name ending in a trade's word that is also a surname ("Grace Mills", "Liam Power") is a
  person a he/she may stand for unless something marks it as a business.
- An "it" after a body described by its kind abstains when the rest of that sentence names
  another body ("fined Harlow Foods") or a document with its own author ("received a
  petition signed by …"), either of which it may be; and it is no one's in "It said much
  about the town that …".
- An "it" with a modal or perfect passive ("It must be said that", "it has been said") is no
  one's, after a described or a named body.
- A quote going on after an "it"'s quote stops at a sentence opening on a name.
- A body described by its kind that the "it" stands for is reported by its name when one
  body named before fits the noun ("Kelso Rovers …. The club …").
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


TRADE_SURNAMES = [
    (
        "Grace Mills has run the corner shop for 20 years. “Nobody asked us,” she said.",
        "Nobody asked us",
        "grace mills",
    ),
    (
        "The storm reached Dunmore on Sunday. Liam Power was stuck upstairs for a day. He said: “The river came so fast.”",
        "The river came so fast",
        "liam power",
    ),
    (
        "“It is heartbreaking,” said Aoife Steel, who has lived in the valley for decades. “He never said goodbye,” she added.",
        "He never said goodbye",
        "aoife steel",
    ),
    (
        "Harlow Foods dismissed Megan Power in May. “I was treated badly,” she said.",
        "I was treated badly",
        "megan power",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), TRADE_SURNAMES)
def test_a_trade_word_surname_is_still_a_person(text: str, words: str, want: str) -> None:
    assert speaker_of(text, words) == want


def test_a_trade_name_with_no_given_name_still_no_he_or_she() -> None:
    text = "Corrin Motors recalled 700 vans. “We moved quickly,” she said."
    assert speaker_of(text, "We moved quickly") == "she"


OTHER_SOURCE = [
    "The regulator fined Harlow Foods £2m on Tuesday over its labels. “We accept the findings,” it said.",
    "The court ordered Brill Holdings to pay £300,000. In a statement, it said: “We will appeal.”",
    "The union has accused Tavish Shipping of breaking the deal. “We kept every promise,” it said in response.",
    "The council received a petition signed by 4,000 residents. “Save our pool,” it said.",
    "The agency was sent a complaint by Ms. Lowe in March. It said the staff had been “rude and slow.”",
    "The union called off the strike on Friday. It said much about the town that even the mayor called it “a mess.”",
    "The county council approved the bypass. It said a great deal about the county that nobody called it “a shame.”",
]


@pytest.mark.parametrize("text", OTHER_SOURCE)
def test_a_described_body_is_not_it_when_its_clause_names_another_source(text: str) -> None:
    q = quote_with(text, text.split("“")[1][:6])
    speaker = (q.speaker or "").lower()
    subject = text.split(" ")[1]
    assert subject not in speaker


OWN_SOURCE = [
    (
        "The county council, under pressure from the Kelso Herald, reversed its decision. “We listened,” it said.",
        "We listened",
        "council",
    ),
    (
        "The hospital trust said on Monday that it had hired Vela Partners. “We acted fast,” it said.",
        "We acted fast",
        "trust",
    ),
    (
        "The county council wrote to the city’s mayor, Dara Finch, on Friday. “We will help,” it said.",
        "We will help",
        "council",
    ),
    (
        "The company closed its Dunmore plant in 2021. “Demand had gone,” it said.",
        "Demand had gone",
        "company",
    ),
    (
        "A coalition of 40 groups, including the Kelso Trust, sent a letter urging the council to act. “The delay is appalling,” it said.",
        "The delay is appalling",
        "coalition",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), OWN_SOURCE)
def test_a_described_body_is_still_it_past_a_person_an_aside_or_its_own_words(
    text: str, words: str, want: str
) -> None:
    assert want in speaker_of(text, words)


EXPLETIVE = [
    (
        "The union called off the strike late on Friday. It must be said that members were “furious.”",
        "furious",
    ),
    (
        "The union called off the strike late on Friday. “A victory for common sense,” it has been said.",
        "A victory",
    ),
    ("The hospital trust has cut 40 beds. It cannot be said that the ward is “safe.”", "safe"),
    ("The company closed its plant in 2021. It had often been said that the plant was “doomed.”", "doomed"),
    (
        "Harlow Foods closed its plant in 2021. It must be said that the plant was “barely used.”",
        "barely used",
    ),
]


@pytest.mark.parametrize(("text", "words"), EXPLETIVE)
def test_an_it_with_a_modal_or_perfect_passive_is_no_ones(text: str, words: str) -> None:
    assert speaker_of(text, words) == ""


def test_an_it_with_a_perfect_of_saying_is_still_the_body() -> None:
    text = "The union called off the strike late on Friday. “We had no choice,” it has said."
    assert "union" in speaker_of(text, "We had no choice")


GOING_ON = [
    "The union called off the strike. “We had no choice,” it said. Tom Reyes, who led the campaign, disagreed. “It is a betrayal.”",
    "The company closed its plant in 2021. “Demand had gone,” it said. Ann Lowe disagreed sharply. “It is a betrayal.”",
    "The county council approved the bypass. “It will ease traffic,” it said. Mia Stone, a parent, was unmoved. “It is a betrayal.”",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_an_its_quote_does_not_go_on_past_a_named_person(text: str) -> None:
    speaker = speaker_of(text, "It is a betrayal")
    assert not any(w in speaker for w in ("union", "company", "council"))


def test_an_its_quote_still_goes_on_past_narrative() -> None:
    text = "The union called off the strike. “We had no choice,” it said. The vote was close. “Members were split.”"
    assert "union" in speaker_of(text, "Members were split")


RESTATED = [
    (
        "Kelso Rovers has faced criticism for months. The club denied the claims. “We will win,” it said.",
        "We will win",
        "kelso rovers",
    ),
    (
        "The Kelso Trust agreed last year to buy Ashgrove Hospital. The hospital said the deal had collapsed. “We had no choice,” it said.",
        "We had no choice",
        "ashgrove hospital",
    ),
    (
        "Ana Vidal sued Tavish Shipping in June. The company, which employs 300 people, denied the claims. “We will win,” it said.",
        "We will win",
        "tavish shipping",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), RESTATED)
def test_a_described_body_is_reported_by_the_name_it_restates(text: str, words: str, want: str) -> None:
    assert speaker_of(text, words) == want


def test_a_described_body_of_another_kind_is_not_the_named_one() -> None:
    text = (
        "Harlow Foods closed its plant in 2021. The union called off the strike. “We had no choice,” it said."
    )
    assert "union" in speaker_of(text, "We had no choice")
