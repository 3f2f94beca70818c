"""Pronoun antecedents mended after review: the one asked answers the asker going on; a
question the one asked throws back is theirs; a role set off after the name closing a fronted
phrase is no subject; a thing passed "by" one person "to" another hands focus to neither.
Invented passages; see attribution.asks_on, attribution.put_to_before,
subjects.set_off_role and attribution.thing_agent."""

from __future__ import annotations

import pytest

from quotecheck.extract.sentences import words
from quotecheck.extract.subjects import sentence_subject
from tests.conftest import check_speaker

# "X interviewed Y. “Q?” she asked. “A,” she said": the question is X's, the answer Y's.
ANSWER_AFTER_ASKER = [
    (  # a verb of questioning and a time after the one asked, paragraphs of their own
        "Vera Holm interviewed Dana Kirsch on Monday.\n\n“Why did you resign?” she asked.\n\n"
        "“I had no choice,” she said.",
        ["Why did you resign", "I had no choice"],
        ["Vera Holm", "Dana Kirsch"],
    ),
    (  # men, "pressed … on", the answer's cue another verb
        "Tom Reyes pressed Hugo Brandt on the deficit. “Where will the money come from?” he asked. "
        "“From the reserves,” he replied.",
        ["Where will the money", "From the reserves"],
        ["Tom Reyes", "Hugo Brandt"],
    ),
    (  # a title before the asker, the one asked described, a question calling that role
        "Sen. Ruth Lint questioned Nina Quist, the agency's director.\n\n“Director, who signed the "
        "order?” she asked.\n\n“My deputy did,” she said.",
        ["who signed the order", "My deputy did"],
        ["Ruth Lint", "Nina Quist"],
    ),
    (  # "asked … whether", a place set off at the question's start (no one called)
        "Lena Hart asked Ruth Meyer whether the plant would close. “In Dover, has anyone told the "
        "workers?” she asked. “Not yet,” she said.",
        ["has anyone told", "Not yet"],
        ["Lena Hart", "Ruth Meyer"],
    ),
    (  # "questioned … for" a stretch of time: no request
        "Ruth Lint questioned Nina Quist for most of the morning.\n\n“Who approved the payments?” "
        "she asked.\n\n“I do not recall,” she said.",
        ["Who approved the payments", "I do not recall"],
        ["Ruth Lint", "Nina Quist"],
    ),
    (  # the one asked asks back, calling the asker by title: the asker answers
        "Sen. Lena Hart grilled Ruth Meyer on the budget. “Have you read the audit, Senator?” she "
        "asked. “I wrote it,” she said.",
        ["Have you read the audit", "I wrote it"],
        ["Ruth Meyer", "Lena Hart"],
    ),
    (  # neighbour: the asker goes on after the question ("she added")
        "Vera Holm interviewed Dana Kirsch on Monday. “Why did you resign?” she asked. “Readers "
        "want to know,” she added.",
        ["Why did you resign", "Readers want to know"],
        ["Vera Holm", "Vera Holm"],
    ),
]


@pytest.mark.parametrize(("text", "quotes", "speakers"), ANSWER_AFTER_ASKER)
def test_the_one_asked_answers_the_asker_going_on(text: str, quotes: list[str], speakers: list[str]) -> None:
    for words_, speaker in zip(quotes, speakers, strict=True):
        check_speaker(text, words_, speaker)


# "X asked Y whether …. “Would I …?” she asked": a question thrown back by the one asked.
THROWN_BACK = [
    (  # speaking as "I"
        "Lena Hart asked Ruth Meyer whether the bridge was safe. “Would I drive across it every "
        "day if it weren't?” she asked.",
        "Would I drive",
        "Ruth Meyer",
    ),
    (  # a request ("asked … to"), men, an echo of the request
        "Tom Reyes asked Hugo Brandt to explain the overrun. “Explain what?” he asked.",
        "Explain what",
        "Hugo Brandt",
    ),
    (  # a request ("asked … for"), a paragraph of its own
        "Lena Hart asked Ruth Meyer for comment on the lawsuit.\n\n“What lawsuit?” she asked.",
        "What lawsuit",
        "Ruth Meyer",
    ),
    (  # a manner after the cue: one reacting
        "Tom Reyes asked Hugo Brandt whether the report was true. “Have you even read it?” he asked, "
        "clearly irritated.",
        "Have you even read",
        "Hugo Brandt",
    ),
    (  # the question calls the asker by the title the narrative gives
        "Sen. Lena Hart grilled Ruth Meyer on the budget. “Have you read the audit, Senator?” she asked.",
        "Have you read the audit",
        "Ruth Meyer",
    ),
    (  # neighbour: the asker asks again
        "Lena Hart asked Ruth Meyer whether the bridge was safe. “Has anyone inspected it?” she asked again.",
        "Has anyone inspected",
        "Lena Hart",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), THROWN_BACK)
def test_a_question_thrown_back_is_the_one_askeds(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Flanked by X, the party chair, Y announced …": the subject is Y, not X's role.
ROLE_AFTER_FRONTED_NAME = [
    (
        "Flanked by Nina Quist, the party chair, Ruth Lint announced her run. “It is time,” she said.",
        "It is time",
        "Ruth Lint",
    ),
    (  # men, a possessive in the role
        "Joined by Tom Reyes, the city's mayor, Hugo Brandt opened the bridge. “A great day,” he said.",
        "A great day",
        "Hugo Brandt",
    ),
    (  # another participle, a two-word role, another cue
        "Praised by Lena Hart, the head coach, Ruth Meyer still wanted more. “I can do better,” she "
        "told reporters.",
        "I can do better",
        "Ruth Meyer",
    ),
    (  # no participle: a preposition opens the phrase
        "Like Nina Quist, the former treasurer, Ruth Lint distrusts the audit. “I have seen this "
        "before,” she said.",
        "I have seen this",
        "Ruth Lint",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ROLE_AFTER_FRONTED_NAME)
def test_a_role_set_off_after_a_fronted_name(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Flanked by Nina Quist, the party chair, Ruth Lint spoke.", "Ruth Lint"),
        ("Joined by Nina Quist, the mayor said little.", "the mayor"),  # no role set off
        ("Joined by Nina Quist, the mayor, who had arrived late, spoke.", "the mayor"),  # her aside
        ("After the vote, the mayor, Ruth Lint, spoke.", "the mayor"),  # no name closes the phrase
    ],
)
def test_sentence_subject_past_a_role_set_off(sentence: str, subject: str) -> None:
    tokens = words(sentence, 0, len(sentence))
    np = sentence_subject(tokens, 0, len(tokens))
    assert np is not None and " ".join(t.text for t in np) == subject


# "The award was presented by X to Y. “…,” she said": Y, to whom the thing goes, not the agent.
THING_TO_SOMEONE = [
    (
        "The prize was presented by Nina Quist to Ruth Lint on Friday. “I am humbled,” she said.",
        "I am humbled",
        "Ruth Lint",
    ),
    (  # men, a relative clause on the one it goes to
        "The puck was slid by Tom Reyes to Hugo Brandt, who scored. “I only had to tap it in,” he said.",
        "I only had to tap",
        "Hugo Brandt",
    ),
    (  # a future passive, a time after the one it goes to
        "The trophy will be awarded by Lena Hart to Ruth Meyer at the gala. “It has not sunk in,” she said.",
        "It has not sunk in",
        "Ruth Meyer",
    ),
    (  # a role set off after the one it goes to
        "The first prize was handed by Lena Hart to Ruth Meyer, a nurse from Dover. “I never expected "
        "it,” she said.",
        "I never expected",
        "Ruth Meyer",
    ),
    (  # neighbour: the thing goes to no one named, the agent stays in focus
        "The report was presented by Nina Quist to the board on Friday. “We found gaps,” she said.",
        "We found gaps",
        "Nina Quist",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), THING_TO_SOMEONE)
def test_a_thing_passed_to_someone(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "his captain, Hugo Brandt, the coach faced …": after a name set off, an article's or a verb's
# phrase that no comma closes is the sentence going on, no role of that name.
SENTENCE_AFTER_SET_OFF_NAME = [
    (  # an article's phrase, the subject of the sentence, a description speaking later
        "The coach, Tom Vask, arrived late. Flanked by his captain, Hugo Brandt, the coach faced "
        "the cameras. “We were poor,” the coach said.",
        "We were poor",
        "Tom Vask",
    ),
    (  # women, a preposition opening the fronted phrase
        "The mayor, Ruth Lint, opened the session. Next to her deputy, Nina Quist, the mayor thanked "
        "the crews. “They worked all night,” the mayor said.",
        "They worked all night",
        "Ruth Lint",
    ),
    (  # a verb's phrase: the statement read is no role of the one who read it
        "Her lawyer, Paul Marsh, read a statement outside the court. “I did nothing wrong,” the "
        "statement said.",
        "I did nothing wrong",
        "the statement",
    ),
    (  # neighbour: a phrase that is no article's or verb's still gives the role
        "The council named its deputy clerk, Nina Quist, as acting clerk. Later that day she met "
        "staff. “We will move fast,” the acting clerk said.",
        "We will move fast",
        "Nina Quist",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SENTENCE_AFTER_SET_OFF_NAME)
def test_the_sentence_after_a_set_off_name_is_no_role(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
