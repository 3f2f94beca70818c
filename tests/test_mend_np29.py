"""Session 29, mending the head-of-noun-phrase rules. (1) An aside set off after the name that
opens a sentence ends at its closing comma: a verb, a conjunction or a name set off before the
cue after that comma opens a clause of its own, whose subject speaks ("Lee, in a statement,
denied it, and her lawyer, Ivo Renk, said"). (2) A name set off after a restrictive relative
clause that ends with a person's role or a place is that noun's appositive, and one name never
restates a plural subject ("Residents who spoke to the mayor, Ann Lee, said": the residents).
(3) Only after a passive verb of recording or catching is a participle the subject's ("was
caught on a video telling"); after any other the document says it ("was named in a report
saying"). Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. an aside ends at its closing comma ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cora Lindqvist, in a brief statement, denied the claims, and her lawyer, Tobin Rusk, "
            "said the suit would be “vigorously fought.”",
            "Tobin Rusk",
        ),
        (
            "Sen. Pell Arden, the committee chairwoman, opened the hearing, while the ranking "
            "member, Ivo Stamm, called it “a sham.”",
            "Ivo Stamm",
        ),
        (
            "Mayor Rina Holt, at a news conference on Monday, said the governor, Abe Tormey, told "
            "her, “There is no money left.”",
            "Abe Tormey",
        ),
        (
            "Judge Nell Varro, in his ruling, noted that the witness, Dov Hallam, testified, "
            "“I saw the car.”",
            "Dov Hallam",
        ),
        (
            "Varro, in a filing last week, cited a memo that the defense lawyer, Mira Tolan, "
            "says was “never sent.”",
            "Mira Tolan",
        ),
    ],
)
def test_aside_closes_at_its_comma(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tova Brisk, a farmer from Kettle County, who has followed the case for years, said the "
            "ruling was “long overdue.”",
            "Tova Brisk",
        ),
        (
            "Ada Krall, a retired teacher from Dunmore, Ohio, said the levy was “a lifeline.”",
            "Ada Krall",
        ),
        (
            "Abe Tormey, a lawyer in Dunmore, in a statement on Monday, said the firm was “reviewing "
            "the order.”",
            "Abe Tormey",
        ),
        (
            "Ivo Stamm, the head of Lund Dairy, the largest of the three firms, said prices were "
            "“bound to rise.”",
            "Ivo Stamm",
        ),
    ],
)
def test_aside_neighbours_stay_whole(text: str, expected: str) -> None:
    # neighbours: a set-off relative clause, a place's state, a second prepositional aside
    assert speakers(text) == [expected]


# 2. a name after a relative clause's object is the object's ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurses who met with the health minister, Tova Brisk, said the talks were “a waste of time.”",
            "Nurses",
        ),
        ("Those who know the senator, Ada Krall, say she “never gives up.”", "Those"),
        (
            "Donors who backed the founder, Dov Hallam, said in a letter that they had “lost faith.”",
            "Donors",
        ),
        (
            "Families who fled the capital, Varesh, told reporters they had “lost everything.”",
            "Families",
        ),
        (
            "Two clerks who worked under the former treasurer, Gov. Ivo Stamm, told investigators "
            "the books were “cooked.”",
            "Two clerks",
        ),
    ],
)
def test_name_after_relative_object(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


def test_name_after_relative_ending_in_thing_restates_subject() -> None:
    # neighbour: "the family" is no person's role; the name restates the lawyer
    text = "The lawyer who represented the family, Mira Tolan, said justice was “finally done.”"
    assert speakers(text) == ["Mira Tolan"]


def test_name_after_relative_clause_own_subject_restates_it() -> None:
    # neighbour: after "in which" the role is the clause's own subject, and the name restates it
    text = (
        "The files include a note in which a site inspector, Ada Krall, wrote that the permits "
        "were “pure fiction.”"
    )
    assert speakers(text) == ["Ada Krall"]


# 3. a participle after a passive: only verbs of recording or catching ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cora Lindqvist was named in a report saying the funds “were never accounted for.”", "a report"),
        (
            "The contractor had been mentioned in a memo warning that the bridge “could collapse.”",
            "a memo",
        ),
        ("Visitors were greeted by a sign saying “No entry without a permit.”", "a sign"),
    ],
)
def test_passive_of_other_verbs_leaves_document(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cora Lindqvist was quoted in a report saying the budget was “a fiction.”", "Cora Lindqvist"),
        ("The deputy was recorded on a video saying, “I will get you.”", "The deputy"),
        ("The aide was filmed at a rally telling supporters, “We will win this.”", "The aide"),
    ],
)
def test_passive_of_recording_keeps_subject(text: str, expected: str) -> None:
    # neighbours: verbs of recording or quoting still give the participle to the one recorded
    assert mentions(text) == [expected]


# 4. "Those" with its prepositional phrase before a set-off relative clause ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those in the room, who asked not to be named, said, “It got heated.”", "Those"),
        ("Those inside the hall, who had queued since dawn, said the speech was “too long.”", "Those"),
        (
            "Those on the picket line, who have not been paid in weeks, told reporters, “We are not "
            "going back.”",
            "Those",
        ),
    ],
)
def test_those_with_phrase_before_relative(text: str, expected: str) -> None:
    assert mentions(text) == [expected]


def test_those_as_determiner_keeps_its_noun() -> None:
    # neighbour: "those" before a noun is a determiner; the noun phrase speaks
    text = "Those officials in the room, who asked not to be named, said, “It got heated.”"
    assert mentions(text) == ["Those officials"]
