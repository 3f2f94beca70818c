"""Three shapes where the speaker was the wrong one: a verb with a particle of taking the
floor ("cut in", "broke in", "piped up", "shot back") before a colon or a comma and the
words; an opening "As X noted," clause before a quote whose own cue closes the sentence;
a count with thousands commas ("2,500 nurses") inside a plural of people. Each shape has
invented variations and neighbours that must not change; all run through the real
extractor on invented news."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "“It is finished,” the coach said, before his assistant cut in: “We are not done.”",
            ["the coach", "his assistant"],
        ),
        (
            "“The case is closed,” the judge said, but the defence lawyer broke in: “Not yet.”",
            ["the judge", "the defence lawyer"],
        ),
        (
            "“We will sell the pier,” Mayor Ann Lee said, until a councillor jumped in: “Over my dead body.”",
            ["Ann Lee", "a councillor"],
        ),
        (
            "“The vote is over,” the chairman said, before Ruth Kim butted in, “We never counted it.”",
            ["the chairman", "Ruth Kim"],
        ),
        (
            "“Nobody objected,” the minister says, and then a nurse at the back cuts in: “I did.”",
            ["the minister", "a nurse at the back"],
        ),
        (
            "“The school stays open,” the head said, until a governor stepped in: “Not after June.”",
            ["the head", "a governor"],
        ),
        (
            "“Prices will fall,” the banker said, but a trader shot back: “They never do.”",
            ["the banker", "a trader"],
        ),
        (
            "“The mine is safe,” the owner said, before a miner piped up: “Then you go down.”",
            ["the owner", "a miner"],
        ),
    ],
)
def test_a_verb_with_a_particle_of_taking_the_floor_introduces_the_words(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The price cut in March was “a shock to everyone,” Lee said.", ["Lee"]),
        ("Thieves broke in to the shop overnight, and “nothing was left,” the owner said.", ["the owner"]),
        ("“It is over,” the coach said, as the rain set in.", ["the coach"]),
        ("The fans poured in, and “the noise was deafening,” Lee said.", ["Lee"]),
        ("Costs went up: “a disaster for us,” one trader said.", ["one trader"]),
        ("“We won,” Lee said, and the votes were in: “a landslide for us.”", ["Lee", "Lee"]),
        (
            "“It is late,” the host said, as the guests came in, “but you are welcome.”",
            ["the host", "the host"],
        ),
    ],
)
def test_a_particle_with_no_words_after_it_is_no_cue(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Lee noted, the city is “broke,” Hart said.", ["Hart"]),
        ("As the report noted, prices are “out of control,” Hart said.", ["Hart"]),
        ("As Ms. Quist put it, the plan was “a fiasco,” said Tom Hart.", ["Tom Hart"]),
        (
            "As the mayor has pointed out, the budget is “a mess,” the auditor wrote in her report.",
            ["the auditor"],
        ),
        (
            "As Lee noted last week, the ferry is “running on fumes,” the harbour master told reporters.",
            ["the harbour master"],
        ),
    ],
)
def test_an_opening_as_clause_yields_to_the_cue_closing_the_sentence(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Lee noted, “the city is broke.”", ["Lee"]),
        ("As Hart said, “the city is broke.”", ["Hart"]),
        ("As prices rose, Hart said “the city is broke.”", ["Hart"]),
        ("As Lee noted, the city is “broke,” and Hart agreed.", ["Lee"]),
    ],
)
def test_an_opening_as_clause_keeps_its_quote_without_another_cue(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On Monday, around 2,500 nurses walked out. “We are exhausted,” they said.", "around 2,500 nurses"),
        (
            "Some 5,000 fans gathered outside the ground. “We want our club back,” they chanted.",
            "Some 5,000 fans",
        ),
        ("About 1,200 workers marched on Friday. “We will not stop,” they said.", "About 1,200 workers"),
        ("Around 2,500 nurses walked out. “We are exhausted,” they said.", "Around 2,500 nurses"),
        (
            "Nearly 1,250,000 voters signed the petition. “Enough is enough,” they wrote.",
            "Nearly 1,250,000 voters",
        ),
    ],
)
def test_a_count_with_thousands_commas_stays_in_its_plural(text: str, mention: str) -> None:
    assert speakers(text) == [mention]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ann Lee, 45, said the plan was “a disgrace.”", ["Ann Lee"]),
        ("In 2019, 2020 and 2021, the council said the port was “safe.”", ["the council"]),
        ("Lee told 5,000 fans at the ground, “We will win this.”", ["Lee"]),
        (
            "Over 30 years, the harbour master said, the quay was “never once flooded.”",
            ["the harbour master"],
        ),
    ],
)
def test_commas_between_numbers_still_set_words_off(text: str, who: list[str]) -> None:
    assert speakers(text) == who


def test_an_indefinite_pronoun_opening_a_sentence_is_no_name() -> None:
    text = "Nobody asked about the levy, so Hale raised it himself. He called it “shameful.”"
    assert speakers(text) != ["Nobody"]
