"""Shapes from the session-30 survey of speaker errors.

reported_partial: a clause-length partial quote inside a sentence with no cue of its own,
right after a sentence of the same paragraph that reports someone's words with no quote in
it (signed at its end, ", the economist said.", or led by the reporter, "Lee has argued
that …"), goes on paraphrasing that reporter when a modal verb before the quote marks a
prediction or condition put ("can still come, but only if “…”"). A sentence stating a fact
with a subject of its own ("The law bans boats “…”") stays nobody's, as review 19 has it. A word or two in quotes, or a title, is a term
and stays nobody's; a report in another paragraph, a verb of stance, or an infinitive
("sent a host to ask …") does not carry over.

witnessed: a participle of speech right after the object of an active verb of perceiving
("watched the minister telling …", "could hear their skipper shouting …", "to see a
cabinet defending the idea that …") is that object's: the one seen or heard saying it, not the one
who saw or heard. Not after a passive ("was heard telling" is the subject's, see
``perceived``) nor with no noun between ("heard speaking"), nor after a verb of remembering
("Lee recalled Hale talking about “…”" is Lee's account, as test_grammar has it).
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

REPORTED_PARTIAL = [
    # a signature at the end of the report, a conditional clause holding the quote
    (
        "Prices will keep climbing through the winter, the economist said. Relief can still "
        "come, but only if “the council stops dithering and signs the deal.”",
        "council stops dithering",
        "economist",
    ),
    # the reporter leads a that-report in the perfect; the next sentence opens with a phrase
    (
        "Marta Velling has argued that the port authority was hobbled from the start by its "
        "charter. As a result, there will still be “a body that answers to no one at all.”",
        "answers to no one",
        "Velling",
    ),
    # a pronoun signs an inverted report in the past; another cue verb
    (
        "Ivo Brandt runs the ferry line. The crossings will be cut to two a day, he warned. "
        "Passengers should plan ahead, since “the late boat will not run after October.”",
        "late boat will not run",
        "Brandt",
    ),
    # a description leads the report; the quote closes the next sentence
    (
        "The harbour master told the board that dredging had stopped in May. Without it the "
        "channel would silt up, leaving ships “stuck outside the bar at every low tide.”",
        "stuck outside the bar",
        "harbour master",
    ),
]

REPORTED_PARTIAL_NEIGHBOURS = [
    # a quoted term of two words after a report: a term, not the reporter's paraphrase
    (
        "The mayor said the budget was balanced. Critics of the plan were unmoved by the "
        "so-called “rainy-day fund” kept for floods.",
        "rainy-day fund",
        None,
    ),
    # the report is in the paragraph before: no carrying over a paragraph break
    (
        "The economist said prices would keep climbing.\n\nRelief can still come, but only if "
        "“the council stops dithering and signs the deal.”",
        "council stops dithering",
        None,
    ),
    # the sentence has a cue of its own (a document's participle): no carrying over
    (
        "The senator said little about the bill. Her office, though, issued a note calling it "
        "“a gift to the big landlords of the city.”",
        "gift to the big landlords",
        None,
    ),
    # no modal: a fact the sentence states (a rule in force), not the report going on
    (
        "The harbour master told the board that dredging had stopped. The bylaw still bars "
        "ships “heavier than nine thousand tonnes from the inner basin.”",
        "heavier than nine thousand",
        None,
    ),
    # a verb of stance is no report of words
    (
        "Most residents doubt the new schedule. Buses will still be late, because "
        "“the depot has too few drivers for the routes.”",
        "too few drivers",
        None,
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED_PARTIAL + REPORTED_PARTIAL_NEIGHBOURS)
def test_reported_partial(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)


WITNESSED = [
    # a verb of seeing in the past, a description as the object, a that-clause after a listener
    (
        "Viewers then watched the minister telling a farmer that the subsidy was “gone for good.”",
        "gone for good",
        "minister",
    ),
    # a verb of hearing, a description as the object after a plural subject, a verb of warning
    (
        "Delegates heard the treasurer warning that the fund would be “empty by the spring.”",
        "empty by the spring",
        "treasurer",
    ),
    # a modal before the verb of hearing, a possessive and a role noun, the quote right after "that"
    (
        "The crew could hear their skipper shouting that “the net is caught on the wreck.”",
        "net is caught",
        "skipper",
    ),
    # an infinitive of seeing, a body as the object, a verb of stance
    (
        "You have to go back only ten years to see a Labour cabinet defending the idea that "
        "“cheap money can shorten a slump.”",
        "cheap money can shorten",
        "cabinet",
    ),
]

WITNESSED_NEIGHBOURS = [
    # a passive verb of hearing: its subject was heard saying it
    (
        "The treasurer was heard telling an aide that the fund was “empty by the spring.”",
        "empty by the spring",
        "treasurer",
    ),
    # a comma between the object and the participle: the participle is the subject's
    (
        "Ana Lind watched the vote from the gallery, saying afterwards that it was “a good day "
        "for the valley.”",
        "good day for the valley",
        "Lind",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WITNESSED + WITNESSED_NEIGHBOURS)
def test_witnessed(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
