"""Attribution shapes from the session-25 read of the wrong train speakers, on invented text.

1. A quote inside a fronted passive phrase ("Asked whether …", "When pressed on …",
   "Accused of … by rivals") is put to, or said of, the main clause's subject: it is the
   words of the phrase's agent ("by X"), else of no one named.
2. A noun of speech with a named owner whose "of"/"for" leads straight into the quote
   ("Lee's claim of a “…”", "the union's promise of “…”") keeps its words when a verb of
   another speaker comes before it. (Not widened to every noun of utterance: train credits
   "the critic denounced the senator's call for a “…”" to the critic, and a test keeps "prefer Lee's call for".)
3. A participle or infinitive whose subject is an owned noun taking an infinitive of its own
   ("His willingness to break ranks, calling …", "the union's decision to call …") is the
   owner's doing: a will or a deed is never a speaker.
4. A subject noun with a reduced passive after it ("A letter sent out by the mayor on Friday
   night warned: “…”") ends before the participle, whatever comes between the agent and the
   verb (a particle, a time phrase) and though the noun has a verb's spelling ("email").
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked whether the ferry was “safe to run,” the harbour master said the boats were ready.", [None]),
        ("When pressed on the “night levy,” the minister replied that it was under review.", [None]),
        ("Questioned about the “secret deal,” Tom Hale denied that one existed.", [None]),
        ("Asked if the deal was “fair to everyone,” 60 percent of voters said yes.", [None]),
        ("Asked by host Ida Marsh if the club was “in crisis,” the coach laughed.", ["Ida Marsh"]),
        ("Asked by a reporter if the mayor “gets” the port, Ann Lee smiled.", ["a reporter"]),
        ("Accused of “selling out” by his rivals, Tom Hale resigned on Friday.", ["his rivals"]),
        ("But asked by Ida Marsh about the “harbour tax,” the minister said nothing.", ["Ida Marsh"]),
    ],
)
def test_a_quote_inside_a_fronted_passive_phrase_is_its_agents(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote after the phrase's comma is the main clause's
        ("Asked about the harbour plan, “we vote in May,” the mayor said.", ["the mayor"]),
        ("Asked about the harbour plan, the mayor said it was “on track.”", ["the mayor"]),
        # a participle before a noun opens no passive phrase
        ("Embattled mayor Tom Hale called the plan “a folly,” and walked out.", ["Tom Hale"]),
        # a clause with its own cue inside the phrase speaks for itself
        ("Stung by what she called “a cheap shot,” the fans cheered Lee.", ["she"]),
    ],
)
def test_neighbours_of_the_fronted_passive_phrase(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ed Voss called Ann Lee’s claim of “a clean audit” a fairy tale.", ["Ann Lee"]),
        ("The council has condemned Mayor Ida Marsh’s claim of a “balanced budget.”", ["Ida Marsh"]),
        ("Tom Hale, the harbour master, mocked Ann Lee’s pledge of a “night levy” on Tuesday.", ["Ann Lee"]),
        ("Critics seized on Senator Ivo Brandt’s promise of “a ferry for every island.”", ["Ivo Brandt"]),
    ],
)
def test_a_named_owners_words_stay_the_owners(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote is the verb's complement, not the noun's content
        ("Ed Voss called Ann Lee’s remarks on Monday “a new low.”", ["Ed Voss"]),
        # a topic after "about" is the verb's words
        (
            "The former governor quoted the mayor’s recent remarks about “safe streets.”",
            ["The former governor"],
        ),
    ],
)
def test_neighbours_of_the_named_owner(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee ran the port for a decade. Her willingness to break ranks, calling the levy "
            "“a tax on the poor,” won her few friends.",
            ["Ann Lee"],
        ),
        (
            "Tom Hale spoke first. His refusal to budge, dismissing the offer as “an insult,” ended the talks.",
            ["Tom Hale"],
        ),
        ("The union’s decision to call the offer “a joke” ended the talks on Friday.", ["The union"]),
        (
            "Mayor Ida Marsh met the press. Her choice to describe the cuts as “temporary” baffled the board.",
            ["Ida Marsh"],
        ),
    ],
)
def test_an_owned_will_or_deed_speaks_for_its_owner(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body, a family or a document owned by someone speaks for itself
        ("His family, calling the verdict “a travesty,” will appeal.", ["His family"]),
        ("The mayor’s campaign, calling the plan “a folly,” released a new ad.", ["The mayor’s campaign"]),
        ("Her lawyers, calling the case “a witch hunt,” filed a motion.", ["Her lawyers"]),
    ],
)
def test_neighbours_of_the_owned_will(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A letter sent out by the mayor warned: “We need every vote.”", ["A letter"]),
        ("A letter sent by Tom Hale on Friday warned: “We need every vote.”", ["A letter"]),
        ("A campaign email sent by Tom Hale warned: “We need every vote.”", ["A campaign email"]),
        (
            "Later, a donor email put out by Ann Lee on Tuesday night warned of a long fight: "
            "“We need every vote.”",
            ["a donor email"],
        ),
        ("A notice put up by the council last week warned that the pier was “unsafe.”", ["A notice"]),
    ],
)
def test_a_reduced_passive_after_the_subject_ends_it(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word after the phrase's object, then a new subject: the participle is a verb
        ("Ann Lee said on Monday prices would rise, calling it “a shame.”", ["Ann Lee"]),
        ("Families admitted to the shelter on Monday have called it “a lifeline.”", ["Families"]),
    ],
)
def test_neighbours_of_the_reduced_passive(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
