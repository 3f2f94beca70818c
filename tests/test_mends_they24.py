"""Two mends of new wrong speakers. 1. A plural in -ers is the "they" of the next cue only
when it names people: a plural of people the lexicon knows, or the -er noun of a verb only
people do ("bakers", "runners"); a thing in -ers ("flowers", "trailers", "containers"),
counted or not, leaves "they" as it is. 2. A participle inside a "where"
clause is that clause's only when its subject can speak (people, a name, a personal
pronoun); set off after the clause by a comma it goes on with the main clause, which the
grammar cannot tell from the other reading ("toured the plant, where workers were
striking, calling …"). Each with the
rule's own positive cases kept. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. things in -ers are no "they" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's shapes
        "Flowers lined the path. “We miss her,” they said.",
        "Dozens of trailers blocked the road. “We will stay,” they said.",
        "Posters covered the walls. “We want change,” they said.",
        "Containers piled up at the port. “We are stuck,” they said.",
        "Boulders fell onto the road. “It was terrifying,” they said.",
        "Lockers lined the corridor. “We need more space,” they said.",
        "Barriers went up around the site. “We were not warned,” they said.",
        "Prayers filled the chapel. “She was loved,” they said.",
        # counted, a passive, another cue verb, present tense
        "Hundreds of posters appeared overnight. “We did not put them up,” they said.",
        "More than 40 containers fell into the sea. “We are searching,” they say.",
        "Thousands of flowers were left at the gate. “She meant a lot,” they told us.",
        "Some 200 heaters were handed out in the town. “It helps,” they said.",
        "Printers jammed all morning at the office. “We gave up,” they said.",
    ],
)
def test_things_in_ers_are_no_they(text: str) -> None:
    assert speakers(text)[-1] == "they"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # doers: the -er noun of a verb only people do, bare or counted
        ("Bakers walked out on Friday. “We want fair pay,” they said.", "Bakers"),
        ("Dozens of dancers rehearsed in the rain. “We love it,” they say.", "Dozens of dancers"),
        ("Thousands of runners filled the streets. “It was magic,” they said.", "Thousands of runners"),
        ("Anglers crowded the quay at dawn. “The fish are gone,” they said.", "Anglers"),
        ("Hikers reached the summit by noon. “The view was worth it,” they said.", "Hikers"),
        (
            "More than 50 climbers reached the top. “We were lucky,” they told reporters.",
            "More than 50 climbers",
        ),
        # people the lexicon knows
        ("Hundreds of voters queued in the cold. “We want a say,” they said.", "Hundreds of voters"),
        ("Shoppers crowded the market on Saturday. “Prices are up,” they said.", "Shoppers"),
        (
            "More than 1,500 farmers marched on the capital. “We cannot go on,” they said.",
            "More than 1,500 farmers",
        ),
    ],
)
def test_people_in_ers_stay_they(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 2. a participle after ", where …," with a thing as the where clause's subject ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor spoke in the town, where the mill closed, promising “new jobs.”", "The mayor"),
        # past perfect, a name as the main subject, another participle, an aside
        (
            "The minister visited the valley, where the factory had shut in May, vowing “a fresh start.”",
            "The minister",
        ),
        (
            "Ana Ruiz campaigned in the port, where the shipyard is closing, calling it “a scandal.”",
            "Ana Ruiz",
        ),
        (
            "The governor, who is seeking a second term, stopped in the town, where the plant had cut 300 jobs,"
            " pledging “real help.”",
            "The governor",
        ),
        ("The mayor went to the park, where the festival was held, calling it “a triumph.”", "The mayor"),
    ],
)
def test_a_thing_after_where_leaves_the_participle_to_the_main_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the reviewer's shape: a verb of speech (or a cue verb) in the main clause
        ("Police were called to the bar, where two men had fought, saying it was “a mess.”", "Police"),
        ("The mayor spoke in the square, where residents had gathered, promising “new jobs.”", "The mayor"),
        # a name, another participle, past perfect in the main clause's setting
        (
            "Ana Ruiz spoke at the hall, where the farmers had met in May, calling the levy “a tax on bread.”",
            "Ana Ruiz",
        ),
        (
            "The chairman spoke to the press at the gate, where nurses had gathered, vowing to hire “more staff.”",
            "The chairman",
        ),
    ],
)
def test_after_a_verb_of_speech_the_participle_stays_with_its_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # people, a name or "they" as the where clause's subject, set off by a comma: either may be
        # the speaker, so the participle goes on with the main clause, as other set-off ones do
        (
            "The governor toured the mill, where the tenants marched past the gates, chanting “no more layoffs.”",
            "The governor",
        ),
        (
            "The senator stopped at the diner, where several veterans were waiting, demanding to know why "
            "the clinic was “still closed.”",
            "The senator",
        ),
        (
            "The minister drove to the harbour, where the fishermen are protesting, shouting “no quotas.”",
            "The minister",
        ),
        (
            "Mayor Hale arrived at the school, where Dana Reyes had gathered her members, calling the cuts “a disgrace.”",
            "Hale",
        ),
        (
            "The bishop walked into the square, where they had gathered since dawn, chanting “justice now.”",
            "The bishop",
        ),
        # the same after a verb of thought
        (
            "Aides believe the tour went well in the county, where voters had gathered, chanting “four more years.”",
            "Aides",
        ),
    ],
)
def test_set_off_participle_after_people_where_goes_on_with_the_main_clause(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
