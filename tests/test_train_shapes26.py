"""Session 26 (train shapes): three grammatical shapes of the quotes still given to the wrong
speaker. (1) A quote inside a fronted subordinate clause ("After the mayor likened …
to “…”,") is not signed by the main clause after it when that clause's verb takes an object
of its own ("Berg wrote an angry letter", "Lee found comic relief in it"): a cue after the
comma with no object ("Lee said.", "Lee told reporters") still closes it. (2) A noun spelt like
a verb of speech after an article ("a message that said", "a post which reads") carries a
relative clause whose relative names the speaker, as any noun does; after a possessive it is
still a noun of speech and its content ("the board's post that said …"). (3) A coordinate
clause with no cue of its own right after a report ("Lind says residents want answers, but
Holm is giving them “…”") goes on with the report, whatever its subject; with a cue of its
own, or after a clause that reports nothing, it keeps its own reading. Invented news text
through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a quote in a fronted subordinate clause and a main clause with an object of its own ---------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb of stance in the fronted clause: its own subject
        (
            "After the mayor likened the strikers to “vandals,” the union leader Ola Berg wrote an angry letter.",
            "the mayor",
        ),
        # a second quote of the same fronted clause, after a first with no comma
        (
            "After the minister compared the fares to “highway robbery” and “theft,” the operator’s chief wrote a reply.",
            "the minister",
        ),
    ],
)
def test_fronted_clause_keeps_its_own_subject(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no verb of speech in the fronted clause: nobody, not the writer of the note
        "When the storm hit the “old quarter,” the harbourmaster wrote a note to every household.",
        # "as for" and a phrase, another verb, a bare noun phrase as object
        "As for Lund’s mangling of “fjord,” Berg found comic relief in it.",
        # a setting after the quote before the comma; a description and an appositive name
        "Before the council approved the “harbour levy” last spring, a local baker, Ivo Brandt, wrote a long petition.",
    ],
)
def test_main_clause_with_its_own_object_signs_nothing(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: the cue after the comma takes no object, a report or a listener
        ("Although it was “a tough night,” Lee said, the team would recover.", "Lee"),
        ("Although it was “a tough night,” the coach said later.", "the coach"),
        ("Although it was “a tough night,” Lee told reporters.", "Lee"),
        # the fronted clause has its own cue: as before
        ("When the mayor called the strikers “vandals,” Ola Berg wrote a letter to the paper.", "the mayor"),
        # a participle with no subject of its own: the main subject is its subject
        ("After calling the plan “a disgrace,” Lee wrote a letter to the editor.", "Lee"),
    ],
)
def test_cue_without_object_still_signs_fronted_quote(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker
