"""Speaker mentions (session 31, link mend): the three shapes of test_link31 held to their own
ground after a review found sentences they misread.

- A name set off before an inverted cue ("…, says Pia Welt, an old friend, is “…”") is the
  clause's subject when a fronted phrase opens the sentence ("Even now, Korda, says …"); only
  a name restating an opening description of a person ("A spokesman, Tor Ekdal, said Ruben,
  52, had “…”") makes the name after the cue the reported clause's subject.
- A noun after the quote with a relative clause whose verb is a cue ("“…,” a statement the
  firm published last night said") is the subject of the cue after that clause, not a noun
  restating the words: the relative clause's subject does not speak.
- A subordinate clause inside an aside whose subject carries an aside of its own ("The plan,
  dropped when Mayor Ivo Terr, whose term was ending, said it was “…”") holds the cue; and a
  one-word opener set off before the subject ("Separately, a review …, released … after …,
  found") is no subject.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

FRONTED_THEN_NAME = [
    (
        "Even now, Korda, says Pia Welt, an old friend, is “the best listener I know.”",
        "best listener",
        "Welt",
    ),
    ("In public, Marten, said Ida Sorel, a former aide, was “always polite.”", "always polite", "Sorel"),
    (
        "After the trial, Jon Abel, recalls Nils Fenn, his cellmate, had “nothing left to say.”",
        "nothing left",
        "Fenn",
    ),
    (
        "Like his father, Orrin Kell, says Dana Pruitt, a family friend, will “never retire.”",
        "never retire",
        "Pruitt",
    ),
    ("Most days, Korda, says Pia Welt, an old friend, can be “hard to reach.”", "hard to reach", "Welt"),
]

RELATIVE_THEN_MAIN_CUE = [
    ("“The pool stays shut,” an email the manager wrote to parents warned.", "pool stays", "email"),
    ("“The pool stays shut,” an email the manager wrote to parents on Sunday said.", "pool stays", "email"),
    ("“I saw him leave,” a witness the prosecution called told the jury.", "saw him", "witness"),
    ("“The figures were wrong,” a source the newspaper quoted said on Friday.", "figures", "source"),
    ("“The figures were wrong,” a statement the firm published last night said.", "figures", "statement"),
]

SET_OFF_INSIDE_SUBCLAUSE = [
    (
        "The plan, dropped when Mayor Ivo Terr, whose term was ending, said it was “too costly,” may come back.",
        "too costly",
        "Terr",
    ),
    (
        "The school, closed because its head, who had been ill for months, said it was “unsafe,” reopens today.",
        "unsafe",
        "head",
    ),
    (
        "The merger, halted while the regulator, which had opened an inquiry, said it was “premature,” resumed in May.",
        "premature",
        "regulator",
    ),
]

ONE_WORD_OPENER = [
    (
        "Separately, a review by the state auditor, released last week after the minister resigned, "
        "found the program “badly run.”",
        "badly run",
        "review",
    ),
    (
        "Finally, the complaint, filed on Friday as the talks collapsed, says the firm “ignored every warning.”",
        "ignored every",
        "complaint",
    ),
    (
        "Privately, an aide to the governor, reached late on Sunday after the talks had stalled, said "
        "the offer was “dead on arrival.”",
        "dead on arrival",
        "aide",
    ),
    (
        "Separately, Councilwoman Edda Lorn, questioned on Friday before the vote was taken, said, "
        "“We knew this day would come.”",
        "this day",
        "Lorn",
    ),
]

NEIGHBOURS = [
    # a description of a person opening the sentence, restated by a name: the name after the cue is reported
    ("A spokesman, Tor Ekdal, said Ruben, 52, had “left the country.”", "left the country", "Ekdal"),
    ("One of her aides, Ole Brandt, says Korda, 61, will “run again.”", "run again", "Brandt"),
    (
        "Korda's accountant, Lise Moen, insisted Ruben, a client since 2015, had “paid every cent.”",
        "every cent",
        "Moen",
    ),
    # a restating noun with no main verb after its clause: the cue before the quote signs it
    ("The panel found the bridge “unsafe,” a finding the builder has disputed.", "unsafe", "panel"),
    (
        "The hospital said the wing was “closed for good,” a claim the nurses' union has disputed.",
        "closed",
        "hospital",
    ),
    # the aside's subordinate clause with no aside inside: the aside closes at the comma
    (
        "A report by the city auditor, released in May while the council was in recess, found the books “in disarray.”",
        "disarray",
        "report",
    ),
    (
        "Hale, a lawyer, reached Monday after the hearing had ended, said the ruling was “a relief.”",
        "relief",
        "Hale",
    ),
    # a cue in the subordinate clause whose subject has no aside
    (
        "The vote, postponed when Senator Ada Voss said she was “not ready,” may come next week.",
        "not ready",
        "Voss",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FRONTED_THEN_NAME)
def test_name_after_a_fronted_phrase_is_the_subject_not_the_reported(
    text: str, words: str, expected: str
) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), RELATIVE_THEN_MAIN_CUE)
def test_relative_clause_before_a_main_cue_does_not_restate(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), SET_OFF_INSIDE_SUBCLAUSE)
def test_cue_inside_a_subclause_with_its_own_aside(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), ONE_WORD_OPENER)
def test_one_word_opener_is_no_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
