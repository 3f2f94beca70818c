"""Mends to the session's frame and nested-clause shapes (review 30b). A frame set off before
a report keeps its words unless a verb of speech opens a real relative clause on a noun:
after "that"/"which", or right after a noun its verb takes ("paid the fee the board had
called"), never after a fronted phrase of time or place, a subordinator or a coordinator. The
verb of quoting whose object speaks is the quote's own cue, not one in a clause on the
speaker. A how clause before a colon gives its subject only with a verb of view or speech,
not "how the talk went:". Invented news, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a frame's words past a fronted phrase, a subordinate or a coordinate clause ----------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a fronted phrase of time with no comma, a name for a subject
        (
            "According to the charge sheet, the following evening Orrin Vale told a neighbour he had "
            "“made a big mistake.”",
            ["the charge sheet"],
        ),
        # a fronted phrase of place, a description, a present verb
        (
            "According to the filing, at the depot the foreman tells drivers the loads are “always light.”",
            ["the filing"],
        ),
        # a clause opened by a subordinator before the subject
        (
            "According to the inquiry, the guard opened the gate because the sergeant called it “a safe "
            "hour.”",
            ["the inquiry"],
        ),
        # a fronted subordinate clause with its own object, no comma
        (
            "According to the audit office, as the inspectors left the plant the owner said the tanks "
            "were “perfectly sound.”",
            ["the audit office"],
        ),
        # a coordinate clause with no comma, an aside in the first conjunct
        (
            "As the Tribune reported, the skipper, a veteran, sank the boat and her mate said the storm "
            "was “no excuse.”",
            ["Tribune"],
        ),
        # a pronoun subject after "but"
        (
            "According to two officials, the envoy left the room but she told aides the plan was “still "
            "alive.”",
            ["two officials"],
        ),
    ],
)
def test_a_frame_keeps_a_report_past_a_fronted_phrase_or_a_clause_break(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a relative with no pronoun right after the object of the main verb
        (
            "According to the ledger, the council paid the fee the surveyor had called “far too high.”",
            ["the surveyor"],
        ),
        # "which" after a noun that follows a preposition
        (
            "According to the filing, the tank held less than the volume which the engineer said was "
            "“the bare minimum.”",
            ["the engineer"],
        ),
    ],
)
def test_a_real_relative_under_a_frame_still_speaks_for_itself(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 2. the verb of quoting is the quote's own cue ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an inverted cue, a relative with a verb of seeing
        (
            "“It was a proud day,” said Pell Odum, who watched his niece singing at the fair.",
            ["Pell Odum"],
        ),
        # a pluperfect verb of hearing, an age set off
        (
            "“Nobody slept,” said Nell Varro, 52, who had heard the sheriff shouting at tenants.",
            ["Nell Varro"],
        ),
        # a participle clause after the cue, a verb of recording
        (
            "“We knew it then,” the nurse said after recording the surgeon telling staff to wait.",
            ["the nurse"],
        ),
        # a verb of quoting in a clause on the speaker
        (
            "“The figures hold up,” said Dara Quill, who quoted an auditor saying costs would fall.",
            ["Dara Quill"],
        ),
    ],
)
def test_a_verb_of_seeing_in_a_clause_on_the_speaker_hands_on_nothing(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We are not leaving,” the bulletin quoted Pell Odum as saying.", ["Pell Odum"]),
        ("“The bridge is closed,” the wire service quoted the mayor, Nell Varro, saying.", ["Nell Varro"]),
    ],
)
def test_the_cues_own_quoted_object_still_speaks(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 3. a how clause of events before a colon gives no speaker ---------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Here's how the hearing went: “Please sit down.”", [None]),
        ("This is how the anthem goes: “Stand tall, stand proud.”", [None]),
        ("Here is how the standoff played out on the bridge: “Drop the bag.”", [None]),
    ],
)
def test_a_how_clause_of_events_names_no_speaker(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Here is how Orla Penn put it: “We are done asking.”", ["Orla Penn"]),
        ("This is how the senator sees it: “A bad deal for farmers.”", ["the senator"]),
    ],
)
def test_a_how_clause_of_view_or_speech_still_gives_its_subject(text: str, who: list[str]) -> None:
    assert speakers(text) == who
