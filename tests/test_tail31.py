"""Three shapes of the tail of session 31, all invented text.

1. A body named by a capitalised place or name before lower-case nouns ("the Ravensholt school
   board", "the Dunmore transit agency") is one noun phrase, to its head noun, after an
   inverted cue as before a verb: "said a spokesman for the Ravensholt school board" keeps the
   board, not "the Ravensholt". The run closes on a mark, a preposition, a clause word, a verb
   or a time; a capitalised name after it ("Kelso team captain Ivo Pell") is read as before.
2. A "they" standing for people brought in with whom or what they stand for ("Lawyers for the
   two men filed …. “…,” they said") is the whole phrase, as "an aide to X" is for he/she; a
   setting ("Protesters at the plant") and a count ("Thousands of runners") are read as before.
3. A person named in a fronted phrase ("Questioned by the prosecutor, Mara Quill, about the
   payments, the accountant said little") is not the description that is the sentence's
   subject: a he/she after it goes to the subject, unless the article gave that description
   to someone named ("The accountant, Piet Moll, …")."""

from __future__ import annotations

import pytest

from quotecheck.extract.mentions import np_after_cue
from quotecheck.extract.sentences import words
from quotecheck.extract.subjects import sentence_subject
from tests.conftest import quote_with


def speaker_of(text: str, words_in: str) -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


# ---- 1. a name before lower-case nouns of a body: one noun phrase to its head ----
BODY_AFTER_NAME = [
    ("“We have no comment,” said a spokesman for the Ravensholt school board.", "no comment",
     "a spokesman for the Ravensholt school board"),
    ("“We are reviewing the schedule,” said an official with the Dunmore transit agency.", "reviewing",
     "an official with the Dunmore transit agency"),
    ("“The roof leaked for months,” said a member of the Kelso city council on Friday.", "roof leaked",
     "a member of the Kelso city council"),
    ("“It was late again,” said a driver for the Dunmore transit agency, who asked not to be named.",
     "late again", "a driver for the Dunmore transit agency"),
    ("“Nobody warned us,” said the Ravensholt school board in a statement.", "Nobody warned",
     "the Ravensholt school board"),
    ("“We will appeal,” said a lawyer for the Aldwick housing authority.", "will appeal",
     "a lawyer for the Aldwick housing authority"),
    ("“The ferry sank in minutes,” said the Kelso fire chief.", "ferry sank", "the Kelso fire chief"),
    ("“The budget is short,” says a trustee of the Brenmoor library board.", "budget is short",
     "a trustee of the Brenmoor library board"),
    ("“The plan was rushed,” wrote a member of the Ostley planning commission.", "plan was rushed",
     "a member of the Ostley planning commission"),
    # the run read to its head, a name set off after it is the speaker's
    ("“It is over,” said the Kelso team coach, Ivo Pell.", "is over", "Ivo Pell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in", "expected"), BODY_AFTER_NAME)
def test_a_body_after_a_name_runs_to_its_head_noun(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We have no comment,” said a spokesman for the Ravensholt school board.",
        "“We have no comment,” a spokesman for the Ravensholt school board said.",
        "A spokesman for the Ravensholt school board said: “We have no comment.”",
    ],
)
def test_every_cue_position_gives_one_span(text: str) -> None:
    q = quote_with(text + "\n", "no comment")
    assert q.speaker is not None and q.speaker.lower() == "a spokesman for the ravensholt school board"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end].lower() == q.speaker.lower()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("said the Kelso school board voted", "the Kelso school board"),  # a verb closes it
        ("said Ann Lee's Aldwick campaign team, which", "Ann Lee's Aldwick campaign team"),
        ("said the Kelso bank filed", "the Kelso bank"),  # one noun, closed by a verb
        # neighbours: nothing closes the run; a name after it
        ("said the Florida governor loves", "the Florida governor"),
        ("said Kelso team captain Ivo Pell.", "Kelso team captain Ivo Pell"),
    ],
)
def test_the_phrase_after_a_cue(phrase: str, expected: str) -> None:
    tokens = words(phrase, 0, len(phrase))
    np = np_after_cue(tokens, 1)
    assert np is not None and " ".join(t.text for t in np).replace(" 's", "'s") == expected


@pytest.mark.parametrize(
    ("text", "words_in", "expected"),
    [
        (
            "“It leaked,” said an official with the Dunmore agency.",
            "It leaked",
            "an official with the Dunmore agency",
        ),
        (
            "“It was a fair result,” said a fan of the Kelso team, smiling.",
            "fair result",
            "a fan of the Kelso team",
        ),
        ("“We are ready,” said Dunmore transit agency spokesman Ivo Pell.", "are ready", "Ivo Pell"),
        ("“We won fairly,” said Kelso team captain Ivo Pell.", "won fairly", "Ivo Pell"),
    ],
)
def test_neighbours_of_a_body_after_a_name(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


# ---- 2. "they" after people tied by of/for to whom they stand for ----
PEOPLE_TIED = [
    ("Lawyers for the two men filed a motion on Monday. “This case is baseless,” they said in a statement.",
     "baseless", "Lawyers for the two men"),
    ("Parents of the injured pupils gathered outside the school. “We want answers,” they said.",
     "want answers", "Parents of the injured pupils"),
    ("Supporters of the former mayor rallied on Sunday. “He did nothing wrong,” they shouted.",
     "did nothing wrong", "Supporters of the former mayor"),
    ("Relatives of Ivo Brandt have waited at the gate since dawn. “We want him home,” they said.",
     "want him home", "Relatives of Ivo Brandt"),
    ("Attorneys for the Kelso bank filed an appeal. “The ruling was wrong,” they wrote.",
     "ruling was wrong", "Attorneys for the Kelso bank"),
    ("The parents of the missing hiker spoke briefly. “Please keep looking,” they said.",
     "keep looking", "The parents of the missing hiker"),
    ("Lawyers for the two men will appeal. “This case is baseless,” they said.",
     "baseless", "Lawyers for the two men"),
    ("“This case is baseless,” said lawyers for the two men.", "baseless", "lawyers for the two men"),
    ("Members of the Kelso city council voted against the plan. “It was rushed,” they said.",
     "was rushed", "Members of the Kelso city council"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in", "expected"), PEOPLE_TIED)
def test_they_is_the_whole_phrase_people_came_in_with(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    ("text", "words_in", "expected"),
    [
        (
            "Protesters at the plant blocked the road. “We are staying,” they said.",
            "are staying",
            "Protesters",
        ),
        (
            "Thousands of runners filled the streets. “We love it,” they said.",
            "love it",
            "Thousands of runners",
        ),
        ("Nurses walked out on Monday. “We are exhausted,” they said.", "exhausted", "Nurses"),
        ("Lawyers for the two men said: “This case is baseless.”", "baseless", "Lawyers for the two men"),
    ],
)
def test_neighbours_of_people_tied(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


# ---- 3. a person named in a fronted phrase is not the description subject ----
FRONTED_PERSON = [
    ("Questioned by the prosecutor, Mara Quill, about the payments, the accountant said little. "
     "“I kept the books,” he said.", "kept the books", "the accountant"),
    ("Pressed by the auditor, Tova Renn, on the missing funds, the treasurer shrugged. "
     "“The money is there,” he said.", "money is there", "the treasurer"),
    ("Cornered by a reporter, Dali Frost, outside the courthouse, the contractor kept walking. "
     "“I have nothing to add,” he said.", "nothing to add", "the contractor"),
    ("Questioned by the judge, Maria Quill, about the loans, the banker hesitated. “I signed them,” he said.",
     "signed them", "the banker"),
    ("Grilled by the chairman, Ivo Brandt, over the delays, the engineer sighed. “We were understaffed,” she said.",
     "understaffed", "the engineer"),
    ("Questioned by Mara Quill about the payments, the accountant said little. “I kept the books,” he said.",
     "kept the books", "the accountant"),
    # the subject of a fronted clause stays a candidate (review 31-tail, tests/test_tail31b.py): her object here
    ("After meeting Tova Renn, the treasurer relaxed. “It went well,” he said.", "went well", "the treasurer"),
    ("Mara Quill has led the inquiry since May. Questioned by the prosecutor, Mara Quill, about the payments, "
     "the accountant said little. “I kept the books,” he said.", "kept the books", "the accountant"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in", "expected"), FRONTED_PERSON)
def test_a_fronted_phrase_person_is_not_the_subject(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    ("text", "words_in", "expected"),
    [
        (  # the article gave the description to someone named: that person
            "The accountant, Piet Moll, was calm. Questioned by the prosecutor, Mara Quill, about the "
            "payments, the accountant said little. “I kept the books,” he said.",
            "kept the books",
            "Piet Moll",
        ),
        (  # a named subject after the fronted phrase
            "Questioned by the prosecutor, Mara Quill, about the payments, Piet Moll said little. "
            "“I kept the books,” he said.",
            "kept the books",
            "Piet Moll",
        ),
        (
            "Mara Quill questioned the accountant. “I kept the books,” he said.",
            "kept the books",
            "the accountant",
        ),
        (  # an indefinite description may restate the name set off before it
            "Like her father, Eskil Moen, a joiner, built boats. “It is in the blood,” he said.",
            "in the blood",
            "Eskil Moen",
        ),
    ],
)
def test_neighbours_of_a_fronted_phrase_person(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Cornered by a reporter, Dali Frost, outside the courthouse, the contractor kept walking.",
            "the contractor",
        ),
        ("Lawyers for the two men filed a motion on Monday.", "Lawyers for the two men"),
        ("Parents of the injured pupils gathered outside.", "Parents of the injured pupils"),
        ("Thousands of runners filled the streets.", "Thousands"),  # a count: ``counted_people`` reads it
    ],
)
def test_sentence_subject(sentence: str, subject: str) -> None:
    tokens = words(sentence, 0, len(sentence))
    np = sentence_subject(tokens, 0, len(tokens))
    assert np is not None and " ".join(t.text for t in np) == subject
