"""Grammatical shapes added in session 21, each run through ``extract_quotes`` with several
invented variations and neighbours that must keep their old reading.

Verbs in a series: "S V1 O1, V2 … “…”" — the verbs share one subject, so the noun phrase
between the first verb and the comma is its object, never the speaker of the second verb.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description as the subject, a perfect tense, a verb of naming
        (
            "The mayor has ridiculed a retired ferry captain, branded the striking dockers “thieves” and walked out.",
            "The mayor",
        ),
        # the past tense, another verb of naming
        (
            "The senator scolded the harbour board, called its audit “a whitewash” and left early.",
            "The senator",
        ),
        # three verbs in the series, a verb of telling with its own report
        (
            "Lee visited the cannery on Monday, toured the new line, told workers that the plant was "
            "“safe for a decade.”",
            "Lee",
        ),
        # a pronoun subject and "described … as"
        (
            "She has thanked the volunteers, described the new pier as “a gift to the town” and promised another.",
            "she",
        ),
        # "said" itself as the second verb
        ("The union chief praised the deal, said it was “the best we could get.”", "The union chief"),
    ],
)
def test_a_verb_in_a_series_shares_the_clause_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_the_later_verbs_of_the_series_share_it_too() -> None:
    text = (
        "The mayor has ridiculed a retired ferry captain, branded the striking dockers “thieves” and "
        "lately called a reporter “my little critic.”"
    )
    assert speakers(text) == ["The mayor", "The mayor"]


def test_relatives_in_a_series_share_their_antecedent() -> None:
    text = (
        "Voters saw the same old Ross, who mocks the harbour board, who quarrels with the unions, "
        "insists that the ferry firm is “run from Oslo.”"
    )
    assert speakers(text) == ["Ross"]
    # a restrictive relative in a clause that has its verb goes on the same way
    text = (
        "Voters saw the same Ross as ever, a skipper who mocks the harbour board, who quarrels with the "
        "unions, insists that the ferry firm is “run from Oslo.”"
    )
    assert speakers(text) == ["a skipper"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an appositive before the verb: the noun phrase before the comma is the subject
        ("Another skipper on the quay, Ivo Brandt, said “the quota is a disgrace.”", "Ivo Brandt"),
        # a restrictive relative inside an appositive: the comma closes it before the main verb
        (
            "Ivo Hale, 54, a former skipper who runs a cannery in Brest, said “the quota is a disgrace.”",
            "Ivo Hale",
        ),
        # a relative clause set off by commas before the verb
        ("Lee, who chairs the harbour board, said the vote was “a farce.”", "Lee"),
        (
            "The ferry captain, who had warned the council for years, said the pier was “rotten.”",
            "The ferry captain",
        ),
        # an inverted cue after a fronted clause
        ("When the council voted on the toll, said Lee, “nobody even read it.”", "Lee"),
        # a subordinate clause with its own verb, then the subject of the main verb
        ("After the board rejected the plan, the mayor said it was “a sad day.”", "the mayor"),
    ],
)
def test_a_subject_before_the_verb_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_participle_after_an_inverted_cue_is_not_a_second_verb() -> None:
    text = (
        "“I will not call it a mistake, so drop it,” said retired judge Ann Quist, asked about her "
        "claims that she had been offered a post at the court."
    )
    assert speakers(text) == ["Ann Quist"]


# A quoted modifier between a determiner and its noun ("the “sorry” state of the port"): the
# noun is no verb closing the quote, so the clause around it goes on to the next verb.


@pytest.mark.parametrize(
    ("text", "speakers_"),
    [
        (
            "The mood darkened when Ross mocked the “independent” report and called it “a fraud.”",
            ["Ross", "Ross"],
        ),
        (
            "Tension rose after Dunne questioned their “so-called” answers and called them “evasions.”",
            ["Dunne", "Dunne"],
        ),
        (
            "The hall went quiet when the chairman lamented the “sorry” state of the fleet and criticized "
            "the “closed-door deals” at city hall.",
            ["the chairman", "the chairman"],
        ),
    ],
)
def test_a_quoted_modifier_keeps_its_clause_open(text: str, speakers_: list[str]) -> None:
    assert speakers(text) == speakers_


@pytest.mark.parametrize(
    ("text", "speakers_"),
    [
        # an inverted cue after the quote has its subject right after it
        ("It was the “worst day of my life” said Hale.", ["Hale"]),
        # a verb after a quoted word keeps the speakers around it
        ("Hale said the “reform” claims nothing new and called it “a rebrand.”", ["Hale", "Hale"]),
        ("Ross mocked the board’s “expert” advice and said it was “worthless.”", ["Ross", "Ross"]),
        # a name set off by commas, then a participle: not a noun after a quoted modifier
        (
            "A blog, called the “Tide,” anchored by two writers, posts daily and says the harbour is “thriving.”",
            ["A blog", "A blog"],
        ),
    ],
)
def test_quoted_modifier_neighbours_keep_their_reading(text: str, speakers_: list[str]) -> None:
    assert speakers(text) == speakers_


# A later quote after a clause with a subject of its own ("…, while the deputy loves “…”") is
# not the earlier quote's speaker's, unless the earlier quote stands in a report that goes on.


@pytest.mark.parametrize(
    ("text", "speakers_"),
    [
        (
            "The mayor likes “Harbour Lights,” while the deputy mayor loves “Deep Water.”",
            ["The mayor", "the deputy mayor"],
        ),
        ("The senator favours “Open Water,” whereas Dunne prefers “Low Tide.”", ["The senator", "Dunne"]),
        # a verb no word list knows: the later quote is nobody's rather than Ross's
        ("While Ross calls the levy “a fair price,” Lee dwells on the “hidden fees” line.", ["Ross", None]),
    ],
)
def test_a_clause_with_its_own_subject_stops_the_inheritance(text: str, speakers_: list[str | None]) -> None:
    assert speakers(text) == speakers_


@pytest.mark.parametrize(
    ("text", "speakers_"),
    [
        # inside a report the words go on being the reporter's
        ("Hale said the port is “thriving,” while the fleet is “ageing.”", ["Hale", "Hale"]),
        ("Ross found that the pier is “unsafe” and the ferry is “overdue for repair.”", ["Ross", "Ross"]),
        # a second object with no verb of its own
        ("Lee called the plan “reckless” and the levy “unfair.”", ["Lee", "Lee"]),
        # a name modifying a noun is no subject (the film's title is nobody's words)
        ("He blasted the film “Tidewater” and the Harbour Trust books for being too “gloomy.”", [None, "he"]),
    ],
)
def test_inheritance_neighbours_keep_their_speaker(text: str, speakers_: list[str]) -> None:
    assert speakers(text) == speakers_
