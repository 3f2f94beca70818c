"""Transcripts set without quote marks: what review 25c found the reader of bare turns
taking for speech (figures, fields, timelines, datelines, quizzes), the names it gave the
labels, the lines it gave the labels' people, and regexes slow over a long run of letters.
Every text is invented."""

from __future__ import annotations

import time

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.transcripts import NAME_RUN, full_name, in_role, interviewee


def turns(text: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    return [(q.text, q.speaker) for q in quotes if q.kind == "transcript"]


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in turns(text)]


# A real block of each kind the mends must still read.
HEARING = (
    "The committee questioned Treasury official Marta Kovac on Thursday.\n\n"
    "SEN. DAVID ORTEGA: When did you first learn of the transfers?\n\n"
    "KOVAC: In March, when the auditors flagged them.\n\n"
    "ORTEGA: And you told no one?\n\n"
    "KOVAC: I told my supervisor the same day.\n"
)
PANEL = (
    "On Sunday’s panel, host Carl Whitby spoke with economists Nadia Brook and Felix Horn.\n\n"
    "Whitby: Is a recession coming?\n\n"
    "Brook: Not this year. The data are too strong.\n\n"
    "Horn: I disagree. Hiring has stalled since the spring.\n"
)
INTERVIEW = (
    "Striker Luis Ferreira, who scored twice on Saturday, spoke after training.\n\n"
    "Q: How does it feel to be top scorer?\n"
    "A: Good, but the team matters more than me.\n"
    "Q: Can you win the league?\n"
    "A: We can, if we stay fit.\n"
)


def test_real_blocks_are_still_read() -> None:
    assert speakers(HEARING) == ["David Ortega", "Marta Kovac", "David Ortega", "Marta Kovac"]
    assert speakers(PANEL) == ["Carl Whitby", "Nadia Brook", "Felix Horn"]
    assert speakers(INTERVIEW) == ["Q", "Luis Ferreira", "Q", "Luis Ferreira"]


def test_a_figure_answer_inside_a_hearing_is_still_a_turn() -> None:
    text = (
        "Committee chair Helen Moss questioned the engineer, Samir Patel.\n\n"
        "MOSS: How many faults were found?\n\n"
        "PATEL: 14 in all, none of them serious.\n\n"
        "MOSS: And the bridge passed?\n\n"
        "PATEL: Both times, yes.\n"
    )
    assert speakers(text) == ["Helen Moss", "Samir Patel", "Helen Moss", "Samir Patel"]


# Finding 1: blocks that are no speech.
@pytest.mark.parametrize(
    "text",
    [
        # results and figures under names
        "Ann Lee won the sprint and Tom Hale was second.\n\nLee: 11.2 seconds\nHale: 11.5 seconds",
        "Rosa Diaz beat Paul Kent in the council race.\n\nRosa Diaz: 4,310 votes\nPaul Kent: 3,992 votes",
        "Mark Green starred and Sam Bell added a goal.\n\nGREEN: 3 goals, 2 assists\nBELL: 1 goal, 1 booking",
        # fields and ingredients
        "A quick weeknight dinner.\n\nPrep Time: 15 minutes\nCook Time: 25 minutes\nServes: six",
        "Use Plain Flour and Caster Sugar for the sponge.\n\nFlour: two cups\nSugar: one cup",
        # timelines
        "The week ahead. On Friday, the vote. On Saturday, the rally.\n\n"
        "Friday: the council votes on the budget\nSaturday: a rally in the square",
        "In March the bill was drafted. In April it passed.\n\nMarch: the bill is drafted\nApril: lawmakers pass it",
        # summaries whose subject is the label: profiles, results, team news
        "Peter Walsh and Ann Grey are the candidates.\n\n"
        "Walsh: backs the new stadium, opposes the levy\nGrey: opposes the stadium, backs the levy",
        "Tennis star Ann Lee won again.\n\nLEE: won in straight sets\nHALE: retired hurt in the second set",
        "Dan Cole and Amy West run the shops.\n\nCOLE: owns the bakery on the square\nWEST: runs the florist",
        # places and results
        "Mary Cole led from the start.\n\nCole: First\nBaker: Second place and a medal",
    ],
)
def test_figures_fields_timelines_and_summaries_under_labels_are_no_turns(text: str) -> None:
    assert turns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trivia night is back.\n\nQ: What is the longest river in Africa?\nA: The Nile.\n"
        "Q: Who painted the ceiling?\nA: Michelangelo.",
        # an FAQ: the reader asks, nobody answers for themself
        "Frequently asked questions. Spokesman Tom Reed said the page would help.\n\n"
        "Q: Can I renew online?\nA: Visit the licence office website.\nQ: What does it cost?\nA: Forty dollars.",
        # a poll: the answer is a figure
        "The poll was run by pollster Mark Dunn.\n\nQ: Do you approve of the mayor?\nA: 41 percent said they did.",
        "Quiz time.\n\nQ: Which planet is largest?\nA: Jupiter.\nQ: And the smallest?\nA: Mercury.",
    ],
)
def test_a_quiz_an_faq_or_a_poll_is_no_interview(text: str) -> None:
    assert turns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Denzel Ward arrived in Oslo.\n\nWARD: The Senate voted on the bill today.\nOSLO: Parliament went into recess.",
        "Ann Lee and Tom Hale argued on Monday.\n\nUPDATE: The debate has ended.\n\nLEE: I won tonight.",
        "Ann Lee and Tom Hale argued.\n\nCORRECTION: An earlier version misspelled a name.\n\nLEE: I stand by it.",
    ],
)
def test_a_label_for_nobody_over_a_line_that_tells_gives_no_turn(text: str) -> None:
    # datelines and notes: a label the article names nobody by, over a past-tense line
    assert turns(text) == []


def test_a_label_for_nobody_over_a_line_that_speaks_is_still_a_turn() -> None:
    # neighbour: OSTROV is not named in the article, but he speaks
    text = "Marta Quell spoke.\n\nQUELL: Open the gates.\nOSTROV: At once, chair."
    assert speakers(text) == ["Marta Quell", "Ostrov"]


# Finding 2: label resolution.
@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday Okafor spoke to reporters.",
        "In March Okafor spoke to reporters.",
        "Yesterday Okafor spoke to reporters.",
    ],
)
def test_a_day_or_an_opener_before_the_surname_is_no_given_name(opening: str) -> None:
    text = f"{opening}\n\nOKAFOR: We will hold the line.\n"
    assert full_name(text, "Okafor", text.index("OKAFOR")) == "Okafor"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Interview\nCandidates Lars Vennet and Rosa Tamm spoke.", "Lars Vennet"),
        ("Panel\nRivals Omar Quist and Jane Fiske spoke.", "Omar Quist"),
        ("Debate\n\nChallengers Gwen Tallis and Tom Barlow spoke.", "Gwen Tallis"),
    ],
)
def test_a_word_opening_a_line_is_no_part_of_the_name(opening: str, name: str) -> None:
    text = f"{opening}\n\nLABEL: We will win.\n"
    surname = name.split()[-1]
    assert full_name(text, surname, text.index("LABEL")) == name


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Lee and Tom Lee both spoke.",
        "Ann Lee and her husband, Tom Lee, both spoke.",
        "Sen. Ann Lee met Rep. Carl Lee.",
    ],
)
def test_a_surname_two_people_share_stays_unresolved(opening: str) -> None:
    text = f"{opening}\n\nLEE: We will hold the line.\n"
    assert full_name(text, "Lee", text.index("LEE:")) == "Lee"


def test_one_person_named_twice_is_still_resolved() -> None:
    # neighbour: "Mary Ann Lee" and "Ann Lee" are one person
    text = "Mary Ann Lee took questions. Ann Lee spoke for an hour.\n\nLEE: We will hold the line.\n"
    assert full_name(text, "Lee", text.index("LEE:")) == "Ann Lee"


@pytest.mark.parametrize(
    "opening",
    [
        "Desmond Okafor and Ann Lee met. Lee, the interviewer, asked the questions.",
        "Ann Lee, the interviewer, spoke with Desmond Okafor. Lee asked the questions.",
        "Desmond Okafor met the interviewer, Ann Lee. Lee had one question.",
    ],
)
def test_the_interviewer_is_not_the_interviewee(opening: str) -> None:
    text = f"{opening}\n\nQ: Will you run again?\nA: Yes, I will.\n"
    assert interviewee(text, text.index("Q:")) != "Ann Lee"


def test_the_interviewer_asks_and_the_judge_answers() -> None:
    text = (
        "Julia Marr, the interviewer, spoke with the retired judge Henry Voss about his memoir.\n\n"
        "Q: Why write it now?\nA: Because my grandchildren asked me to.\n"
        "Q: Do you miss the bench?\nA: Every single day.\n"
    )
    assert speakers(text) == ["Julia Marr", "Henry Voss", "Julia Marr", "Henry Voss"]


# Finding 3: lines that are not the label's words.
@pytest.mark.parametrize(
    "line",
    [
        "The crowd cheered loudly as he spoke.",
        "She paused and looked out of the window.",
        "He was interrupted by applause.",
    ],
)
def test_a_line_telling_of_the_speaker_between_labels_is_no_turn(line: str) -> None:
    text = (
        "Governor Ellen Park sat down with the Tribune.\n\n"
        f"TRIBUNE: Are you running again?\n\nPARK: I have not decided.\n{line}\nPARK: Ask me in June.\n"
    )
    got = turns(text)
    assert [words for words, _ in got] == ["Are you running again?", "I have not decided.", "Ask me in June."]


def test_a_line_of_the_turn_going_on_is_still_the_speakers() -> None:
    # neighbour: the speaker's own words go on over a second line
    text = (
        "Nurse Alice Grant described the storm to the Herald.\n\n"
        "HERALD: What did you see?\n\nGRANT: Water everywhere.\nWe carried patients up the stairs.\n\n"
        "HERALD: Were you afraid?\n\nGRANT: Terrified.\n"
    )
    assert speakers(text) == ["Herald", "Alice Grant", "Alice Grant", "Herald", "Alice Grant"]


@pytest.mark.parametrize(
    "line",
    [
        "HALE: “No,” he said firmly.",
        "HALE: “Never,” Hale replied.",
        "HALE: “We will see,” the senator said with a smile.",
    ],
)
def test_a_labelled_quote_with_its_own_cue_is_a_quote_not_a_turn(line: str) -> None:
    text = f"Ann Lee met Tom Hale.\n\nLEE: We will win.\n\n{line}\n"
    got = turns(text)
    assert got == [("We will win.", "Ann Lee")]


# Finding 4: linear over a long run of letters. Before the regexes were anchored, one run of
# 4,900 capitals took 16.7 s; 2 s leaves room for a loaded machine and still catches that.
@pytest.mark.parametrize("run", ["A" * 5000, "Ab-" * 1700, "Aa" * 2500])
def test_name_regexes_stay_fast_over_a_long_run_of_letters(run: str) -> None:
    text = f"The moderator spoke. Desmond Okafor too. {run}\n\nQ: will you go\nA: yes we will go on\n"
    start = time.perf_counter()
    list(NAME_RUN.finditer(text))
    full_name(text, "Okafor", len(text) - 40)
    in_role(text, "moderator", len(text) - 40)
    interviewee(text, len(text) - 40)
    assert time.perf_counter() - start < 2.0
