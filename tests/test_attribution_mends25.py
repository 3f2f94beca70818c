"""Mends of session 25's attribution rules after review: a fronted passive phrase puts its
quote to the main clause's subject only when its participle is a verb that puts words to
someone or says words of them ("Asked whether …"), not one of a feeling or a state
("Excited about the “…”"); the one a question is put to answers it only when it can speak
("pressed the senator", not "pressed the button"); the subject stays the centre of a
he/she over a person inside a possessive or an embedded clause, but not over the object, the
to-/by-partner of its verb or the subject of an as/while clause. Invented news text through
the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a fronted participle of a feeling or a state puts no quote to anyone ---------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Excited about the “new season,” Ortega said the club would win the cup.", "Ortega"),
        # a participle of a state, a description for the subject, "with"
        ("Faced with “a hard winter,” the mayor said she would raise the budget.", "the mayor"),
        # a feeling with "by": the quote is in what moved the subject, not a by-agent
        ("Stunned by the “brutal” cuts, nurses said they would strike.", "nurses"),
        # a cue verb of feeling with "by" and a thing, another cue verb after
        ("Encouraged by the “solid” numbers, Ortega predicted growth.", "Ortega"),
        # a name in -ed opening the sentence is no participle
        ("Rasheed of the “Unity” bloc, a veteran lawmaker, said he would vote no.", "a veteran lawmaker"),
    ],
)
def test_state_participle_leaves_the_quote_to_the_subject(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: verbs of asking, naming and accusing keep the passive phrase's reading
        ("Asked whether the bridge was “safe for traffic,” Ortega said it was.", None),
        ("Branded “a liar” by her rivals, Ortega said she would sue.", "her rivals"),
        ("Questioned about the “missing files,” Ortega said she knew nothing.", None),
        ("Nicknamed “the Bulldozer” by colleagues, Ortega pushed the bill through.", "colleagues"),
    ],
)
def test_participle_of_asking_or_naming_still_reads(text: str, speaker: str | None) -> None:
    assert speakers(text)[0] == speaker


# 2. only one who can speak answers a question ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ortega pressed the lever. “Stand back,” he warned.", "Ortega"),
        # another verb of questioning, a thing, "she", an adverb after the object
        ("Ortega questioned the figures again. “They do not add up,” she said.", "Ortega"),
        ("Ortega pressed the issue twice. “We need answers,” he said.", "Ortega"),
        # a thing with a topic word after it that opens no question
        ("Ortega questioned the ruling on appeal. “It is flawed,” she said.", "Ortega"),
    ],
)
def test_a_thing_pressed_or_questioned_does_not_answer(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: a role, an age, a description asked about something, a name
        ("Ortega pressed the minister on the budget. “We will cut,” he said.", "the minister"),
        ("Ortega pressed the 71-year-old on the deal. “It was fair,” he said.", "the 71-year-old"),
        ("Ortega questioned the witness about the fire. “I saw nothing,” he said.", "the witness"),
        ("Ortega questioned Tom Brandt about the deal. “It was fair,” he said.", "Tom Brandt"),
    ],
)
def test_a_person_asked_still_answers(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


# 3. the subject's own partner of known gender takes the pronoun -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hale handed the award to Ann Ruiz. “I am honoured,” she said.", "Ann Ruiz"),
        # the object of the verb, another tense, a time phrase after it
        ("Brandt has endorsed Maria Soto for mayor. “I am grateful,” she said.", "Maria Soto"),
        # "to" straight after the verb, another cue verb
        ("Brandt lost to Maria Soto in the final. “It was my day,” she told reporters.", "Maria Soto"),
        # a particle and the verb's own object before "to"
        ("Brandt handed over the keys to Maria Soto. “Thank you,” she said.", "Maria Soto"),
        # the subject of a clause joined by "while"
        ("Brandt watched while Maria Soto signed the deal. “It is done,” she said.", "Maria Soto"),
        # a passive with "by"
        ("Brandt was defeated by Maria Soto. “I earned it,” she said.", "Maria Soto"),
    ],
)
def test_partner_of_the_subjects_verb_takes_the_pronoun(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: a possessor, a phrase of place or company, an embedded clause
        ("Brandt praised Maria Soto’s courage. “It was hard,” she said.", "Brandt"),
        ("Brandt sat next to Maria Soto at dinner. “The food was cold,” she said.", "Brandt"),
        ("Brandt met with Maria Soto. “It went well,” she said.", "Brandt"),
        ("Brandt doubted that Maria Soto would win. “She will not,” she said.", "Brandt"),
        ("Brandt explained why he opposes Maria Soto. “She is wrong,” he said.", "Brandt"),
    ],
)
def test_subject_stays_centre_over_a_possessor_or_clause(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


# 4. an owner's words are the owner's, named without the ’s ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Her party’s decision to call the vote “a sham” angered allies.", "Her party"),
        # the last possessive before the owned noun, another verb of naming, a present tense
        ("His club’s plan to label the stand “the Kop” divides fans.", "His club"),
        # a description owning a refusal, another cue
        ("The council’s refusal to describe the strike as “legal” angered workers.", "The council"),
        # an owned noun of speech after another speaker's verb: the owner, without the ’s
        ("Voss welcomed the union’s demand for a “living wage.”", "the union"),
        ("Voss called the report’s claim of a “cover-up” false.", "the report"),
    ],
)
def test_owner_is_named_without_the_possessive(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: a named owner resolves to the name; an owned noun that can speak keeps it
        ("Voss cited Lee’s promise of “jobs for all.”", "Lee"),
        ("His family, calling the death “a tragedy,” asked for privacy.", "His family"),
    ],
)
def test_owner_neighbours_keep_their_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker
