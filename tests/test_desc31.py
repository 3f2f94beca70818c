"""Descriptions bound to names (session 31).

- A description set beside a name gives that person the role of the description's head noun,
  the noun before whatever modifies it from behind (a preposition's phrase, a participle's,
  a relative clause) or after its possessor: "The lawyer representing the mayor, Tom Bex,",
  "A former aide to the governor, Lia Moss,", "Mayor Ruth Agar's lawyer, Tom Bex," make a
  lawyer, an aide, a lawyer; never the mayor or the governor the phrase also names.
- An office the article gives someone as a former one ("The former mayor, Ruth Agar,",
  "Ruth Agar, a former mayor,", "Former mayor Ruth Agar") is not theirs when a later
  description names it without a former word ("the mayor", "the current mayor"): someone
  else holds it now.
- A description set off right before a name ("The party's presumed nominee, Lund has …")
  stands for that name.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str:
    q = quote_with(text, words)
    assert q.kind == "quote"
    return (q.speaker or "").lower()


# ---- the head of the description is the name's role, not a role it names inside ----
HEAD_OF_PHRASE = [
    (
        "The lawyer representing the mayor, Tom Bex, said the case was weak. The hearing "
        "lasted two hours.\n\nLater the mayor said, “We will appeal.”",
        "We will appeal",
        "the mayor",
    ),
    (
        "A former aide to the governor, Lia Moss, described the office as chaotic. The budget "
        "was late.\n\n“I did nothing wrong,” the governor said.",
        "I did nothing wrong",
        "the governor",
    ),
    (
        "The driver hired by the mayor, Bo Kent, was arrested on Sunday. Police gave no "
        "details.\n\n“I knew nothing,” the mayor told reporters.",
        "I knew nothing",
        "the mayor",
    ),
    (
        "The aide who briefed the governor, Lia Moss, was fired. The office declined to "
        "comment.\n\n“I trusted her,” the governor wrote.",
        "I trusted her",
        "the governor",
    ),
    (
        "Tom Bex, a lawyer representing the mayor, said the case was weak. The hearing lasted "
        "two hours.\n\n“We will appeal,” the mayor said.",
        "We will appeal",
        "the mayor",
    ),
    (
        "An attorney for the senator, Ned Orr, argued the motion. The judge reserved her "
        "ruling.\n\n“We expect to win,” the senator said on Tuesday.",
        "We expect to win",
        "the senator",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), HEAD_OF_PHRASE)
def test_a_role_named_inside_a_description_is_not_the_names(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


HEAD_HOLDER = [
    (
        "The lawyer representing the mayor, Tom Bex, said the case was weak. The hearing "
        "lasted two hours.\n\n“We will appeal,” the lawyer said.",
        "We will appeal",
        "tom bex",
    ),
    (
        "Mayor Ruth Agar's lawyer, Tom Bex, filed the motion. The judge agreed to hear it."
        "\n\n“We are pleased,” the lawyer said.",
        "We are pleased",
        "tom bex",
    ),
    (
        "Governor Ada Pell's spokesman, Ned Orr, declined to comment. The office was closed."
        "\n\n“We have nothing to add,” the spokesman said.",
        "We have nothing to add",
        "ned orr",
    ),
    (
        "The bodyguard assigned to the judge, Bo Kent, was suspended. The court gave no reason."
        "\n\n“I did nothing wrong,” the bodyguard says.",
        "I did nothing wrong",
        "bo kent",
    ),
    (
        "A teacher at the school, Nia Hart, organised the walkout. Parents joined in.\n\n"
        "“We had no choice,” the teacher said.",
        "We had no choice",
        "nia hart",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), HEAD_HOLDER)
def test_the_head_of_a_description_is_the_names_role(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


NEIGHBOURS = [
    # the role set beside the name is still hers when nothing modifies it
    (
        "The mayor, Ruth Agar, attended the hearing on Tuesday. Residents packed the room.\n\n"
        "“We need the bridge,” the mayor said.",
        "We need the bridge",
        "ruth agar",
    ),
    # a possessor's role is not the name's
    (
        "The mayor's lawyer, Tom Bex, filed the motion. The judge agreed to hear it.\n\n"
        "“I am pleased,” the mayor said.",
        "I am pleased",
        "the mayor",
    ),
    # a clause before the name: the name is its object's
    (
        "The council named the mayor, Ruth Agar, as chair on Monday. The vote was close.\n\n"
        "“I am honoured,” the mayor said.",
        "I am honoured",
        "ruth agar",
    ),
    (
        "The ceremony was attended by the governor, Ada Pell. Crowds lined the street.\n\n"
        "“This is a proud day,” the governor said.",
        "This is a proud day",
        "ada pell",
    ),
    (
        "The governor's press secretary, Ned Orr, read the statement. Reporters were not "
        "allowed questions.\n\n“The governor is resting,” the press secretary said.",
        "The governor is resting",
        "ned orr",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NEIGHBOURS)
def test_a_plain_description_still_names_the_person(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


# ---- a former holder of an office is not "the" holder of it ----
FORMER_HOLDER = [
    (
        "The former mayor, Ruth Agar, attended the hearing on Tuesday. Residents packed the "
        "room.\n\n“We need the bridge,” the current mayor said.",
        "We need the bridge",
        "the current mayor",
    ),
    (
        "Ruth Agar, a former mayor, attended the hearing on Tuesday. Residents packed the room."
        "\n\n“We need the bridge,” the current mayor told reporters.",
        "We need the bridge",
        "the current mayor",
    ),
    (
        "The former sheriff, Dale Pruitt, watched from the back. Deputies lined the wall.\n\n"
        "“Nobody is above the law,” the sheriff said.",
        "Nobody is above the law",
        "the sheriff",
    ),
    (
        "Former mayor Ruth Agar attended the hearing on Tuesday. Residents packed the room.\n\n"
        "The mayor told the crowd the bridge was “long overdue.”",
        "long overdue",
        "the mayor",
    ),
    (
        "Mayor Gil Ostrow opened the hearing. The former mayor, Ruth Agar, spoke next.\n\n"
        "“We need the bridge,” the mayor said.",
        "We need the bridge",
        "gil ostrow",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FORMER_HOLDER)
def test_a_former_holder_does_not_answer_the_office(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The former mayor, Ruth Agar, attended the hearing. Residents packed the room.\n\n"
            "“We need the bridge,” the former mayor said.",
            "We need the bridge",
        ),
        (
            "Mayor Gil Ostrow opened the hearing. Ruth Agar, the former mayor, spoke next.\n\n"
            "“We need the bridge,” the former mayor said.",
            "We need the bridge",
        ),
        (
            "The former mayor, Ruth Agar, spoke at the hearing. Residents packed the room.\n\n"
            "She said the bridge was “long overdue.”",
            "long overdue",
        ),
    ],
)
def test_the_former_holder_is_still_the_former_one(text: str, words: str) -> None:
    assert speaker_of(text, words) == "ruth agar"


# ---- a description set off right before a name stands for it ----
APPOSED = [
    "The Unity Party’s presumed Senate nominee, Lund has won the support of thousands by "
    "echoing themes embraced by angry “Leave” voters.",
    "The Unity Party’s presumed Senate nominee, Lund is winning support by echoing themes "
    "embraced by angry “Leave” voters.",
    "The Harbour League’s longtime chairman, Lund has drawn crowds by echoing the grievances "
    "of angry “Leave” voters.",
    "The Unity Party’s presumed Senate nominee, Lund had won the support of thousands by "
    "repeating the slogans of the “Leave” camp.",
]
LEAD = "Ada Pell said on Monday that Ivo Lund would win. Pell spoke for an hour.\n\n"


@pytest.mark.parametrize("text", APPOSED)
def test_a_description_set_before_a_name_is_that_person(text: str) -> None:
    assert speaker_of(LEAD + text, "Leave") == "ivo lund"


def test_a_name_set_off_on_both_sides_stays_that_person() -> None:
    text = LEAD + (
        "The party’s presumed nominee, Lund, has won the support of thousands by echoing themes "
        "embraced by angry “Leave” voters."
    )
    assert speaker_of(text, "Leave") == "ivo lund"


# ---- one name is not set beside a plural, but beside the noun phrase at the comma ----
PLURAL_HEAD = [
    (
        "Critics of the mayor, Ruth Agar, said the plan was rushed. The council met that night."
        "\n\n“It is not rushed,” the mayor said.",
        "It is not rushed",
        "ruth agar",
    ),
    (
        "Supporters of the senator, Ivo Lund, rallied outside the court. The judge was unmoved."
        "\n\n“I am grateful,” the senator said.",
        "I am grateful",
        "ivo lund",
    ),
    (
        "Neighbours of the judge, Ivo Lund, have complained for years. The city did nothing.\n\n"
        "The judge, asked about the noise, called it “a private matter.”",
        "a private matter",
        "ivo lund",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PLURAL_HEAD)
def test_a_name_after_a_plural_is_the_inner_phrases(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


def test_names_joined_after_a_plural_are_the_plurals() -> None:
    text = (
        "Two aides to the mayor, Ann Lee and Tom Hale, resigned on Monday. The council met that "
        "night.\n\n“It is a loss,” the mayor said."
    )
    assert speaker_of(text, "It is a loss") == "the mayor"


# ---- a name set beside an object's description, then a setting phrase: still that object's ----
OBJECT_THEN_SETTING = [
    (
        "The mayor, Ruth Agar, met the lawyer, Tom Bex, on Friday. The talks went well.\n\n"
        "“We agreed,” the lawyer said.",
        "We agreed",
        "tom bex",
    ),
    (
        "Ada Pell said police had questioned the driver, Bo Kent, at the scene. No charges were "
        "filed.\n\n“I saw nothing,” the driver told reporters.",
        "I saw nothing",
        "bo kent",
    ),
    (
        "Ada Pell said the council had hired the consultant, Ned Orr, in March. The report is due "
        "soon.\n\n“It will be ready,” the consultant says.",
        "It will be ready",
        "ned orr",
    ),
    (
        "Ada Pell met the coach, Ned Orr, after the game. The team had lost again.\n\n"
        "The coach, asked about the defeat, said it was “unacceptable.”",
        "unacceptable",
        "ned orr",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OBJECT_THEN_SETTING)
def test_an_objects_description_names_the_name_set_beside_it(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


def test_the_subjects_description_stays_the_subjects() -> None:
    text = (
        "The mayor, Ruth Agar, met the lawyer, Tom Bex, on Friday. The talks went well.\n\n"
        "“We agreed,” the mayor said."
    )
    assert speaker_of(text, "We agreed") == "ruth agar"
