"""Attribution across subordinate clauses and asides (issue 11, session 25), on invented text.

1. "because of" is a preposition, not a clause: it opens no adverbial clause, so a series
   of relative clauses goes on past it ("the Hale who mocks the judge because of his age,
   who quarrels with reporters, claims …") and the later verb keeps the relative's subject
   rather than the noun after "of".
2. An "as X said" aside set off inside a report ("Hale said that the port is safe - as the
   inspectors have said - and that …") covers only itself: a verb of speech in any clause
   around it (not just the clause it stands in) already reports the sentence, so the quote
   after the aside stays that verb's. Alone in its sentence the aside is still the source.
3. A quote ending in "!" or "?" followed by a dash and a lower-case word does not end its
   sentence ("“…” - at which point the crowd cheered “Build it!” - “and we will …”"): the
   quote after the dash aside goes on with the reporter of the sentence, not the aside's.
4. A time phrase set off before a fronted clause ("Last month, when I asked Hale if …, he
   said") leaves the clause fronted: it ends at its own comma, and the verb of speech after it
   is the main clause's, not part of the fronted clause's report.
5. "to quote X," opening the sentence or set off inside it gives X's words (as "in X's words,"
   does): the infinitive's object is the speaker, not the sentence's subject; "to" before a
   verb makes it an infinitive, never part of a compound noun ("To quote" is no name).
6. A two-word time phrase set off by a comma at the start ("That night,", "That morning,")
   is fronted, not the subject: a participle later in the sentence ("…, calling the cuts
   “…”") gets the subject after the comma, where it got no one.
7. A participle opening its clause is not part of the noun after it: in "…, carrying signs
   saying “…”" the signs speak, not "carrying signs".
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This was the Hale we all knew, the Hale who mocks the judge because of his age, "
            "who quarrels with reporters, claims that the paper “prints lies.”",
            ["Hale"],
        ),
        (
            "A skipper who lost his boat because of a storm, who later sued the port, insists "
            "that the rules are “written for yachts.”",
            ["A skipper"],
        ),
        (
            "The nurses who struck last year because of low pay, who marched on the town hall, "
            "now say the deal is “a betrayal.”",
            ["The nurses"],
        ),
        (
            "Tom Hale, who left the club because of a row with the coach, who he says never "
            "trusted him, called the board “cowards.”",
            ["Tom Hale"],
        ),
    ],
)
def test_because_of_opens_no_clause(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hale left early because the board called him “a liability.”", ["the board"]),
        ("Hale was angry because Lee had called the deal “a stitch-up.”", ["Lee"]),
        (
            "The mayor stayed home because of the storm, and her deputy told reporters the roads "
            "were “a death trap.”",
            ["her deputy"],
        ),
        ("Because of the rain, Hale said the match would be “a lottery.”", ["Hale"]),
    ],
)
def test_a_because_clause_keeps_its_own_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hale said that the port is safe - as the inspectors have said - and that the ferry "
            "is “ready to sail.”",
            ["Hale"],
        ),
        (
            "Hale said the port was safe - as the inspectors had reported - and the ferry was "
            "“ready to sail.”",
            ["Hale"],
        ),
        (
            "The minister insisted that the budget was balanced — as her critics had conceded — "
            "and that the cuts were “over.”",
            ["The minister"],
        ),
        (
            "Workers cheered as the union leader argued that pay had fallen — as the board itself "
            "admits — and that a strike was “the only answer.”",
            ["the union leader"],
        ),
    ],
)
def test_an_as_aside_inside_a_report_covers_only_itself(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port is safe - as the inspectors have said - and the ferry is “ready to sail.”",
            ["the inspectors"],
        ),
        ("The town is broke — as the mayor admitted on Monday — and the pool is “a luxury.”", ["the mayor"]),
        (
            "The bridge is, as one engineer put it last week, “a disaster waiting to happen.”",
            ["one engineer"],
        ),
    ],
)
def test_an_as_aside_with_no_report_around_it_is_the_source(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hale said, “We will build the bridge” - at which point the crowd cheered “Build it!” "
            "- “and we will open it by May.”",
            ["Hale", "the crowd", "Hale"],
        ),
        (
            "Lee told the room, “The tax is dead” — to which the crowd shouted “Good!” — “and it "
            "will stay dead.”",
            ["Lee", "the crowd", "Lee"],
        ),
        (
            "Tom Hale wrote that “the club is sound” -- at which point a fan replied “Prove it!” "
            "-- “and the books are open.”",
            ["Tom Hale", "a fan", "Tom Hale"],
        ),
        (
            "“We are staying,” Ann Lee said — when someone asked “Why?” — “because this is home.”",
            ["Ann Lee", "someone", "Ann Lee"],
        ),
    ],
)
def test_a_dash_after_an_exclaimed_quote_goes_on_with_the_sentence(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We won!” — Ann Lee, on Twitter.", ["Ann Lee"]),
        ("Hale asked, “Is the port safe?” - Lee said it was “as safe as ever.”", ["Hale", "Lee"]),
    ],
)
def test_a_dash_before_a_capital_still_ends_the_sentence(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last month, when I asked Tom Hale if he would ever retire, he looked straight into my "
            "camera, frowned and said, “Never!”",
            ["Tom Hale"],
        ),
        (
            "Last week, when I asked Ann Lee if she would run, she smiled and said, “Not this time.”",
            ["Ann Lee"],
        ),
        (
            "On Tuesday, when we asked the mayor about the tolls, she laughed and replied, “Ask me in May.”",
            ["she"],
        ),
        ("Last night, as I asked Hale about the vote, he shrugged and said, “We lost.”", ["he"]),
    ],
)
def test_a_time_phrase_before_a_fronted_clause(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, as the deal collapsed, the mayor told staff it was “a dark day.”", ["the mayor"]),
        ("That night, after Lee had called the plan “a fraud,” Hale walked out.", ["Lee"]),
        ("On Monday, Hale said that when the port closes “the town dies.”", ["Hale"]),
    ],
)
def test_a_time_phrase_before_a_clause_that_keeps_its_quote(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To quote the mayor, “we are not a piggy bank.”", ["the mayor"]),
        ("To quote one angry farmer, “the rain came too late.”", ["one angry farmer"]),
        ("The plan is, to quote Hale, “a work of fiction.”", ["Hale"]),
        ("The deal was, to quote the head of the union, “the best in a decade.”", ["the head"]),
    ],
)
def test_to_quote_someone_gives_their_words(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hale declined to quote the figure, saying only that it was “large.”", ["Hale"]),
        ("To describe the plan as “bold” is to miss the point, Lee said.", ["Lee"]),
        ("Hale refused to quote his sources but said the deal was “dead.”", ["Hale"]),
    ],
)
def test_an_infinitive_of_quoting_not_set_off_is_no_source(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That night, the nurses marched on the hall, calling the cuts “a scandal.”", ["the nurses"]),
        (
            "That morning, the dock workers gathered at the gate, chanting “Ports not profits.”",
            ["the dock workers"],
        ),
        (
            "That week, the mayor toured the flooded streets, calling the damage “beyond anything we feared.”",
            ["the mayor"],
        ),
        ("That evening, her rivals met in a hotel bar, describing the plan as “doomed.”", ["her rivals"]),
    ],
)
def test_a_fronted_time_phrase_is_no_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann May, a nurse, said the ward was “full.”", ["Ann May"]),
        ("That, the mayor said, was “the end of it.”", ["the mayor"]),
    ],
)
def test_a_name_or_pronoun_before_a_comma_stays_the_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A crowd of dock workers gathered at the gate, carrying signs saying “Ports not profits.”",
            ["signs"],
        ),
        ("Fans lined the road, holding placards saying, “Thank you, coach.”", ["placards"]),
        ("The marchers filled the square, waving banners reading “No more cuts.”", ["The marchers"]),
    ],
)
def test_a_participle_opening_its_clause_is_not_in_the_noun(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
