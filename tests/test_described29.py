"""Session 29, descriptions and pronouns resolved to the right person. (1) More given names of
known sex: a he or she passes over a person whose first name tells the other sex, and a full
name with a known first name is a person, not a body; a title ("Sen.", "Mayor") tells no sex.
(2) A phrase fronted before a description ("Speaking after a talk with Carl Dane on Monday,
the senator said") holds no candidate for it: the description is its sentence's subject.
(3) A counterpart noun said to be former ("the former judge") is what the centre was, not
someone dealing with it now. (4) A kin noun whose converse the centre's sentence gives by a
possessive ("Ivo Brandt, whose son was hurt … the father said") is the centre. (5) A quote with no cue right after a
sentence whose subject is a description with its name set off ("The mayor, Ann Lee, was
blunt. “…”") is that person's, as after a bare name. Invented news text through the real
extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. given names of known sex ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "mention"),
    [
        (
            "Rep. Greta Lindqvist met Sen. Tobias Marr on Monday. Later, he told reporters: "
            "“We found common ground.”",
            "Tobias Marr",
            "he",
        ),
        (
            "Anton Rask has been lobbying Mayor Ingrid Holm for weeks. On Friday, she finally "
            "answered: “The answer is no.”",
            "Ingrid Holm",
            "she",
        ),
        (
            "The board's acting director, Ingrid Park, was not called to testify. In a letter, she "
            "wrote: “The conduct described is unacceptable.”",
            "Ingrid Park",
            "she",
        ),
        (
            "Gov. Rafael Duarte sat beside Yasmin Okoro at the hearing. She said the plan was "
            "“dead on arrival.”",
            "Yasmin Okoro",
            "She",
        ),
        (
            "The board's acting director, Ingrid Osei-Park, was not called to testify. In a letter, "
            "she wrote: “The conduct described is unacceptable.” She added that a review would end "
            "“within sixty days.”",
            "Ingrid Osei-Park",
            "She",
        ),
    ],
)
def test_pronoun_passes_over_a_first_name_of_the_other_sex(text: str, expected: str, mention: str) -> None:
    assert speakers(text)[-1] == expected
    assert mentions(text)[-1] == mention


def test_both_of_one_sex_the_subject_keeps_the_pronoun() -> None:
    # neighbour: both men, the sentence's subject stays the he
    text = (
        "Sen. Dario Lund met with Rep. Tobias Marr on Tuesday. Afterward, he told reporters: “We had lunch.”"
    )
    assert speakers(text) == ["Dario Lund"]


# 2. a name inside a phrase fronted before the description -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greta Lind looked tired. After a meeting with Ivo Marsh on Friday, the 54-year-old "
            "said: “We talked about the weather.”",
            "Greta Lind",
        ),
        (
            "Petra Holm was in no mood to bargain. Speaking after a debate with Anton Rask on "
            "Thursday, the mayor told reporters, “He has no plan.”",
            "Petra Holm",
        ),
        (
            "Oleg Brandt did not hide his anger. Leaving a session with Ruth Abara late on Monday, "
            "the senator said: “She broke her word.”",
            "Oleg Brandt",
        ),
        (
            "Dmitri Voss sat alone. During a break in talks with Lena Kray on Wednesday, the "
            "veteran negotiator said, “We are close.”",
            "Dmitri Voss",
        ),
    ],
)
def test_fronted_phrase_name_is_not_the_description(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_description_right_after_the_fronted_name_may_be_it() -> None:
    # neighbour: "with Ivo Marsh, the 54-year-old" may set the description off after the name
    text = "Greta Lind looked tired. After a meeting with Ivo Marsh, the 54-year-old said: “We talked.”"
    assert speakers(text) == ["Ivo Marsh"]


# 3. a former counterpart ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greta Lind was cleared on Monday. “It is finally over,” the former lawyer said.", "Greta Lind"),
        (
            "Tomas Reyes kept his answers short. “She has the votes, not the facts,” the retired "
            "prosecutor said.",
            "Tomas Reyes",
        ),
        ("Ann Voss was calm. “He has never tried a case,” said the former judge.", "Ann Voss"),
    ],
)
def test_former_counterpart_is_the_centre(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_counterpart_now_stays_someone_else() -> None:
    # neighbour: a lawyer not said to be former acts for the cleared man
    assert speakers("Ivo Brandt was cleared. “It is over,” the lawyer said.") == ["the lawyer"]


# 4. a kin noun the centre's sentence makes -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebastiano Ferro, whose daughter was among those hurt, spoke for an hour. “I want "
            "answers,” the father said.",
            "Sebastiano Ferro",
        ),
        (
            "Nadia Ferro said her husband had been turned away twice. “Nobody called us back,” the "
            "wife said.",
            "Nadia Ferro",
        ),
        (
            "Ivo Lund, whose son was hurt in the crash, spoke to the board. “I want answers,” the "
            "father told them.",
            "Ivo Lund",
        ),
    ],
)
def test_kin_noun_made_by_a_possessive_is_the_centre(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_kin_noun_without_a_relative_stays_someone_else() -> None:
    # neighbour: nothing makes the injured man a father
    assert speakers("Ivo Lund was hurt in the crash. “I want answers,” the father said.") == ["the father"]


# 5. a cueless quote after a sentence about a described person with a name set off ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club's captain, Ivo Marsh, shook his head slowly. “We were not good enough today.”",
            "Ivo Marsh",
        ),
        (
            "The committee chair, Sen. Nadia Ferro, closed the hearing early. “We will return to this next week.”",
            "Nadia Ferro",
        ),
        (
            "The new coach, Anton Rask, had seen enough. “Everyone will be on the pitch at six tomorrow.”",
            "Anton Rask",
        ),
    ],
)
def test_cueless_quote_after_a_named_description(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_cueless_quote_after_two_subjects_stays_unattributed() -> None:
    # neighbour: the described person and another joined by "and": either may have said it
    text = "The mayor, Ann Lee, and Tom Park toured the site. “It was a long day for everyone.”"
    assert speakers(text) == [None]
