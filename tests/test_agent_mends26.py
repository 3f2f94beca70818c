"""Mends of session 26 (branch s26-m-agent) from the review of the session's rules on
invented text.

1. A passive verb of speech whose "by" agent is followed by a "that" report gives the
   report to the agent only when the agent can give it: a person, people or a body (a
   document after a verb of telling); not what moved the subject of a verb of feeling
   ("reassured by the fact that …", "encouraged by signs that …").
2. A he/she after the one name of its sentence tells that person's gender only when no one
   spoken of in general stands between ("anyone who …", "whoever …", "every person …"):
   such a pronoun is generic.
3. The reading forward for that pronoun stops at the first rival, so a sentence thick with
   names stays cheap.
"""

from __future__ import annotations

import time

import pytest

from tests.conftest import speakers

# 1. the agent of a passive verb of speech -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ina Berg was reassured by the fact that the ward was “quiet.”",
        "Tom Ruud was encouraged by signs that the economy was “turning a corner.”",
        # present tense, another verb of feeling, an aside
        "The coach, who had feared the worst, is heartened by the news that the squad is “fit.”",
        "Residents were encouraged by the evidence that the river was “cleaner than ever.”",
        # a document after a verb of feeling
        "Ina Berg was encouraged by a poll that voters were “firmly behind her.”",
    ],
)
def test_a_thing_that_moved_the_subject_gives_no_report(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ina Berg was reassured by doctors that the ward was “quiet.”", "doctors"),
        ("Tenants were warned by the landlord that rents would “double by June.”", "the landlord"),
        ("Parents have been told by the school that the roof is “unsafe.”", "the school"),
        ("Staff were assured by the ministry that the funds were “secure.”", "the ministry"),
        ("Staff were informed by a memo that leave was “not guaranteed.”", "a memo"),
        ("Voters will be reassured by Ann Kirby that taxes will “not rise.”", "Ann Kirby"),
    ],
)
def test_a_person_or_body_as_agent_gives_the_report(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. a pronoun for anyone is generic -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Casey Orr said anyone who breaks the law will know he will be caught. “It is simple,” she said.",
            "Casey Orr",
        ),
        (
            "Robin Vale says whoever wins the seat will find he has little money. “Look at the books,” she says.",
            "Robin Vale",
        ),
        (
            "Jamie Lund warned that every person who lies to the court knows she will be found out. "
            "“It always ends that way,” he said.",
            "Jamie Lund",
        ),
        (
            "Casey Orr, the prosecutor, said no one who reads the bill will think he is safe. "
            "“Read it,” she told reporters.",
            "Casey Orr",
        ),
        (
            "Robin Vale argued that someone who lost a job would feel she had been cheated. “It is unfair,” he said.",
            "Robin Vale",
        ),
    ],
)
def test_a_pronoun_after_anyone_tells_no_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the shape the rule is for: the pronoun's one referent is the person named
        (
            "Casey Orr said his team was ready. Ann Voss arrived later. Orr left early. “We will not move,” she said.",
            "Ann Voss",
        ),
        (
            "Robin Vale has run the bakery since she was twenty. Tom Hale bought it. Vale stayed on. "
            "“It is my life,” he said.",
            "Tom Hale",
        ),
        (
            "Jamie Lund thanked her staff, who had worked all night. Tom Hale spoke next. “We owe them,” he said.",
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_with_one_referent_still_tells_the_gender(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 3. speed ---------------------------------------------------------------------------------


def test_a_sentence_thick_with_names_stays_linear() -> None:
    def text(n: int) -> str:
        names = ("Kal" + "".join(chr(97 + (i // 26**k) % 26) for k in range(3)) for i in range(n))
        return "".join(f"Jo {w.capitalize()} said her team " for w in names) + "it was “over,” Hart said."

    t0 = time.perf_counter()
    speakers(text(2000))
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    speakers(text(8000))
    big = time.perf_counter() - t0
    assert big < 8 * small + 1.0  # four times the text: about four times the time
