"""A verb of the senses, its object and a participle of speech (session 30): the object
speaks the quote when the quote is the words heard or seen ("heard the crowd chanting “Out,
out”", "saw the mayor calling the plan “a gift …”"), but not when the quote is the witness's
own description of the sound or its content ("heard the men arguing late into “the small
hours”", "heard the boys yelling “the usual insults”"): then the witness, the verb's
subject, keeps it."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, mention, quote_with

# ---- the quote describes what was heard: the witness keeps it ----
DESCRIBED = [
    ("Tomas Verhoek heard the dockers arguing late into “the small hours.”", "small hours", "Verhoek"),
    ("Greta Solberg saw the referee shouting at players “in a way nobody should.”", "nobody", "Solberg"),
    ("Ottilie Brandt heard the tenants complaining for “three hours straight.”", "three hours", "Brandt"),
    ("Marek Dunai watched the supporters celebrating “like it was a cup final.”", "cup final", "Marek Dunai"),
    ("Lise Amundsen could hear the choir singing “at the top of their lungs.”", "top of", "Amundsen"),
    ("Bram Olthof heard the guards yelling “the usual insults.”", "usual insults", "Olthof"),
    ("Yara Castell has heard the officers shouting “what sounded like threats.”", "sounded", "Castell"),
    ("Hugo Ferrant heard the couple arguing about “money, always money.”", "always money", "Ferrant"),
    ("Nadia Voss described hearing the sailors singing “a song about the harbour.”", "harbour", "Voss"),
]


@pytest.mark.parametrize(("text", "words", "witness"), DESCRIBED)
def test_a_description_of_what_was_heard_stays_the_witnesss(text: str, words: str, witness: str) -> None:
    check_speaker(text, words, witness)


# ---- the quote is the words heard or seen: the object speaks it ----
SPOKEN = [
    ("Tomas Verhoek heard the dockers chanting “Down with the board.”", "Down with", "the dockers"),
    ("Searchers heard a child shouting “Over here, please!”", "Over here", "a child"),
    ("Voters heard the mayor promising “a bus stop on every street.”", "bus stop", "the mayor"),
    ("Shoppers saw their alderman calling the levy “a tax on bread.”", "tax on bread", "their alderman"),
    (
        "The panel watched the witness describing the crash as “the loudest noise I ever heard.”",
        "loudest",
        "the witness",
    ),
    (
        "Engineers heard the driver telling the depot the brakes were “completely gone.”",
        "completely",
        "the driver",
    ),
    ("Delegates heard the envoy calling for “a truce before the harvest.”", "truce", "the envoy"),
    ("Ushers heard the bishop reciting “Blessed are the meek.”", "Blessed", "the bishop"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPOKEN)
def test_the_words_heard_are_the_objects(text: str, words: str, speaker: str) -> None:
    q = quote_with(text, words)
    assert q.kind == "quote"
    assert mention(text, q) == speaker
