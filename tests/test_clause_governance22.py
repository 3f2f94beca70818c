"""The clause nearest a quote governs it: a coordinated clause with a subject and a verb of
speech of its own, a time clause set off inside a split quote, and verb series hidden by an
appositive, a relative clause or a new subject after ", and". Each shape has invented
variations and neighbours where the first speaker must stay; all run through the real
extractor on invented news."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lee said the deal was “good,” and the union called it “a sell-out.”", ["Lee", "the union"]),
        ("Moss said the plan was “bold,” and the mayor described it as “reckless.”", ["Moss", "the mayor"]),
        (
            "Ruth Kim said the budget was “tight,” and her deputy said it was “unworkable.”",
            ["Ruth Kim", "her deputy"],
        ),
        ("Ada Stone says the levy is “fair,” but the farmers call it “theft.”", ["Ada Stone", "the farmers"]),
        (
            "Tom Reyes told reporters the bridge was “safe,” and the engineers have since warned it is “crumbling.”",
            ["Tom Reyes", "the engineers"],
        ),
        ("Lee said the deal was good, and the union called it “a sell-out.”", ["the union"]),
        ("Lee said the plan was “bold,” and the critics are calling it “reckless.”", ["Lee", "the critics"]),
    ],
)
def test_a_coordinated_clause_with_its_own_subject_and_cue_governs(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "Lee said the deal was “good” and the price “fair.”",
        "Lee said the deal was “good,” and that the union would “come round.”",
        "Lee said the deal was “good,” and called the union “stubborn.”",
        "Lee said the deal was “good,” and the costs were “manageable.”",
        "Lee said voters were “angry,” and the council said to be “worried.”",
    ],
)
def test_the_report_goes_on_without_a_new_speaking_subject(text: str) -> None:
    assert speakers(text) == ["Lee", "Lee"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We won,” Lee said, as the crowd cheered, “and we deserved it.”", "Lee"),
        ("“I am sorry,” Ana Fox said when the judge read the verdict, “truly sorry.”", "Ana Fox"),
        ("“We lost,” the coach said as the fans jeered, “and it hurts.”", "the coach"),
        (
            "“It was close,” Dana Cruz admitted after the votes were counted, “closer than we hoped.”",
            "Dana Cruz",
        ),
    ],
)
def test_a_time_clause_inside_a_split_quote_keeps_its_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who, who]


def test_a_time_clause_before_a_whole_quote_does_not_take_it() -> None:
    assert speakers("Lee said, as the crowd cheered, “We deserved it.”") == ["Lee"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We won,” Lee said, and Kim replied, “you were lucky.”", ["Lee", "Kim"]),
        ("“We won,” Lee said, as Kim shouted, “You were lucky.”", ["Lee", "Kim"]),
        ("“We won,” Lee said, as the crowd chanted, “Lee! Lee!”", ["Lee", "the crowd"]),
        ("Lee laughed as she told reporters, “We won.”", ["Lee"]),
    ],
)
def test_a_clause_whose_verb_of_speech_introduces_the_quote_keeps_it(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Moss met the coach, Len Pratt, praised his tactics and called him “a genius.”", "Moss"),
        (
            "Ruiz thanked her rival, the former mayor, praised his campaign and called it “honourable.”",
            "Ruiz",
        ),
        (
            "The senator visited the warden, Ida Crane, toured the cells and described them as “a disgrace.”",
            "The senator",
        ),
    ],
)
def test_an_appositive_after_the_object_does_not_hide_the_series(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The mayor, Ann Hale, praised the crew and called them “heroes.”", ["Ann Hale"]),
        ("Thompson spent Monday listening to the nominee, Gov. Ann Hale, speak at a “unity” dinner.", [None]),
    ],
)
def test_an_appositive_of_a_subject_or_of_a_preposition_s_object_opens_no_series(
    text: str, who: list[str | None]
) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The governor praised the sheriff, who has arrested ten men, closed two bars and called the town “safer.”",
            "the sheriff",
        ),
        (
            "Voters backed Ana Ruiz, who has cut fees, opened a clinic and called the budget “sacred.”",
            "Ana Ruiz",
        ),
        (
            "The league fined the owner, who insulted a referee, ignored a warning and described the rules as “a joke.”",
            "the owner",
        ),
    ],
)
def test_a_series_inside_a_relative_clause_is_the_relative_s(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The sheriff, who has arrested ten men, closed two bars and called the town “safer.”",
            "The sheriff",
        ),
        ("Lee, who chairs the board, praised the staff and called the result “remarkable.”", "Lee"),
        ("The mayor, who fired the chief, who had served for years, called the move “overdue.”", "The mayor"),
    ],
)
def test_a_verb_after_a_relative_before_the_main_verb_is_the_main_clause_s(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The mayor fired the manager, and the manager attacked the city and called the mayor “a bully.”",
            "the manager",
        ),
        (
            "The club sacked the coach, and the coach appealed the ruling and described the board as “cowards.”",
            "the coach",
        ),
        (
            "The council rejected the bid, but the developers have lodged an appeal and called the vote “a stitch-up.”",
            "the developers",
        ),
    ],
)
def test_a_new_subject_after_a_comma_and_a_conjunction_opens_the_series(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_joined_object_is_no_new_subject() -> None:
    assert speakers("The mayor fired the manager and the deputy and called the move “overdue.”") == [
        "The mayor"
    ]
