"""An organisation named last as an object still stands for "it" when no other body or
thing in its sentence or the one before could be "it" (a person or a crowd cannot: "Regulators
fined Brill Holdings. “We will appeal,” it said"); "they" after an object stays unresolved,
also when the quotation itself names the body again. A line break opens a clause, "“…,” said
the company" names a speaker, not an object, and a time ("Two years ago") opens a subject.
Found by review 21a; invented news prose through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Regulators fined Brill Holdings $5 million on Tuesday. “We will appeal,” it said.\n",
            "Brill Holdings",
        ),
        ("Ann Voss sued Acme Corp in March. “The claim has no merit,” it said.\n", "Acme Corp"),
        (
            "Protesters defied the Interior Ministry on Sunday. “The march was illegal,” it said.\n",
            "Interior Ministry",
        ),
        ("Lee works for Orwell Mills Corp. “She is a valued employee,” it said.\n", "Orwell Mills Corp"),
        (
            "Tenants fear the Harbour Trust will sell the pier. “We have no plans,” it said.\n",
            "Harbour Trust",
        ),
    ],
)
def test_it_keeps_the_only_body_named_as_an_object(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The Port Authority fined Marlow Holdings. “Rules are rules,” it said.\n",
        "Vega Freight outbid Talon Shipping Corp for the deal. “We are delighted,” it said.\n",
        "Acme Corp accused Brill Holdings of theft. “We want it back,” it said.\n",
        "Lee sued Kestrel Bank on Monday. “Your claim is denied,” the email read. “Nothing was wrong,” it said.\n",
    ],
)
def test_it_after_an_object_with_a_rival_body_or_thing_is_left_unresolved(text: str) -> None:
    assert speakers(text)[-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee and Tom Keel sued the Grain Board. “We want our money,” they said.\n",
        "Witnesses called Dunmore Police at 2 a.m. “We waited an hour,” they said.\n",
        # "the bank" inside the quotation itself is not a later mention of the body
        "Residents sued Kestrel Bank. “The bank lied to us,” they said.\n",
        "Lee and Keel sued the Water Board. “The board ignored us,” they said.\n",
    ],
)
def test_they_after_an_object_is_still_unresolved(text: str) -> None:
    assert speakers(text) == ["they"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tenants turn on the Harbour Trust over rents\n\nThe Harbour Trust raised rents on Monday. "
            "“Costs have risen,” they said.\n",
            "Harbour Trust",
        ),
        (
            "Town braces for cuts\n\nAcme Corp said it would close two plants. “We had no choice,” they said.\n",
            "Acme Corp",
        ),
        (
            "“Rates will rise,” said the Water Board on Monday. “We had no choice,” they added.\n",
            "Water Board",
        ),
        (
            "Brill Holdings raised its fees in May. “Costs have gone up,” said the company. “We had no choice,” "
            "they added.\n",
            "Brill Holdings",
        ),
        ("Two years ago the Harbour Trust sold the pier. “It cost too much,” they said.\n", "Harbour Trust"),
    ],
)
def test_a_line_break_an_inverted_cue_or_a_time_opens_a_subject(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
