"""An answer after a follow-up question in an exchange (session 33, review of s33-names).

After the narrative puts a question to a named person ("One host asked Ormond why …") and
that person answers by name ("“…,” Ormond said."), a follow-up question by the asker ("“Is
that all?” the host pressed.") is answered again by the one asked: a he/she answering it is
that person, not the asker, whose description a role given the answerer no longer restates.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return q.speaker or ""


ANSWERS = [
    (  # a named asker of the same sex as the one asked, another cue of answering
        "Tobias Kerrigan, the harbour board's treasurer, appeared before the committee on Thursday. "
        "Councillor Emrys Dunmore asked Kerrigan how much the dredging had cost.\n\n"
        "“About four million, give or take,” Kerrigan replied.\n\n"
        "“Give or take how much?” Dunmore asked.\n\n"
        "“A few hundred thousand,” he said.",
        "A few hundred thousand",
        "Tobias Kerrigan",
    ),
    (  # present tense, an aside after the answer's cue, a possessive role set off
        "Priya Lanterman, Coldwater Mining's deputy director, took questions after the hearing. "
        "A lawmaker asked Lanterman if the seam could run dry within a decade.\n\n"
        "“Not on our numbers,” Lanterman says, shrugging.\n\n"
        "“And on anyone else's?” the lawmaker asks.\n\n"
        "“Other people's numbers are their own business,” she says.",
        "their own business",
        "Priya Lanterman",
    ),
    (  # two follow-ups: the second answer goes on from the first
        "Felix Ormond, Westgate Rail's operations chief, joined the radio phone-in on Friday. "
        "The host asked Ormond why trains kept running late.\n\n"
        "“Signals, mostly,” Ormond said.\n\n"
        "“Is that all?” the host pressed.\n\n"
        "“Staff shortages too,” he said.\n\n"
        "“And when will that end?” the host asked.\n\n"
        "“By the summer,” he said.",
        "By the summer",
        "Felix Ormond",
    ),
    (  # the first follow-up of that exchange
        "Felix Ormond, Westgate Rail's operations chief, joined the radio phone-in on Friday. "
        "The host asked Ormond why trains kept running late.\n\n"
        "“Signals, mostly,” Ormond said.\n\n"
        "“Is that all?” the host pressed.\n\n"
        "“Staff shortages too,” he said.",
        "Staff shortages",
        "Felix Ormond",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), ANSWERS)
def test_follow_up_answered_by_the_one_asked(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_answerer_of_the_other_sex_leaves_the_asker() -> None:
    # neighbour: the one asked is shown a woman, so "he" is not her: the asker goes on
    text = (
        "Orla Fenwick, Brightvale's finance director, told investors on Monday that margins would "
        "recover by spring. “We have done the hard part,” she said.\n\n"
        "One analyst asked Fenwick whether the firm would cut its dividend.\n\n"
        "“We will look at every option,” Fenwick said.\n\n"
        "“So the answer is yes?” the analyst pressed.\n\n"
        "“Because that is what I heard,” he said."
    )
    assert speaker_of(text, "what I heard") == "the analyst"


def test_no_question_put_in_the_narrative() -> None:
    # neighbour: no one was asked before the named answer, so nothing says whose turn it is
    text = (
        "Tobias Kerrigan, the harbour board's treasurer, appeared before the committee on Thursday. "
        "He read a short statement.\n\n"
        "“About four million, give or take,” Kerrigan said.\n\n"
        "“Give or take how much?” Councillor Emrys Dunmore asked.\n\n"
        "“I would like a number,” he said."
    )
    assert speaker_of(text, "like a number") == "Emrys Dunmore"
