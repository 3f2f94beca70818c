"""Session 28, clauses and asides that hold another name. (1) A clause joined by "and" or
"but" opens on a name whose place phrase ("of Utah", "from the third ward") or set-off aside
(", the ranking member,", ", invoking her aunt, who …,") stands before its verb: the later
quote is that name's. (2) The listener of a verb of telling ("told reporters on a conference
call that") is no subject of a verb spelling after its phrase. (3) A participle phrase set off
between a clause's opening name and its verb is an aside: a name, pronoun or relative clause
inside it is not the verb's subject. (4) "She said Lee had … and told him that “…”": "him" is
never its own clause's subject, so when it cannot be the reporter either, the joined verb is
the reporter's. (5) "Crime, he says, is “…,” and wages are “…”": a set-off cue reports the
whole sentence, so a clause joined after it stays in the report. Invented news text through
the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. a joined clause whose subject has a place phrase or an aside ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Ivo Lund said he was “troubled,” and Sen. Ada Fenn of Arizona wrote that she had "
            "“no answer” yet.",
            ["Sen. Ivo Lund", "Sen. Ada Fenn of Arizona"],
        ),
        (
            "Ivo Lund, the chairman, said the memo showed “intent,” and Rep. Ada Fenn of Ohio said "
            "the denials were “false.”",
            ["Ivo Lund", "Rep. Ada Fenn of Ohio"],
        ),
        (
            "Lena Kovac told the panel the program was “broken,” but Sen. Omar Petrie, a Democrat "
            "from Vermont, insisted it was “working as designed.”",
            ["Lena Kovac", "Sen. Omar Petrie"],
        ),
        (
            "Rep. Dana Holt says the vote is “a disgrace,” and Sen. Milo Crane, the ranking member, "
            "has written that it is “long overdue.”",
            ["Rep. Dana Holt", "Sen. Milo Crane"],
        ),
        (
            "Sen. Ivo Lund said it was “vital,” and Sen. Ada Fenn of Utah, invoking her brother, who "
            "was killed in the war, wrote that “we must act.”",
            ["Sen. Ivo Lund", "Sen. Ada Fenn of Utah"],
        ),
    ],
)
def test_joined_clause_with_a_modified_name_is_its_own(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and that …": a second report of the same speaker
        (
            "Sen. Ivo Lund said he was “troubled,” and that Sen. Ada Fenn of Arizona had “no answer” yet.",
            ["Sen. Ivo Lund", "Sen. Ivo Lund"],
        ),
        # the name with a place phrase is an object inside the report
        (
            "Ken Albright said he had met Rosa Dyer of the union and that she was “furious.”",
            ["Ken Albright"],
        ),
    ],
)
def test_joined_report_keeps_its_speaker(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


# 2. the listener of a verb of telling ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Fenn, her campaign manager, told reporters on a conference call that the data was “stolen.”",
            "Ada Fenn",
        ),
        (
            "The governor's spokeswoman, Rosa Dyer, assured donors on a private call on Friday that "
            "the money was “safe.”",
            "The governor's spokeswoman, Rosa Dyer",
        ),
        (
            "Bram Ostrow warned staff in a morning call that the budget would be “brutal.”",
            "Bram Ostrow",
        ),
    ],
)
def test_listener_phrase_is_no_subject(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


def test_people_in_a_phrase_still_say() -> None:
    # neighbour: no verb of telling before the plural, so the plural and its phrase say
    assert mentions("The senator said voters in the port say the ferry is “a lifeline.”") == [
        "voters in the port"
    ]


# 3. a participle aside between the subject and its verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Lund, speaking alongside the visiting president, Ada Fenn, called Bram Ostrow “a good man.”",
            "Ivo Lund",
        ),
        (
            "Tilda Marsh, standing next to her deputy, Ken Albright, calls the vote “a betrayal.”",
            "Tilda Marsh",
        ),
        (
            "Milo Crane, pressed on whether they had broken the law, told reporters the aides were “patriots.”",
            "Milo Crane",
        ),
        (
            "Ivo Lund, invoking his brother, who was killed in the war, wrote that “no family should suffer this.”",
            "Ivo Lund",
        ),
        (
            "The senator, citing her mother, who had worked in a mill, said the law was “a promise kept.”",
            "The senator",
        ),
        (
            "Ken Albright, flanked by his wife, Rosa, and their son, thanked voters for “a night to remember.”",
            "Ken Albright",
        ),
    ],
)
def test_participle_aside_is_not_the_subject(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an appositive inside a report: the reporter speaks
        ("Ivo Lund said the visiting president, Ada Fenn, had called it “a good deal.”", "Ivo Lund"),
        # an of-phrase, no participle: the subject is the name before it
        ("Ivo Lund, the brother of Ada Fenn, called the report “a smear.”", "Ivo Lund"),
        # a participle after an object, in a series of the subject's verbs
        ("The mayor praised the skipper, branded a hero by the town, and called him “a rock.”", "The mayor"),
    ],
)
def test_participle_aside_neighbours(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


# 4. "… and told him that": the reporter's verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said Ivo Lund had painted “a dire picture” and told him that “it is really unfortunate.”",
            ["She", "She"],
        ),
        (
            "Rosa Dyer said Bram Ostrow had called the plan “a scam” and told him that “you should be ashamed.”",
            ["Rosa Dyer", "Rosa Dyer"],
        ),
        (
            "Mrs. Tilda Marsh said Gov. Omar Petrie had made “a grave mistake” and warned him that "
            "“voters will remember.”",
            ["Mrs. Tilda Marsh", "Mrs. Tilda Marsh"],
        ),
        (
            "He says Rosa Dyer has called the plan “a scam” and has told her, “You should resign.”",
            ["He", "He"],
        ),
    ],
)
def test_joined_telling_of_the_report_subject(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "him" may be the reporter: the report's subject tells
        ("He said Ivo Lund had painted “a dire picture” and told him that “it is over.”", ["He", "Ivo Lund"]),
        (
            "She said Rosa Dyer had painted “a dire picture” and told her that “it is over.”",
            ["She", "Rosa Dyer"],
        ),
        # relayed speech with no joined verb keeps its reading
        ("Ada Fenn said Ivo Lund told him that “it is really unfortunate.”", ["Ivo Lund"]),
        # a reporter of no known sex may be "her": the report's subject tells
        (
            "The mayor said Rosa Dyer had called it “a scam” and told her that “the plan is dead.”",
            ["The mayor", "Rosa Dyer"],
        ),
    ],
)
def test_joined_telling_neighbours(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


# 5. a set-off cue reports the clause joined after it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crime, he says, is “at record levels,” and families are “in the worst shape.”", ["he", "he"]),
        ("Taxes, she wrote, were “too high,” and services were “too thin.”", ["she", "she"]),
        ("The port, Ivo Lund says, is “in decline,” and the ferries are “empty.”", ["Ivo Lund", "Ivo Lund"]),
    ],
)
def test_set_off_cue_reports_the_joined_clause(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


def test_set_off_cue_neighbour_with_its_own_speaker() -> None:
    text = "The levy, Ada Fenn says, is “unfair,” and the mayor called it “a tax on work.”"
    assert mentions(text) == ["Ada Fenn", "the mayor"]


# 6. a name set off after a fronted phrase's noun -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Asked by the moderator, the network's Ada Fenn, to respond, Ivo Lund paused and said: “I never met him.”",
            "Ivo Lund",
        ),
        (
            "Pressed by the host, Radio Quay's Ann Lee, to apologise, Bram Ostrow smiled and replied: “Never.”",
            "Bram Ostrow",
        ),
        (
            "Urged by his deputy, Rosa Dyer, to stay calm, the mayor stood up and said: “We will rebuild.”",
            "the mayor",
        ),
    ],
)
def test_fronted_phrase_appositive_is_not_the_subject(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name after the fronted phrase is the subject, with or without its own aside
        ("Asked by the moderator, Ann Lee paused and said: “I never met him.”", "Ann Lee"),
        ("After meeting the mayor, Ann Lee, the chairwoman, stood and said the deal was “close.”", "Ann Lee"),
        (
            "When asked by the moderator, Ann Lee, who chairs the board, paused and said it was “fake.”",
            "Ann Lee",
        ),
    ],
)
def test_fronted_phrase_then_subject(text: str, speaker: str) -> None:
    assert mentions(text) == [speaker]


# 7. a relative clause's verb of telling and its listener before a comma and the quote ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Fenn met privately with activists last week. A video of the meeting later "
            "circulated online, in which she told them, “We do not change hearts.”",
            ["Ada Fenn"],
        ),
        ("Ada Fenn met the activists, who told her, “We are tired of waiting.”", ["the activists"]),
        (
            "Bram Ostrow described the call, in which he had warned donors, “The money is gone.”",
            ["Bram Ostrow"],
        ),
        ("Ada Fenn, who told reporters, “I am running,” later changed her mind.", ["Ada Fenn"]),
    ],
)
def test_relative_telling_takes_the_quote(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_relative_without_speech_does_not_take_the_quote() -> None:
    # neighbour: the relative's verb is no verb of telling, so the cue after the quote names it
    assert mentions("The senator, who met them, “a disgrace,” said the board.") == ["the board"]
