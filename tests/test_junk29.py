"""Session 29, speakers that are no speaker. A speaker mention is a noun phrase that can speak
(a person, a body, a document): (2) the words after a verb that follows a quote are no inverted
speaker when they are a span of time or end in an adverb ("offered one anyway", "a day later,
added"); (4) a counted span of time before "after"/"before" opens a fronted phrase, not the
subject; (5) a negated verb after a quote ("did not respond") does not sign it; (6) "what the
defence called “…”" is the defence's quote; (7) a relative set off after a document and its
participle phrase ("a report released last month, which warned") is about the document; (8) a
colon closing a clause joined by ", and" introduces words of that clause's own subject. (1 and 3,
a comma-and clause inside a relative and a graded participle in an appositive, are main's
now.) Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import speakers


def kinds(text: str) -> list[str]:
    return [q.kind for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. no inverted speaker that is a span of time or ends in an adverb
        (
            "Lars Odegard said in a short phone call that he “would not comment” on the dispute with "
            "the union, then, minutes later, offered one anyway.",
            ["Lars Odegard"],
        ),
        (
            "Pia Roland told a reporter that she had “nothing to add” to the statement from the board, "
            "then, a day later, added plenty anyway.",
            ["Pia Roland"],
        ),
        (
            "Ivo Brandt told reporters he “would not dignify” the question with a reply, then, after a "
            "pause, offered one anyway.",
            ["Ivo Brandt"],
        ),
        (  # neighbour: a counted speaker after the verb
            "“We did everything we could,” said one of the crew, shrugging at the crowd.",
            ["one of the crew"],
        ),
        # 4. a counted span of time before a clause
        (
            "Three days after an inspection found that the county jail had lost track of hundreds of "
            "inmate records over several years, the jail's warden resigned on Friday, saying in a "
            "letter to the sheriff that “fresh leadership is needed.”",
            ["the jail's warden"],
        ),
        (
            "Two weeks after a review showed that the water board had ignored dozens of warnings about "
            "the reservoir for most of a decade, the board's chairwoman stepped down, saying she had "
            "“lost the confidence of the town.”",
            ["the board's chairwoman"],
        ),
        (
            "Four months before the council votes on the budget that had split the ruling coalition "
            "over the library cuts, the finance chief resigned on Tuesday, saying the plan was "
            "“unworkable.”",
            ["the finance chief"],
        ),
        (  # neighbour: a short span set off by its own comma
            "Three days later, the warden resigned, saying the jail needed “a fresh start.”",
            ["the warden"],
        ),
        # 5. a negated verb after a quote
        (
            "Ines Torv said her brother had complained for months. “He warned the foreman. Nobody "
            "acted.” The mine did not respond to our calls on Friday.",
            ["Ines Torv"],
        ),
        (
            "A former driver, Otto Brenn, said the brakes had failed twice. “I reported it both times. "
            "Nothing happened.” The depot has not replied to questions about the claim.",
            ["Otto Brenn"],
        ),
        (
            "Carla Wynn said the school ignored her letters. “I wrote every week. No one answered.” The "
            "district never responded to her complaint.",
            ["Carla Wynn"],
        ),
        (  # neighbour: the same verb, not negated, signs the quote
            "Ines Torv said her brother had complained. “He warned the foreman. Nobody acted.” The mine "
            "responded on Friday.",
            ["The mine"],
        ),
        # 6. what a body called
        (
            "The report came after a long strike that had shut the port and revealed what the union "
            "described as “a pattern of neglect” in the yards.",
            ["the union"],
        ),
        (
            "The inquiry closed in March after hearings that had angered families and laid bare what "
            "the coroner called “a chain of small failures” at the clinic.",
            ["the coroner"],
        ),
        # 7. a document and its participle phrase before ", which"
        (
            "The figures come from a county health report released last week, which warned that "
            "clinics were “close to breaking point.”",
            ["a county health report"],
        ),
        (
            "Officials pointed to an electoral commission review published in March, which found that "
            "trust was “draining away.”",
            ["an electoral commission review"],
        ),
        (
            "The council cited a police audit issued on Monday, which concluded that patrols were "
            "“spread too thin.”",
            ["a police audit"],
        ),
        (  # neighbour: a person's relative clause
            "Crime rose, according to Ivo Brandt, the police chief, who said patrols were “spread too thin.”",
            ["Ivo Brandt"],
        ),
        # 8. a colon closing a clause joined by ", and" / ", but"
        (
            "It fell to Ivo Brandt to close the evening, and he did so in one short, tired sentence as "
            "he stacked the chairs: “We will be back next year.”",
            ["Ivo Brandt"],
        ),
        (
            "It was left to the captain, Mara Sund, to speak for the crew, but she managed only a few "
            "words as she left the pitch: “We gave everything.”",
            ["Mara Sund"],
        ),
        (
            "Somebody had to thank the volunteers, and Lena Hart did it briefly from the stage: “None "
            "of this happens without you.”",
            ["Lena Hart"],
        ),
        (  # neighbour: one clause before the colon
            "Ivo Brandt closed the evening with one sentence as he stacked the chairs: “We will be back "
            "next year.”",
            ["Ivo Brandt"],
        ),
    ],
)
def test_speaker_can_speak(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "The jury acquitted the driver on Friday, ending a trial that had gripped the town and "
            "exposed what the defence called “a culture of silence” at the depot.",
            ["the defence"],
            "quote",
        ),
        (
            "The verdict came after a hearing that had divided the village and exposed what the "
            "prosecution called “a web of small lies” among the councillors.",
            ["the prosecution"],
            "quote",
        ),
        (  # neighbour: nobody names it
            "The town had a long tradition of what is often called “harbour justice.”",
            [None],
            "term",
        ),
    ],
)
def test_free_relative_namer_quotes(text: str, expected: list[str | None], kind: str) -> None:
    assert speakers(text) == expected
    assert kinds(text) == [kind]
