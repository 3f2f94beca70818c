"""Mends of the cue shapes merged from s24-cues, after a review found wrong speakers: a verb
with in/up/back in a sentence's opening subordinate clause sets the scene and signs no quote
("After the rent went up, “…”"); after a quote such a verb signs it only with someone who can
speak for subject ("the shelter filled up" does not); "X as saying" gives X only when X can
speak ("described the job as saying “yes”" is a gerund); a participle between a determiner
and its noun before a colon is an adjective ("The proposed rule:"); a body opening "As Reuters
reported," is no person for a later "she said"; an unresolved object pronoun ("quoted him as
saying") is reported as written. Each shape keeps the cases its rule was written for."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    "text",
    [
        "After the rent went up, “we left the city.”",
        "When the police moved in, “everyone ran.”",
        "Because the tide came in, “the road was shut.”",
        "Since the prices went up, “nobody buys bread.”",
        "By the time the army pulled back, “the town was empty.”",
        "Until the lights came back, “we sat in the dark.”",
        "As the guests came in, “the band played on.”",
        "Before the storm rolled in, “we had a good harvest.”",
        "From the moment the doors opened, “it was chaos.”",
        # a verb of the floor whose subject is a thing
        "When prices shot up, “we sold everything.”",
    ],
)
def test_an_opening_subordinate_clause_signs_no_quote(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The match was tied, before his captain stepped in, “Enough, we go again.”", ["his captain"]),
        ("Tempers rose until the referee stepped in, “Both of you, calm down.”", ["the referee"]),
        ("The hall went quiet when Mayor Ann Lee stepped up, “I will not resign.”", ["Ann Lee"]),
        ("Then the chair cut in, “We are out of time.”", ["the chair"]),
        # a verb of the floor with someone who speaks keeps the quote
        ("When the lawyer cut in, “that is a lie.”", ["the lawyer"]),
    ],
)
def test_a_floor_clause_later_in_the_sentence_still_signs(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "“It is full,” the shelter filled up.",
        "“The deal is off,” the market opened up.",
        "“No more beds,” the ward filled up.",
        "“We are closed,” the old shop shut up.",
    ],
)
def test_a_thing_taking_in_or_up_after_a_quote_signs_nothing(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The ferry stays,” the harbour master stepped in.", ["the harbour master"]),
        ("“Not now,” the council stepped in.", ["the council"]),
        ("“We will pay,” the government stepped in.", ["the government"]),
        ("“Enough,” the union hit back.", ["the union"]),
        ("“Wait,” Hale spoke up.", ["Hale"]),
        ("“It was my idea,” his deputy, Omar Bell, jumped in.", ["Omar Bell"]),
    ],
)
def test_someone_taking_the_floor_after_a_quote_signs_it(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Hale described the job as saying “yes” to every request.", ["Hale"]),
        ("She remembers the era as saying “no” to everything.", ["she"]),
        ("Lee recalled the decade as saying “maybe” to every idea.", ["Lee"]),
        ("Ruiz described the work as writing “thank you” notes all day.", ["Ruiz"]),
    ],
)
def test_a_thing_described_as_saying_is_no_speaker(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The report quotes Hale as saying “the plan is dead.”", ["Hale"]),
        ("Aides recalled Hale as saying “never again.”", ["Hale"]),
        ("The report described the mayor as saying “never.”", ["the mayor"]),
        (
            "A local paper quoted one of the mayor’s aides as calling the plan “a disaster.”",
            ["one of the mayor’s aides"],
        ),
    ],
)
def test_a_person_quoted_as_saying_still_speaks(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The proposed rule: “No dogs.”", ["The proposed rule"]),
        ("The committee’s revised plan: “Close the pool.”", ["The committee’s revised plan"]),
        ("The amended bill: “All fees are void.”", ["The amended bill"]),
        ("The club’s updated rules: “No dogs.”", ["The club’s updated rules"]),
        ("His revised offer: “Ten percent.”", ["His revised offer"]),
    ],
)
def test_a_participle_before_its_noun_stays_in_the_colon_phrase(text: str, said: list[str]) -> None:
    assert mentions(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The lawyer smiled: “We will appeal.”", ["The lawyer"]),
        ("The mayor grinned at the crowd: “We won.”", ["The mayor"]),
        ("The appointed judge: “Order in court.”", ["The appointed judge"]),
    ],
)
def test_a_past_verb_after_the_subject_still_ends_the_colon_phrase(text: str, said: list[str]) -> None:
    assert mentions(text) == said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("As Reuters reported, sales were “flat,” she said.", ["she"]),
        ("As Acme noted in its report, rents are “absurd,” she said.", ["she"]),
        ("As Twitter noted, the market is “crowded,” he said.", ["he"]),
        ("As Boston showed, the market is “crowded,” she said.", ["she"]),
        # a person keeps the rule
        ("As Lee noted, it is “hard,” he said.", ["Lee"]),
        ("As Lee noted in her report, the market is “crowded,” she said.", ["Lee"]),
    ],
)
def test_a_body_opening_as_it_noted_is_no_person(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The paper quoted him as saying “no deal.”", ["him"]),
        ("The report quotes her as saying the plan was “dead.”", ["her"]),
        ("The paper quoted them as saying “we quit.”", ["them"]),
        ("Friends remember her as saying “why not?” to everything.", ["her"]),
        # resolved when the article names someone
        ("Mayor Ann Lee spoke on Monday. The paper quoted her as saying “no deal.”", ["Ann Lee"]),
    ],
)
def test_an_object_pronoun_quoted_as_saying_is_reported(text: str, who: list[str]) -> None:
    assert speakers(text) == who
