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

from tests.conftest import mentions, speakers

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


# 2. a noun spelt like a verb of speech with a relative clause ------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The listing was replaced on Monday by a message that said, “Sorry, this item is gone.”", "that"),
        # "which", another verb, present tense, a colon
        ("The old page now shows a post which reads: “We have moved to the quay.”", "which"),
        # no comma before the quote
        ("By noon the site carried a message that read “Closed until further notice.”", "that"),
    ],
)
def test_relative_on_speech_noun_names_it(text: str, mention: str) -> None:
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: after a possessive the noun of speech has content, its owner speaks
        ("The mayor’s message that the pier “is safe” did not calm anyone.", "The mayor"),
        ("The board’s post that said the ferry was “cancelled” was wrong.", "The board"),
        # "that" and no verb after it: the content of the message, not a relative clause
        ("The union sent a message that the strike was “over.”", None),
    ],
)
def test_speech_noun_content_is_no_relative(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


# 3. a coordinate clause with no cue right after a report ----------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lind says that residents want answers, but Holm is giving them “studies and delays.”", "Lind"),
        # past tense, no "that", a title on the name
        (
            "Ada Kerr said the port needed a new pier, but Mayor Holm gave it “more consultations.”",
            "Ada Kerr",
        ),
        # "and", a plural description as reporter, an organisation in the coordinate clause
        ("Nurses said the ward needed staff, and the Health Trust sent them “a leaflet.”", "Nurses"),
    ],
)
def test_coordinate_clause_goes_on_with_report(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: a cue of its own in the coordinate clause
        ("Lind said the port was safe, but Holm called it “a death trap.”", "Holm"),
        # the clause before reports nothing
        ("Lind praised the budget, but Holm voted against the “harbour levy.”", None),
    ],
)
def test_coordinate_clause_with_own_reading(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


def test_coordinate_pronoun_and_colon_keep_their_cue() -> None:
    # neighbour: a pronoun subject and a colon introducing the quote, as before
    text = "Reid said both rivals are “lightweights,” but he gave the newcomer some praise: “He works hard.”"
    assert mentions(text) == ["Reid", "he"]
