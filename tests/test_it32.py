"""An "it" that speaks for a body or a document (session 32).

- An "it" opening its sentence (or its words' cue: ``“…,” it said``) stands for the subject of
  the sentence before when that is a body described by its kind ("The school board voted …",
  "The regulator fined …"), as it already did for a document ("The report …") or a body's name.
  Not an "it" in the passive ("it was said"), nor a he/she.
- A phrase fronted before the "it" with no verb of its own ("In a short statement on Friday,
  it said …") leaves it the sentence's subject.
- A quote going on after the "it"'s (``“…,” it said. “…”``) is the same body's or document's.
- A name or description before a document noun says whose document it is ("The Brill
  Council’s annual budget report rates …. It says …"): the document is the subject.
- A sentence closing on ", cut its forecast." has no reporter in it: the verb of saying is a noun.
- A two-word name whose last word is a trade's ("Harlow Foods") and whose first is no given
  name is a body: never a he or she.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


BODY_BY_KIND = [
    (
        "The Kelso school board voted 5-2 on Tuesday to close the annex. “We did not take this "
        "lightly,” it said in a statement.",
        "We did not take",
        "board",
    ),
    (
        "The agency said on Saturday that it had rescued 400 people. It urged residents to stay "
        "away, warning: “Many deaths happen after the rain stops.”",
        "Many deaths happen",
        "agency",
    ),
    (
        "The regulator fined the lender $4 million last week. “Customers were misled,” it said.",
        "Customers",
        "regulator",
    ),
    (
        "The commission, set up in 2019 after the floods, will report next year. “We are listening "
        "to everyone,” it said.",
        "We are listening",
        "commission",
    ),
    (
        "The city council asked the state transport agency for more time. “We need another year,” it said.",
        "We need another year",
        "city council",
    ),
    (
        "The court upheld the fine. “The statute is clear,” it wrote in a unanimous opinion.",
        "The statute",
        "court",
    ),
    (
        "The committee voted to delay the bill. It said in a statement that “more hearings are needed.”",
        "more hearings",
        "committee",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), BODY_BY_KIND)
def test_it_after_a_body_described_by_its_kind(text: str, words: str, want: str) -> None:
    assert want in speaker_of(text, words)


def test_a_described_name_keeps_its_name() -> None:
    text = "The troubled Corran Trust met on Friday. “We disagree,” it said."
    assert speaker_of(text, "We disagree") == "corran trust"


NOT_THE_BODY = [
    ("The council approved the plan in May. “It was rushed,” it was said at the time.", "It was rushed"),
    ("The board met on Monday. “We have to act,” he said.", "We have to act"),
    ("The council approved the plan. “We are delighted,” she said.", "We are delighted"),
]


@pytest.mark.parametrize(("text", "words"), NOT_THE_BODY)
def test_no_body_for_a_passive_it_or_a_he_or_she(text: str, words: str) -> None:
    assert speaker_of(text, words) in ("", "it", "he", "she")


FRONTED = [
    (
        "The agency has said little since the fire. In a short statement on Friday, it said it "
        "was “cooperating fully with the police.”",
        "cooperating fully",
        "agency",
    ),
    (
        "The regulator fined the lender in May. Late on Monday, it warned that “further penalties "
        "may follow.”",
        "further penalties",
        "regulator",
    ),
    (
        "Vela Motors has recalled 12,000 cars. In a notice to owners, it said “no injuries have "
        "been reported.”",
        "no injuries",
        "vela motors",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), FRONTED)
def test_it_after_a_fronted_phrase(text: str, words: str, want: str) -> None:
    assert want in speaker_of(text, words)


def test_a_thing_before_a_fronted_it_is_not_the_speaker() -> None:
    text = (
        "The bridge closed in May. In the weeks since, it has drawn “a steady stream of "
        "complaints,” a resident said."
    )
    assert speaker_of(text, "a steady stream") == "a resident"


GOING_ON = [
    (
        "The review was published on Monday. “Controls were weak,” it said. “Staff were not trained.”",
        "Staff were not trained",
        "review",
    ),
    (
        "The school board voted to close the annex. “We did not take this lightly,” it said. "
        "“The building is unsafe.”",
        "The building is unsafe",
        "board",
    ),
    (
        "The letter, signed by the chief executive, Oskar Lind, was sent on Friday. “I take full "
        "responsibility,” it said. “You did nothing wrong.”",
        "You did nothing wrong",
        "letter",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), GOING_ON)
def test_the_quote_going_on_after_an_it(text: str, words: str, want: str) -> None:
    assert want in speaker_of(text, words)


WHOSE_DOCUMENT = [
    (
        "The Brill Council’s annual budget report rates the service at two stars. It says the "
        "record was “poor.”",
        "poor",
    ),
    (
        "The Selby Water Board’s annual performance report rates the utility at one star out of "
        "four. It says the record was “unacceptable.”",
        "unacceptable",
    ),
    (
        "The Kettle Trust’s yearly safety report ranks the depot last. It calls the depot’s "
        "record “a warning to the industry.”",
        "a warning to",
    ),
]


@pytest.mark.parametrize(("text", "words"), WHOSE_DOCUMENT)
def test_a_described_owner_before_a_document_noun(text: str, words: str) -> None:
    assert speaker_of(text, words).endswith("report")


NO_CLOSING_REPORTER = [
    (
        "The company, which employs 2,000 people in the valley, cut its forecast. “Demand softened "
        "in the autumn,” it said.",
        "Demand softened",
        "company",
    ),
    (
        "The airline, based in the north, withdrew its statement. “The figures were wrong,” it said.",
        "The figures were wrong",
        "airline",
    ),
    (
        "The bank, under pressure since May, raised its forecast. “Growth is returning,” it added.",
        "Growth is returning",
        "bank",
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), NO_CLOSING_REPORTER)
def test_a_possessive_before_a_noun_of_saying_is_no_reporter(text: str, words: str, want: str) -> None:
    assert want in speaker_of(text, words)


TRADE_NAMES = [
    ("Harlow Foods said its profits fell. “Demand softened,” he said.", "Demand softened"),
    ("Corrin Motors recalled 900 vans. “We acted quickly,” she said.", "We acted quickly"),
    ("Tavish Shipping lost two contracts. “It was a bad year,” he said.", "It was a bad year"),
]


@pytest.mark.parametrize(("text", "words"), TRADE_NAMES)
def test_a_trade_name_is_never_a_he_or_she(text: str, words: str) -> None:
    assert speaker_of(text, words) in ("he", "she")


def test_a_given_name_before_a_trade_word_is_a_person() -> None:
    text = "Ann Mills said the plan was late. “We lost a month,” she said."
    assert speaker_of(text, "We lost a month") == "ann mills"
