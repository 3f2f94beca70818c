"""Mends of session 32 (branch s32-sweepf) from a sweep of long invented articles: trial
days, hearings and interviews told in quote paragraphs, and feature colon cues.

1. A bare quote paragraph after one asked question answers it: after a cued question
   (`“How late?” Ames asked.`) or a paragraph of narrative closing on a question reported
   (`The coroner asked him how long it took.`), when the one asked spoke just before. The
   bare paragraphs that follow alternate, the asker's turns questions or a few words.
2. A possessive noun of judgement before a colon ("Her verdict:", "His tribute:",
   "Her assessment:", "His advice:") gives the words to the possessor.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a bare answer to a question just asked -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“I told Ravi about the leak in May,” said Ivo Marsh, the site foreman.\n\n"
            "“Did he act on it?” asked Ruth Calloway, the defence lawyer.\n\n"
            "“Not that I ever saw.”",
            ["Ivo Marsh", "Ruth Calloway", "Ivo Marsh"],
        ),
        # a description for the asker, a pronoun for the one asked, present tense
        (
            "“The rota had one name on it,” she says of the night shift.\n\n"
            "“And who signed it?” the prosecutor asks.\n\n"
            "“The manager did.”",
            ["she", "the prosecutor", "she"],
        ),
        # one paragraph of narrative between the answer before and the question
        (
            "“We were paid in cash,” Lukas Ferro told the court.\n\n"
            "Under cross-examination, he agreed that the firm had been struggling for months.\n\n"
            "“How late were the wages?” Nadia Osei asked.\n\n"
            "“A week, sometimes two.”\n\n"
            "“And did anyone tell you why?”\n\n"
            "“They said trade was slow after Christmas. Which it was.”",
            ["Lukas Ferro", "Nadia Osei", "Lukas Ferro", "Nadia Osei", "Lukas Ferro"],
        ),
        # the question reported in narrative, then the exchange in quotes
        (
            "“We were crawling by the end,” said Ewan Dale, a rescue volunteer.\n\n"
            "The coroner, Mara Lind, asked him how long it had taken to reach the climber.\n\n"
            "“About three hours from the road.”\n\n"
            "“And when you reached him?”\n\n"
            "“He was conscious, and very cold.”",
            ["Ewan Dale", "Ewan Dale", "Mara Lind", "Ewan Dale"],
        ),
        # an asker's turn of a few words that presses the answer
        (
            "“It meets the policy,” said Lucy Amadi, the developer's planner.\n\n"
            "The chair, Otto Brandt, asked her how many of the homes would be affordable.\n\n"
            "“Thirty per cent.”\n\n"
            "“So about a hundred.”\n\n"
            "“One hundred and two.”",
            ["Lucy Amadi", "Lucy Amadi", "Otto Brandt", "Lucy Amadi"],
        ),
    ],
)
def test_a_bare_paragraph_answers_the_question_just_asked(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a speaker answering her own question: no one else spoke just before
        (
            "“The budget is the budget,” Mayor Ana Kiel said at the rally.\n\n"
            "“Who pays for all of this?” Kiel asked.\n\n"
            "“You do, every one of you.”",
            ["Ana Kiel", "Ana Kiel", "Ana Kiel"],
        ),
        # a question put to a crowd: the asker goes on
        (
            "“We have waited long enough,” said Tom Reyes, a tenant.\n\n"
            "“Who here has had a repair done on time?” Ana Kiel asked the room.\n\n"
            "“Nobody. Not one of you.”",
            ["Tom Reyes", "Ana Kiel", "Ana Kiel"],
        ),
    ],
)
def test_an_unanswered_question_keeps_its_asker(text: str, want: list[str]) -> None:
    assert speakers(text) == want


# 2. a possessive noun of judgement before a colon -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Delia Marsh left the school in its second year. Her verdict: “He is a salesman.”", "Delia Marsh"),
        ("Kemi Frost, 16, is head girl this year. Her assessment: “Strict, but fair.”", "Kemi Frost"),
        # another noun, after a sentence of narrative about the possessor
        (
            "Tom Hale held the torch for six years. He rarely talks. His tribute: “Cornelius can make anything.”",
            "Tom Hale",
        ),
        ("Ana Kiel has coached for thirty years. Her advice: “Soak your beans.”", "Ana Kiel"),
    ],
)
def test_a_possessive_verdict_before_a_colon_is_the_possessor(text: str, want: str) -> None:
    assert speakers(text) == [want]


def test_a_verdict_with_no_possessor_stays_the_verdict() -> None:
    # a neighbour: no possessive, so the person named before is not the one judging
    assert speakers("Ann Lee, the foreman, stood up after four hours. The verdict: “Not guilty.”") == [
        "The verdict"
    ]


# 1b. an interview told in prose: the writer's own question, then a bare answer ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“My nephew filmed it on his phone,” said Bene Malouf, who runs the canteen.\n\n"
            "And now?\n\n"
            "“Now I get emails from people asking about cumin.”",
            ["Bene Malouf", "Bene Malouf"],
        ),
        # a pronoun for the speaker, a longer question with an aside
        (
            "“The bread came short again,” he said, putting down the peeler.\n\n"
            "What would you change, if you could change one thing about the kitchen?\n\n"
            "“Time. Everybody thinks it is money.”",
            ["he", "he"],
        ),
        # the question's paragraph names the one who answers, after another speaker
        (
            "“He is still not getting a pay rise,” said Cara Mbeki, the chief executive.\n\n"
            "Told of this, Bene Malouf shrugged. Does it bother you?\n\n"
            "“No. I want a new dishwasher.”",
            ["Cara Mbeki", "Bene Malouf"],
        ),
    ],
)
def test_a_bare_paragraph_answers_the_writers_question(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_statement_of_narrative_before_a_bare_quote_is_no_question() -> None:
    # a neighbour: the paragraph before asks nothing, so no answer is read
    text = (
        "“He is still not getting a pay rise,” said Cara Mbeki, the chief executive.\n\n"
        "Bene Malouf has run the kitchen for eleven years.\n\n"
        "“No. I want a new dishwasher.”"
    )
    assert speakers(text) == ["Cara Mbeki", None]


# 3. an unnamed source brought in to speak, then a he/she ----------------------------------

NAMED_BEFORE = (
    "“It was three lines long,” said Rosa Marr, the former head of safety.\n\nHer account is detailed.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "A former dispatcher said supervisors asked drivers to work late.\n\n“They never wrote it down,” she said.",
        # a "who" aside set off by commas, the formula of anonymity
        (
            "A former dispatcher, who spoke on condition of anonymity because she still works in the trade, "
            "said supervisors asked drivers to work late.\n\n“They never wrote it down,” she said."
        ),
        # another verb of speech, the quote in the same paragraph
        "A former dispatcher described the calls. “They never wrote it down,” she said.",
        # present tense, another aside
        (
            "A former dispatcher, who asked not to be named, says supervisors ask drivers to work late. "
            "“Nobody writes it down,” she says."
        ),
    ],
)
def test_an_unnamed_source_is_the_he_or_she_after_it(text: str) -> None:
    assert speakers(NAMED_BEFORE + text)[-1] == "A former dispatcher"


def test_a_definite_description_may_restate_the_woman_named_before() -> None:
    # a neighbour: "the former head of safety" is Rosa Marr, so "she" stays hers
    text = "The former head of safety said supervisors asked drivers to work late.\n\n“They never wrote it down,” she said."
    assert speakers(NAMED_BEFORE + text)[-1] == "Rosa Marr"


def test_a_fronted_indefinite_aside_is_no_new_source() -> None:
    # a neighbour: "a consultant" set off before the subject describes the general
    text = (
        "Gen. Ana Brekke retired in 2019 after 30 years in uniform. Now a consultant, the former general "
        "says the army has changed. “The army I joined is gone,” she said."
    )
    assert speakers(text) == ["Ana Brekke"]
