"""Layered sources in political news: an outlet or a document reports what a person said.
The convention follows the annotated news corpus: a source set off as the sentence's frame
("according to …", "As the Gazette reported, …", "The Gazette quoted Lee as saying …") is
the quote's source, while a person who told an outlet ("Lee told the Gazette", "in an
interview with the Gazette, Lee said") keeps the words. Invented news, run through the real
extractor; each shape has variations and a neighbour."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. the source named after "according to" is the whole noun phrase ------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Marek Lind called the letter “insulting” and lectured the envoy, according to Iranian state media.",
            "Iranian state media",
        ),
        # another adjective of origin and head noun, a date after it
        (
            "The general described the drills as “routine,” according to North Korean state television.",
            "North Korean state television",
        ),
        (
            "Vesna Arkan said the sanctions were “theft,” according to Russian state media on Tuesday.",
            "Russian state media",
        ),
        # the frame opening the sentence, a number in the name
        ("According to Channel 9, the mayor told reporters the levy was “dead.”", "Channel 9"),
        # a document noun after the name
        (
            "“We will wait,” Ekman said, according to a Harbour Wire account.",
            "a Harbour Wire account",
        ),
    ],
)
def test_the_source_after_according_to_is_its_whole_phrase(text: str, who: str) -> None:
    assert mentions(text) == [who]


def test_a_verb_after_the_name_ends_the_source() -> None:
    # neighbour: "Lee supporters" stays a phrase only when nothing verbal follows
    assert mentions("“It is over,” Lind said, according to the Harbour Gazette.") == ["the Harbour Gazette"]


# 5. a headline's second verb after a comma shares the first verb's subject -----------------


@pytest.mark.parametrize(
    ("headline", "who"),
    [
        ("Brandt stays in race after Ohio win, says he has “a path” to the nomination", "Brandt"),
        # another cue verb, an object before the comma
        ("Holm drops out after Iowa loss, calls her campaign “a gift”", "Holm"),
        ("Ekman wins Nevada caucus, says voters want “a fighter”", "Ekman"),
        # a two-word name
        ("Petra Holm quits race after debate, vows “no regrets”", "Petra Holm"),
    ],
)
def test_a_headline_verb_after_a_comma_shares_the_first_subject(headline: str, who: str) -> None:
    text = f"{headline}\n\nBy Ada Fenn\n\nThe senator spoke on Tuesday."
    assert speakers(text)[0] is not None
    assert mentions(text)[0] == who


def test_a_headline_clause_with_its_own_subject_keeps_it() -> None:
    # neighbour: the second clause names its own speaker
    text = "Brandt wins Ohio, Holm says race is “far from over”\n\nBy Ada Fenn\n\nThe vote ended late."
    assert mentions(text)[0] == "Holm"


# 3. a fronted "As <source> reported, …" frames the whole sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "As the Harbour Gazette reported on Monday, Senator Ivo Brandt told constituents"
            " that he was “not going anywhere.”",
            "the Harbour Gazette",
        ),
        # an adverb before the verb, another cue inside
        ("As Politico first reported, Brandt said the bill was “dead on arrival.”", "Politico"),
        # another verb of reporting, a description inside, a perfect tense
        (
            "As the Northern Ledger noted last week, the governor has called the deal “a betrayal.”",
            "the Northern Ledger",
        ),
        # a present tense
        ("As The Daily Record reports, the candidate promised voters “a new start.”", "The Daily Record"),
        # a perfect tense in the frame, a plural speaker inside
        (
            "As the Northern Ledger has reported, two aides told investigators the memo was “a fake.”",
            "the Northern Ledger",
        ),
    ],
)
def test_a_fronted_as_clause_of_reporting_is_the_source(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: a fronted "as" with no verb of reporting keeps the speaker
        ("As the votes were counted, Brandt told supporters he was “not going anywhere.”", "Brandt"),
        ("As a senator, Brandt said the bill was “dead on arrival.”", "Brandt"),
        # a verb of speech that reports no account: a time, not a source
        ("As the crowd chanted, Holm said she felt “at home.”", "Holm"),
        # a cue after the quote keeps its own speaker
        ("As Reuters reported, sales were “flat,” she said.", "she"),
    ],
)
def test_an_as_clause_that_reports_nothing_is_no_source(text: str, who: str) -> None:
    assert mentions(text) == [who]


# 4. a person who told an outlet keeps the words --------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ana Voss told the Harbour Gazette that the plan was “a disaster.”", "Ana Voss"),
        ("Petra Holm told The Hill: “Nobody asked me.”", "Petra Holm"),
        ("In an interview with the Harbour Gazette, Brandt said the levy was “dead in the water.”", "Brandt"),
        ("During an interview with The Hill on Tuesday, Petra Holm said she would “fight on.”", "Petra Holm"),
    ],
)
def test_a_person_who_told_an_outlet_keeps_the_words(text: str, who: str) -> None:
    assert mentions(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # a he or she is never the outlet named before it
        "The Harbour Gazette published the memo on Monday. “It was a mistake,” he said.",
        "The Hill ran the story first. She said the plan was “doomed.”",
    ],
)
def test_a_he_or_she_is_never_an_outlet(text: str) -> None:
    assert speakers(text)[0] in ("he", "she")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ivo Brandt, her campaign manager, told reporters on a conference call that the data was “stolen.”",
            "Ivo Brandt",
        ),
        # no appositive, another listener and noun, a past perfect
        ("Petra Holm had told followers in a late-night post that the race was “over.”", "Petra Holm"),
        # a description for the name
        ("The senator told supporters on a phone call that the plant would “stay open.”", "The senator"),
    ],
)
def test_the_listener_of_a_telling_is_no_subject_of_a_noun_after_it(text: str, who: str) -> None:
    assert mentions(text) == [who]


def test_people_in_a_place_still_say() -> None:
    # neighbour: a plural before a phrase, with no verb of telling, is the subject of "say"
    assert mentions("Voters in the harbour ward say the plan is “a mess.”") == ["Voters in the harbour ward"]
