"""Cue shapes read wrongly before: a verb of taking the floor after the quote ("“…,” the
lawyer cut in.") or before a comma and a closing quote ("before the referee stepped in,
“…”"); the mention a colon introduction names ("The lawyer smiled: “…”" is "The lawyer");
"quotes Hale as saying": the one quoted speaks, not the report; a follow-on quote is not
taken by a next sentence whose verb only reacts ("Her colleague agreed."); an opening "As
Lee noted," names the person a later "he said" stands for. Each shape has invented
variations and neighbours that must not change, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“That is simply not true,” the defence lawyer cut in.", ["the defence lawyer"]),
        ("“Nobody asked you,” a nurse at the back piped up.", ["a nurse at the back"]),
        (
            "“We never voted on it,” Councillor Ruth Kim broke in, before the chair could answer.",
            ["Ruth Kim"],
        ),
        ("“The ferry stays,” the harbour master stepped in.", ["the harbour master"]),
        ("“Sit down, both of you,” cuts in the referee.", ["the referee"]),
        ("“It was my idea,” his deputy, Omar Bell, jumped in.", ["Omar Bell"]),
    ],
)
def test_a_verb_of_taking_the_floor_after_the_quote_signs_it(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the cue closes the quote; the floor verb is in a clause of its own
        ("“It is over,” the coach said as the crowd broke in.", ["the coach"]),
        ("“Keep the gates shut,” the guard said, and the fans poured in.", ["the guard"]),
        # a participle and its setting, not a verb of the floor
        ("Lee called the pier “a lost cause,” voiced in his speech on Monday.", ["Lee"]),
        ("“Hold the line,” the sergeant shouted; then the riot police moved in.", ["the sergeant"]),
    ],
)
def test_a_particle_in_another_clause_is_no_cue_after_the_quote(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The match was tied, before his captain stepped in, “Enough, we go again.”", ["his captain"]),
        ("Tempers rose until the referee stepped in, “Both of you, calm down.”", ["the referee"]),
        (
            "The talks dragged on, and then a young nurse spoke up, “We have had no rise in years.”",
            ["a young nurse"],
        ),
        ("The hall went quiet when Mayor Ann Lee stepped up, “I will not resign.”", ["Ann Lee"]),
    ],
)
def test_a_floor_verb_before_a_comma_introduces_a_closing_quote(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an arrival before a quote that goes on with the speaker before it
        (
            "“It is late,” the host said, as the guests came in, “but you are welcome.”",
            ["the host", "the host"],
        ),
        # a quote closed by a comma has its own cue after it
        ("When the tide came in, “the quay flooded,” a fisherman said.", ["a fisherman"]),
    ],
)
def test_an_arrival_before_a_comma_takes_no_quote(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The lawyer smiled: “We will appeal.”", ["The lawyer"]),
        ("The old skipper nodded: “It was always like this.”", ["The old skipper"]),
        ("Two nurses waved: “See you on Monday.”", ["Two nurses"]),
        ("The mayor grinned at the crowd: “We won.”", ["The mayor"]),
        ("Ann Lee, the mayor, shrugged: “We won.”", ["Ann Lee"]),
        # a verb in the present after a bare name
        ("Ruiz lobbies for a higher wage: “No one who works should be poor.”", ["Ruiz"]),
        ("In town after town, Quist campaigns against the levy: “It is a tax on hope.”", ["Quist"]),
    ],
)
def test_a_colon_after_a_verb_of_no_speech_names_the_subject_alone(text: str, said: list[str]) -> None:
    assert mentions(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("From the report: “Most samples were accurate.”", ["the report"]),
        ("The coach wrote on Twitter: “We will appeal.”", ["The coach"]),
        ("The appointed judge: “Order in court.”", ["The appointed judge"]),
        (
            "The Harbour Trust members at the meeting: “We object.”",
            ["The Harbour Trust members at the meeting"],
        ),
        ("Hale supporters: “We want him back.”", ["Hale supporters"]),
    ],
)
def test_a_colon_after_a_noun_phrase_keeps_it(text: str, said: list[str]) -> None:
    assert mentions(text) == said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The report quotes Hale as saying “the plan is dead.”", ["Hale"]),
        ("The filing cites Ruiz as writing that the deal was “a fraud.”", ["Ruiz"]),
        (
            "The Tribune has quoted an unnamed official as saying that talks were “stuck.”",
            ["an unnamed official"],
        ),
        (
            "A local paper quoted one of the mayor’s aides as calling the plan “a disaster.”",
            ["one of the mayor’s aides"],
        ),
    ],
)
def test_the_one_quoted_as_saying_speaks(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The report quotes Hale, saying “the plan is dead.”", ["The report"]),
        ("Hale was quoted as saying “the plan is dead.”", ["Hale"]),
        ("The mayor sees his job as saying “no” to waste.", ["The mayor"]),
    ],
)
def test_no_object_quoted_as_saying_leaves_the_subject(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "“We will win,” said Ann Ruiz. “No doubt about it.” Her colleague, Sam Reid, agreed.",
            ["Ann Ruiz", "Ann Ruiz"],
        ),
        ("“We will win,” said Ann Ruiz. “No doubt about it.” Reid laughed.", ["Ann Ruiz", "Ann Ruiz"]),
        ("“The pier stays,” the mayor said. “It is ours.” The crowd cheered.", ["the mayor", "the mayor"]),
        (
            "“Prices will fall,” Ida Marsh says. “Trust me.” Her husband, Tom, sighs.",
            ["Ida Marsh", "Ida Marsh"],
        ),
    ],
)
def test_a_reaction_after_a_follow_on_quote_does_not_take_it(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a comma signs the quote with the reaction's subject
        (
            "“We will win,” said Ann Ruiz. “No doubt about it,” her colleague agreed.",
            ["Ann Ruiz", "her colleague"],
        ),
        # a verb of saying after a follow-on quote still signs it
        ("“We will win,” said Ann Ruiz. “No doubt about it.” Sam Reid said.", ["Ann Ruiz", "Sam Reid"]),
    ],
)
def test_a_comma_or_a_verb_of_saying_still_signs_the_quote(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Lee noted, it is “hard,” he said.", ["Lee"]),
        ("Ruth Kim opened the meeting. As Hale argued, the port is “broke,” he said.", ["Hale"]),
        ("When Marsh spoke, the room was “electric,” she said.", ["Marsh"]),
        ("As Brandt wrote last year, the levy is “a trap,” he said.", ["Brandt"]),
    ],
)
def test_an_opening_as_clause_names_the_pronoun_after_the_quote(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # no verb of saying after the name: no person is known from it
        ("As Paris burned, the mood was “grim,” he said.", ["he"]),
        ("As the mayor said, the port is “broke,” she said.", ["she"]),
    ],
)
def test_an_opening_clause_without_a_speaker_leaves_the_pronoun(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "A watchdog said members of the crew, all of them unpaid, were posting videos and “praising the strike.”",
            ["A watchdog"],
        ),
        (
            "The league said fans of both teams, some in masks, had been chanting and “taunting the players.”",
            ["The league"],
        ),
        (
            "The monitor says backers of the mayor, known as the Blues, are sharing the clip and “celebrating the result.”",
            ["The monitor"],
        ),
    ],
)
def test_a_reported_subject_set_off_by_an_aside_still_opens_the_report(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ann Lee, a pilot, was sharing the clip and “celebrating the result.”", ["Ann Lee"]),
        ("The mayor thanked the crew, who had worked all night, and called them “heroes.”", ["The mayor"]),
        ("Lee told Hale, a pilot, that the plan was “dead.”", ["Lee"]),
    ],
)
def test_no_report_verb_before_the_aside_keeps_the_subject(text: str, who: list[str]) -> None:
    assert speakers(text) == who
