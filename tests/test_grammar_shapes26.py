"""Grammar shapes of issue 11 item 1 stress-tested on invented text (session 26).

1. An absolute whose subject carries an appositive set off by commas ("…, with one trader,
   Nils Berg, calling the market “…”"): the commas around the appositive close nothing, so
   the participle stays the absolute's and its subject (the appositive's name) speaks, not
   the subject of the clause the absolute hangs on.
2. An indefinite description of one person followed by a naming participle ("a retired
   nurse named Beth Cole", "an ally called Ann Lee"), as the subject or its appositive:
   the name is who the description is.
3. A passive verb of speech whose "by" agent is followed by its "that" report ("Staff were
   warned by managers that …"): the words in the report are the agent's.
4. A source set off between a subject and its verb ("The mayor, as her critics say, has
   called …") or right after a relative pronoun ("Rosa Kim, who, according to neighbours,
   has lived …, said"): it covers only its aside or relative clause, and the verb after it
   keeps the subject before it.
5. An absolute with no "with" after a comma ("The strike ended, its leaders declaring “…”"):
   a noun phrase and at once a participle of speech or stance; its subject speaks, not the
   subject of the clause before. Not with a comma inside (an object's appositives, whose
   participle is the sentence subject's).
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices rose again in March, with one trader, Nils Berg, calling the market “a casino.”",
            ["Nils Berg"],
        ),
        (
            "The vote was delayed, with the senator's aide, Clara Voss, saying the count had been “a mess.”",
            ["Clara Voss"],
        ),
        (
            "Shares have fallen all week, with a fund manager, Omar Diallo, who has sold "
            "his stake, warning that the firm is “out of road.”",
            ["Omar Diallo"],
        ),
        (
            "The strike ended, with the union's leader, a welder named Ada Kerr, declaring “a total victory.”",
            ["Ada Kerr"],
        ),
        # neighbours: a comma after an absolute with no appositive still ends it
        (
            "The ferry sailed late, with passengers complaining, and the captain said it was “a shambles.”",
            ["the captain"],
        ),
        ("With rain falling, the coach, Ivo Marsh, called the pitch “a swamp.”", ["Ivo Marsh"]),
    ],
)
def test_absolute_with_appositive(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor's chief of staff, a longtime ally named Colm Byrne, acknowledged the rollout "
            "had been “bumpy.”",
            ["Colm Byrne"],
        ),
        (
            "A neighbour, an elderly man named Walter Gould, said he heard “a terrible bang.”",
            ["Walter Gould"],
        ),
        (
            "The group's founder, a retired teacher called Mary Finch, says the park is “worth fighting for.”",
            ["Mary Finch"],
        ),
        ("“No one listens,” complained one resident, a retired nurse named Beth Cole.", ["Beth Cole"]),
        # neighbours: a naming verb with an object, and a plural description, name no speaker
        ("A reporter called Hale a liar, and the senator said the story was “garbage.”", ["the senator"]),
    ],
)
def test_description_named(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff were warned by managers that the cuts would be “deep and fast.”", ["managers"]),
        (
            "Parents were told by the head teacher, Joan Pike, that the school would “stay shut "
            "until further notice.”",
            ["Joan Pike"],
        ),
        ("We have been assured by the minister that the money is “already in the bank.”", ["the minister"]),
        (
            "The drivers, who had waited since dawn, were informed by the company that their "
            "contracts were “under review.”",
            ["the company"],
        ),
        # neighbour: a passive with no agent names no one
        ("Residents were told that repairs would take “at least a year.”", [None]),
    ],
)
def test_passive_agent_then_report(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # a plural description: the naming participle names several, not one speaker
        ("Two farmers, brothers named Tom and Ed Lusk, said the dam was “a disaster.”", "Lusk"),
        # "that" after the agent opens a relative clause with its own cue: not the agent's report
        ("The mayor was praised by critics that she once called “cranks.”", "critics"),
        ("Lee was warned by aides that Hale had called the plan “doomed.”", "aides"),
    ],
)
def test_neighbours_do_not_fire(text: str, not_speaker: str) -> None:
    assert all(s is None or not_speaker not in s for s in speakers(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosa Kim, who, according to her neighbours, has lived on the street for forty years, "
            "said the noise was “unbearable.”",
            ["Rosa Kim"],
        ),
        (
            "The doctor, who, as her patients say, never takes a holiday, told us the clinic is "
            "“running on fumes.”",
            ["The doctor"],
        ),
        (
            "Sven Olsen, who, according to staff, saved the company twice, wrote in a memo that the "
            "crisis was “behind us.”",
            ["Sven Olsen"],
        ),
        ("The mayor, as her critics say, has called the plan “a fantasy.”", ["The mayor"]),
        (
            "Two of the pilots, as their union put it, will argue that the rota is “unsafe.”",
            ["Two of the pilots"],
        ),
        # neighbours: a source set off in the clause of the quote still covers it
        ("The noise, according to her neighbours, is “unbearable.”", ["her neighbours"]),
        ("As her critics say, the mayor's plan is “a fantasy.”", ["her critics"]),
    ],
)
def test_source_aside_covers_only_itself(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike ended on Monday, its leaders declaring “a total victory.”", ["its leaders"]),
        (
            "The club lost 3-0, its manager admitting afterwards that the team had been “second best.”",
            ["its manager"],
        ),
        ("The doors opened at nine, hundreds of fans chanting “We want Rex!”", ["hundreds of fans"]),
        ("Talks will resume in May, Ann Lee telling reporters the mood is “much warmer.”", ["Ann Lee"]),
        # neighbours: a participle after an object's appositives, or after a list, is the subject's
        ("Hale criticised his rival, the mayor, Ann Lee, saying she had “failed.”", ["Hale"]),
        ("Hale thanked the staff, the volunteers and the police, calling them “heroes.”", ["Hale"]),
        (
            "The senator left the hall, her voice breaking, and later called the vote “a disgrace.”",
            ["The senator"],
        ),
    ],
)
def test_absolute_without_with(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
