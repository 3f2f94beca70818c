"""Subordinate clauses inside a speaker's sentence: a comma-less "whose" relative clause after
the subject, a question set off by a past participle (", asked whether …,"), and a verb joined
to the subject of a fronted "when"/"after"/"because" clause. Each shape in several invented
variants, with neighbours where the rule must not fire."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A woman whose son died in the crash said, “Nobody ever told us the truth.”", "A woman"),
        ("A man whose house burned down last week told the council, “We have nowhere to go.”", "A man"),
        (
            "The widow whose husband died in the fire has said the city was “warned again and again.”",
            "The widow",
        ),
        (
            "One teacher whose class was cancelled called the decision “a betrayal of the pupils.”",
            "One teacher",
        ),
        ("Farmers whose crops failed have described the aid as “too little and far too late.”", "Farmers"),
        ("Parents whose children attend the school said they were “shocked nobody warned us.”", "Parents"),
        ("Residents whose homes flooded last spring say the repairs are “painfully slow.”", "Residents"),
        (
            "A nurse whose shift ended at dawn wrote that the ward was “chaos from start to finish.”",
            "A nurse",
        ),
    ],
)
def test_a_whose_clause_after_the_subject_ends_at_the_main_verb(text: str, speaker: str) -> None:
    """ "whose" opens a relative clause with its own subject and verb; the finite verb after
    it is the main clause's, whose subject is the noun before "whose"."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dana Vell, the senator whose parents fled the war, called the bill “a betrayal.”", "Dana Vell"),
        ("Ada Okoro, the coach whose players won the cup, called the ruling “absurd.”", "Ada Okoro"),
        (
            "Rua Tane, the union chief whose members struck in May, told reporters: “We will strike again.”",
            "Rua Tane",
        ),
    ],
)
def test_a_whose_clause_inside_a_description_is_not_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the noun after "whose" is the subject of the relative clause's own verb
        ("A woman whose son said he was “scared every single day” spoke to the board.", "son"),
        ("Ann Vell, whose lawyer said the case was “a farce from the first day,” did not attend.", "lawyer"),
        # a noun phrase of names after "whose" has no verb of its own before "has"
        (
            "Ivo Brandt, whose Harbor Watch group has led the effort, predicted they would “fight on.”",
            "Ivo Brandt",
        ),
        # a set-off "whose" clause, as before
        ("The mayor, whose office issued the order, said the rule was “the only sensible one.”", "The mayor"),
    ],
)
def test_whose_neighbours(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Priya Kaur, asked whether Tomas Ek had lied, said: “He has some explaining to do.”", "Priya Kaur"),
        ("The senator, Priya Kaur, asked whether Tomas Ek had lied, said: “He must explain.”", "Priya Kaur"),
        (
            "The mayor, asked if she would run again, told reporters: “Not this time, maybe never.”",
            "The mayor",
        ),
        (
            "Nils Varga, asked on Monday whether Ada Holm had known, replied: “Ask her yourself.”",
            "Nils Varga",
        ),
        ("Ada Holm, asked when the plant would reopen, said: “When the money comes in.”", "Ada Holm"),
    ],
)
def test_a_participle_aside_asking_a_question_ends_at_its_comma(text: str, speaker: str) -> None:
    """ ", asked whether X lied," is an aside: the name inside the question is not the subject
    of the verb after the aside."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("When a farmer in a seed cap asked about trade and said he was “tired of paying,” the minister nodded.",
         "a farmer"),
        ("When a farmer in a seed cap asked about trade, and said he was “tired of paying,” the minister nodded.",
         "a farmer"),
        ("After two nurses from the clinic came forward and said the logs were “altered,” the inquiry widened.",
         "two nurses"),
        ("Because a teacher in the district wrote to parents and called the test “a waste,” the board met.",
         "a teacher"),
        ("When an old man in a grey coat stood and shouted that the vote was “rigged,” guards led him out.",
         "an old man"),
    ],
)  # fmt: skip
def test_a_verb_joined_to_a_fronted_clause_shares_its_subject(text: str, speaker: str) -> None:
    """A verb joined by "and" to a when/after/because clause's verb has that clause's subject,
    not the main clause's after it."""
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("When the farmer asked, the minister said “we are working on it every day.”", "the minister"),
        ("When a farmer in a seed cap asked about trade, the minister said it was “first on my desk.”",
         "the minister"),
        ("When the vote ended, and Ada Lund said it was “over,” the room emptied.", "Ada Lund"),
        ("After two nurses spoke, the chair told them their concerns were “on the record now.”", "the chair"),
        ("Asked whether she would run, Ada Lund said: “I have not made up my mind.”", "Ada Lund"),
        ("Ivo Marsh wondered whether the plan was “really worth the money.”", "Ivo Marsh"),
    ],
)  # fmt: skip
def test_clause_neighbours(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]
