"""Whom a he/she/they cue stands for in shapes of session 25: the one a question is put to
answers it ("Kahn pressed the 66-year-old on the budget. “…,” he said"); the subject stays
the centre over a person named after it in an object or a phrase ("Lena Voss sat next to
Ann Lee. “…,” she said"), unless the sentence brings that person into focus; a plural in
-ers of people is the next "they". Each shape with
variations and neighbours that must keep their speaker. Invented news text through the
real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. the one asked answers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kahn pressed the 66-year-old on the budget. “We never had the money,” he said.", "the 66-year-old"),
        # another verb of questioning, a role in place of an age, present tense
        ("Mercer asks the senator about the deal. “There was never a deal,” he says.", "the senator"),
        # a description for the asker, an aside after it, another cue verb
        (
            "The host, a former judge, grilled the minister over the strike. “It was our only choice,” he replied.",
            "the minister",
        ),
        # a perfect, an adverb after the one asked, a "whether" question
        (
            "Ruth Adler has asked the former mayor twice whether she knew. “Nobody told us,” she said.",
            "the former mayor",
        ),
        # a name asked: the one asked as well
        ("Tom Kahn quizzed Walter Ostrow about the loan. “We repaid every cent,” he said.", "Walter Ostrow"),
    ],
)
def test_the_one_asked_answers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a request, not a question: the asker goes on
        ("Dan Mercer asked the court for more time. “My client needs it,” he said.", "Dan Mercer"),
        # no question at all: the subject is the centre
        ("Tom Kahn thanked the 66-year-old for the tour. “It was a pleasure,” he said.", "Tom Kahn"),
        # the one asked cannot be "she": the asker answers to it
        ("Ruth Adler pressed the chairman on the merger. “We need answers,” she said.", "Ruth Adler"),
    ],
)
def test_no_question_put_keeps_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. the subject, not a person named after it, is the centre --------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject's first name tells no gender; the rival's does
        ("Lena Voss sat next to Ann Lee at the hearing. “It was a long day,” she said.", "Lena Voss"),
        # a bare surname, a verb of motion, another cue verb
        ("Hale walked past Carl Ness without a word. “I had nothing to say,” he told us.", "Hale"),
        # the rival as a possessor, present tense
        ("Voss doubts Ann Lee’s plan. “It could never pay for itself,” she says.", "Voss"),
        # the rival inside an aside after the subject
        ("Tilde Moen, who campaigned for Ann Lee, quit on Monday. “I had enough,” she said.", "Tilde Moen"),
    ],
)
def test_the_subject_stays_the_centre(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the author of words the sentence names
        (
            "Voss was replying to a letter from Ann Lee about the school. “The roof leaks,” she wrote.",
            "Ann Lee",
        ),
        # an object given a role
        ("Mayor Hale named Ana Ruiz as police chief. “I am ready,” she said.", "Ana Ruiz"),
        # the subject's own possessive rules it out
        ("Oren Tal hugged his daughter, Mia, outside. “I was scared,” she said.", "Mia"),
    ],
)
def test_a_person_brought_into_focus_or_the_only_one_agreeing(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 4. a plural in -ers of people as the "they" of the next sentence ------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rioters smashed windows along the avenue. “We wanted to be heard,” they said.", "Rioters"),
        # a compound whose last part is the doer: a perfect, another cue verb
        ("Taxpayers have packed the room. “We are paying for this mistake,” they say.", "Taxpayers"),
        ("Shopkeepers closed early in protest. “We cannot pay the rent,” they told us.", "Shopkeepers"),
        # a verb of reacting only people do, whatever the noun
        ("Bystanders cheered from the pavement. “The crews saved the street,” they said.", "Bystanders"),
    ],
)
def test_people_in_ers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Flowers covered the steps of the church. “We miss him every day,” they said.",
        "Dishwashers broke down in the canteen. “We washed up by hand,” they said.",
        "Heaters failed in three classrooms. “The children sat in coats,” they said.",
    ],
)
def test_things_in_ers_stay_they(text: str) -> None:
    assert speakers(text) == ["they"]
