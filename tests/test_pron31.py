"""Pronoun antecedents by salience: the asker going on when a he/she asks in turn, and a
subject named with the body it is of ("Ann Lee of the Harbor Institute said …"). Invented
passages; see attribution.antecedent_of, attribution.asking_verb and attribution.leads."""

from __future__ import annotations

import pytest

from quotecheck.extract.sentences import words
from quotecheck.extract.subjects import sentence_subject
from tests.conftest import check_speaker

# "X asked Y whether …. “…?” she asked": a he/she who asks in turn is the asker, not the one asked.
ASKER_GOES_ON = [
    (  # a paragraph of its own, an adverb after the one asked
        "Mara Lint asked Ada Quist directly whether anyone had replied.\n\n“Did anyone reply?” she asked.",
        "Did anyone reply",
        "Mara Lint",
    ),
    (  # a description set off before the asker's name, another verb of asking
        "The judge, Mara Lint, pressed Ada Quist on the missing files. “Who told you to delete them?” she asked.",
        "Who told you",
        "Mara Lint",
    ),
    (  # a perfect with an adverb, men
        "Tom Reyes has repeatedly asked Ivo Brandt whether the contract was tendered. "
        "“Why was it never put out to bid?” he asked.",
        "Why was it never",
        "Tom Reyes",
    ),
    (  # the one asked a name set off after a role; present tense
        "Senator Dale Orr pressed Lars Vint on the delays. “How many more months?” he asks.",
        "How many more months",
        "Dale Orr",
    ),
    (  # a fronted phrase, the one asked of known sex, the asker's first name no list knows
        "Under cross-examination, the defence lawyer, Rosa Imbert, asked Ana Vidal why she had "
        "not called the police. “You had a phone, didn’t you?” she asked.",
        "You had a phone",
        "Rosa Imbert",
    ),
]

# The one asked answers: a he/she whose cue is no verb of asking, or no asking before it.
ASKER_NEIGHBOURS = [
    (
        "Mara Lint asked Ada Quist directly whether anyone had replied. “No one did,” she said.",
        "No one did",
        "Ada Quist",
    ),
    (
        "Tom Reyes pressed Ivo Brandt on the budget. “We had no choice,” he said.",
        "We had no choice",
        "Ivo Brandt",
    ),
    (
        "The judge, Mara Lint, asked Ada Quist about the files. “I deleted nothing,” she replied.",
        "I deleted nothing",
        "Ada Quist",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASKER_GOES_ON + ASKER_NEIGHBOURS)
def test_asker_goes_on(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Ann Lee of the Harbor Institute said Gail Hart …. “…,” she said": the full name before the
# body it is of is the sentence's subject and centre, not a name the sentence reports on.
OF_BODY = [
    (  # a title and a role before the name, a university
        "Political scientist Dr. Nora Vell of Brook University said Ada Quist remained the "
        "favorite. “The race is open,” she said.",
        "The race is open",
        "Nora Vell",
    ),
    (  # a state, the quote naming the other woman
        "Sen. Ruth Meyer of Ohio said Gail Hart had been right all along. “We owe her an apology,” she said.",
        "We owe her",
        "Ruth Meyer",
    ),
    (  # "argued that", a body with an article
        "Ruth Meyer of the Harbor Institute argued that Gail Hart had misread the data. "
        "“The error is plain,” she said.",
        "The error is plain",
        "Ruth Meyer",
    ),
    (  # another preposition, a verb of belief
        "Economist Ana Fenwick at the Corran Trust said Lena Ortiz was wrong. “Her numbers do not add up,” she said.",
        "Her numbers",
        "Ana Fenwick",
    ),
    (  # men, a cue that goes on
        "Dr. Piet Olsen of St. Mary’s Hospital said Jan Moreau had been discharged. “He is recovering well,” he added.",
        "He is recovering",
        "Piet Olsen",
    ),
]

OF_BODY_NEIGHBOURS = [
    (  # the sentence before has the other woman for subject
        "Ruth Meyer of the Harbor Institute met Gail Hart on Monday. Gail Hart said the data were sound. "
        "“The error is theirs,” she said.",
        "The error is theirs",
        "Gail Hart",
    ),
    (  # people speaking for the body: "they" is not resolved to a person, but to the people
        # with whom they stand for (session 31, tests/test_tail31.py)
        "Lawyers for Ana Vidal said the ruling was unfair. “We will appeal,” they said.",
        "We will appeal",
        "Lawyers for Ana Vidal",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OF_BODY + OF_BODY_NEIGHBOURS)
def test_name_of_body_leads(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Asked by the ranking member, Ann Lee, whether …, the secretary paused": a name set off after
# a role inside a fronted phrase does not end the phrase; the subject after it is the centre.
FRONTED_SET_OFF = [
    (  # a question's topic after the name, the subject a description the article gave her
        "The secretary, Ruth Meyer, faced the committee on Tuesday. Asked by the ranking member, "
        "Zorin Hart, whether she had known, the secretary paused. “I knew we had problems,” she said.",
        "I knew we had problems",
        "Ruth Meyer",
    ),
    (  # a preposition after the name, men
        "The minister, Tom Vask, came prepared. Pressed by the chairman, Ivo Brandt, on the budget, "
        "the minister shrugged. “The numbers are fine,” he said.",
        "The numbers are fine",
        "Tom Vask",
    ),
    (  # a title, a party and a state in the name set off
        "The secretary, Ruth Meyer, was calm. Asked by the committee's ranking Democrat, Rep. Gail "
        "Hart of Ohio, whether she had read the memo, the secretary paused. “I had not seen it,” she said.",
        "I had not seen it",
        "Ruth Meyer",
    ),
    (  # a subordinate clause whose verb follows the name set off
        "The judge, Ruth Meyer, listened. When the lawyer, Gail Hart, rose to object, the judge "
        "frowned. “Sit down,” she said.",
        "Sit down",
        "Ruth Meyer",
    ),
]

FRONTED_PASSIVE = [
    (  # "Questioned by" and a name set off after the agent's role, a question topic after it
        "The accountant, Ruth Meyer, kept the books. Questioned by the prosecutor, Gail Hart, about "
        "the invoices, the accountant said little. “I followed orders,” she said.",
        "I followed orders",
        "Ruth Meyer",
    ),
    (  # "Flanked by", the agent's name closing the phrase, men
        "The coach, Tom Vask, arrived late. Flanked by his captain, Ivo Brandt, the coach faced the "
        "cameras. “We were poor,” he said.",
        "We were poor",
        "Tom Vask",
    ),
    (  # "Challenged by", a preposition after the name set off
        "The treasurer, Tom Vask, had the figures. Challenged by the auditor, Ivo Brandt, over the "
        "figures, the treasurer stood firm. “They are correct,” he said.",
        "They are correct",
        "Tom Vask",
    ),
]

FRONTED_NEIGHBOURS = [
    (  # the agent phrase ends at its comma and a name is the subject
        "Interviewed by Gail Hart on Sunday, Ruth Meyer defended the plan. “It will work,” she said.",
        "It will work",
        "Ruth Meyer",
    ),
    (  # the name after the fronted phrase is the subject, its role set off after it
        "Gail Hart asked the question. Asked by reporters, Ruth Meyer, the mayor, declined to comment. "
        "“We will say more later,” she said.",
        "We will say more later",
        "Ruth Meyer",
    ),
    (  # no role before the comma: the name is the subject
        "Asked by Gail Hart whether the plan was dead, Ruth Meyer laughed. “It is very much alive,” she said.",
        "It is very much alive",
        "Ruth Meyer",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), FRONTED_SET_OFF + FRONTED_PASSIVE + FRONTED_NEIGHBOURS
)
def test_name_set_off_in_fronted_phrase(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Asked by the ranking member, Zorin Hart, whether she had known, the secretary paused.",
            "the secretary",
        ),
        ("Pressed by the chairman, Zorin Hart, on the budget, Ruth Meyer shrugged.", "Ruth Meyer"),
        ("When the lawyer, Zorin Hart, rose to speak, the judge stopped her.", "the judge"),
        ("Asked by reporters, Ruth Meyer, the mayor, declined.", "the mayor"),  # as before: her role
    ],
)
def test_sentence_subject_past_name_set_off(sentence: str, subject: str) -> None:
    tokens = words(sentence, 0, len(sentence))
    np = sentence_subject(tokens, 0, len(tokens))
    assert np is not None and " ".join(t.text for t in np) == subject


# "The effort is led by Ann Lee, who worked for Mia Roe. She said …": a thing the subject of a
# passive verb, its named "by" agent is the person in focus, not a name in an aside after it.
THING_AGENT = [
    (  # a progressive passive, the rival in a relative clause on the agent's role
        "The effort is being led by Ruth Meyer, a former staffer who worked for Rep. Gail Hart of "
        "Utah. She said the choice had been “painful in some cases.”",
        "painful in some cases",
        "Ruth Meyer",
    ),
    (  # a first name no list knows, the rival in a phrase after the agent
        "The study was launched by Zorin Meyer after a meeting with Gail Hart. “It is overdue,” she said.",
        "It is overdue",
        "Zorin Meyer",
    ),
    (  # men, the rival set off inside a possessive aside
        "The letter was signed by Tom Vask, whose predecessor, Ivo Brandt, had refused to sign it. "
        "“I had no doubts,” he said.",
        "I had no doubts",
        "Tom Vask",
    ),
    (  # an aside between the subject and its verb, "with help from"
        "The report, released on Monday, was written by Ana Fenwick with help from Lena Ortiz. "
        "“The data are clear,” she said.",
        "The data are clear",
        "Ana Fenwick",
    ),
    (  # a pluperfect passive, the rival in the agent's appositive
        "The motion had been drafted by Karl Dorn, a deputy to Piet Olsen. “It is a modest proposal,” he said.",
        "It is a modest proposal",
        "Karl Dorn",
    ),
]

THING_AGENT_NEIGHBOURS = [
    (  # a person the subject: the subject is the centre
        "The mayor, Ruth Meyer, was cheered by Gail Hart. “We are thrilled,” she said.",
        "We are thrilled",
        "Ruth Meyer",
    ),
    (  # an active verb: the one named after it, as before
        "The plan drew fire from Gail Hart. “It will fail,” she said.",
        "It will fail",
        "Gail Hart",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), THING_AGENT + THING_AGENT_NEIGHBOURS)
def test_agent_of_a_thing_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Meyer has worked under Hart. The club has won twice. “…,” she said": a sentence whose subject
# is a thing and which names no one leaves the centre with the subject of the sentence before.
IDLE_THING = [
    (  # first names no list knows: the rival is no less likely by its sex
        "Ilka Meyer has worked under Zorin Hart for three seasons. The club has won twice this "
        "season. “I did not ask for this,” she said.",
        "I did not ask for this",
        "Ilka Meyer",
    ),
    (  # the rival a prepositional object, another tense
        "Ilka Meyer met Zorin Hart at the town hall on Monday. The meeting lasted three hours. "
        "“We found common ground,” she said.",
        "We found common ground",
        "Ilka Meyer",
    ),
    (  # a pluperfect in the thing's sentence, the rival the object of "thanked"
        "Ilka Meyer thanked Zorin Hart for the invitation. The visit had been planned for months. "
        "“It was worth the wait,” she said.",
        "It was worth the wait",
        "Ilka Meyer",
    ),
    (  # an aside in the thing's sentence, "took over from"
        "Ilka Vask took over from Zorin Brandt in May. The team, bottom of the table then, has not "
        "lost since. “The players did it,” she said.",
        "The players did it",
        "Ilka Vask",
    ),
]

IDLE_THING_NEIGHBOURS = [
    (  # a new paragraph before the thing's sentence: the rule does not reach back
        "Ilka Meyer met Zorin Hart on Monday.\n\nThe meeting lasted three hours. “We found common ground,” she said.",
        "We found common ground",
        "Zorin Hart",
    ),
    (  # the thing's sentence names someone
        "Ilka Meyer met Zorin Hart on Monday. The plan drew praise from Gail Ross. “It is fair,” she said.",
        "It is fair",
        "Gail Ross",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), IDLE_THING + IDLE_THING_NEIGHBOURS)
def test_a_thing_that_names_no_one_keeps_the_centre(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "“Mr. Vidal, has anyone been charged?” she asked. ¶ “Not to my knowledge,” he said": a question
# that calls someone by name is answered by that person, not by a man named more recently.
CALLED_BY_NAME = [
    (  # a courtesy title and a comma opening the question, the asker a she
        "Carl Vidal, the agency's director, sat beside his deputy. Rep. Ana Marsh first asked about "
        "the budget, which Tom Wrenn had approved. Marsh then turned to the witness. “Mr. Vidal, has "
        "anyone at your agency been charged?” she asked.\n\n“Not to my knowledge,” he said.",
        "Not to my knowledge",
        "Carl Vidal",
    ),
    (  # the name closing the question, women on both sides
        "The inquiry heard from Ruth Meyer, the former treasurer, and from Gail Hart, who audited the "
        "accounts. The chair, Ilka Dorn, was brief. “Where were the minutes kept, Ms. Meyer?” she "
        "asked.\n\n“In my office,” she said.",
        "In my office",
        "Ruth Meyer",
    ),
    (  # a rank for a title, the asker named after the cue
        "Tom Reyes, the pilot, was the first witness; the airline had sent Ivo Brandt, its safety "
        "chief. “Captain Reyes, did the engine fail?” asked the chairman, Karl Dorn.\n\n“It did,” he said.",
        "It did",
        "Tom Reyes",
    ),
    (  # a description asks, another cue verb answers
        "Ana Fenwick represented the family. Lena Ortiz, the council's lawyer, sat opposite, beside "
        "Petra Holm. “Ms. Fenwick, what do your clients want?” the judge asked.\n\n“An apology,” she replied.",
        "An apology",
        "Ana Fenwick",
    ),
]

CALLED_NEIGHBOURS = [
    (  # no one called: the rules before
        "Carl Vidal sat beside his deputy, Tom Wrenn. Ana Marsh turned to the witness. “Has anyone "
        "been charged?” she asked.\n\n“Not to my knowledge,” he said.",
        "Not to my knowledge",
        "Tom Wrenn",
    ),
    (  # the asker goes on ("added")
        "Ruth Meyer faced Gail Hart across the table. “Gail, why did you sign it?” Meyer asked. “Answer me,” she added.",
        "Answer me",
        "Ruth Meyer",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CALLED_BY_NAME + CALLED_NEIGHBOURS)
def test_a_question_calling_someone_by_name(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
