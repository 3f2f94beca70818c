"""Tuning shapes (session 36), each from a grammatical shape, with invented passages.

1. A typeset ’ after a word's "s" inside a single-marked quote is the closing mark, not a
   plural's apostrophe, when an article or a possessive follows it (‘…deeply regrets’ the
   delay: no owner's mark stands before "the") or when the paragraph opens another ‘quote
   before it holds another ’ (‘the most generous’ host … called her ‘a pioneer’).
2. A clause set off on what a sentence framed by "According to X, …" says, with a subject of
   its own and a verb of speech ("…, which the authors describe as “…”", "…, a figure Lee
   called “…”"), is its own subject's words, not the frame's source's.
3. "On 4 May, one of the trustees, Ann Lee, said": a partitive set off after a fronted phrase
   is the subject (its member named after it), not the date's month before the comma.
4. A headline opened by a quote and a colon gives the quote to the person after the colon:
   the subject of the headline's present verb, or the one a piece is "with".
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker, quote_with

CLOSERS = [
    (  # an article after the s’
        "Halvard Ports said in a statement that it ‘sincerely regrets’ the delay and had hired more staff.",
        "sincerely regrets",
        "Halvard Ports",
    ),
    (  # a possessive after the s’, another cue verb, a description
        "The ferry operator admitted it ‘deeply regrets’ its mistakes.",
        "deeply regrets",
        "The ferry operator",
    ),
    (  # a later ‘quote in the paragraph: the s’ closed the first
        "The cellist Ines Marlowe wrote online that he had been ‘the kindest and most generous’ teacher"
        " she had known. The Eastbrook Quartet called him ‘a craftsman first and last’.",
        "the kindest and most generous",
        "Ines Marlowe",
    ),
    (  # the same with an aside and past perfect
        "Arno Vell, a former pupil, had said he was ‘tireless, curious and generous’ company on tour."
        " The Lindqvist Trust described him as ‘an original’.",
        "tireless, curious and generous",
        "Arno Vell",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CLOSERS)
def test_s_mark_closes_the_quote(text: str, words: str, speaker: str) -> None:
    q = quote_with(text, words)
    assert text[q.start : q.end] == words
    check_speaker(text, words, speaker)


def test_plural_possessive_neighbour() -> None:
    # a plural's apostrophe before a noun, no other quote after it: the quote runs on
    text = "‘We will protect the farmers’ water rights,’ said Tomasz Berrigan, a county commissioner."
    q = quote_with(text, "protect the farmers")
    assert text[q.start : q.end] == "We will protect the farmers’ water rights,"
    check_speaker(text, "protect the farmers", "Tomasz Berrigan")


FRAMED = [
    (  # ", which SUBJ describe as"
        "According to the study, walkers averaged 3 miles a day, which the researchers describe as"
        " “a gentle outing, not training.”",
        "gentle outing",
        "the researchers",
    ),
    (  # ", a figure NAME called", past tense
        "According to the organisers, 80 per cent of cups were reused, a figure Marta Kessel called"
        " “good, but not yet enough.”",
        "not yet enough",
        "Marta Kessel",
    ),
    (  # present tense, a description as subject
        "According to the council, 400 homes were built last year, which the housing charity calls"
        " “a drop in the ocean.”",
        "drop in the ocean",
        "housing charity",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FRAMED)
def test_set_off_clause_speaks_for_itself(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_frame_relays_a_report_neighbour() -> None:
    # the clause sits inside what the frame relays ("Hale said …"): the frame's source
    text = "According to the minutes, Hale said the fund, which she called “a rainy-day pot,” was closed."
    check_speaker(text, "rainy-day pot", "the minutes")


PARTITIVE = [
    (  # a date before the partitive subject and its named member
        "On 4 March, one of the senior partners, Ivo Brannock, wrote to the staff: “Costs are too high.”",
        "Costs are too high",
        "Ivo Brannock",
    ),
    (  # a longer fronted phrase, another cue verb
        "In a memo dated 12 June, one of the trustees, Mirela Santos, warned the board: “We have no reserves.”",
        "no reserves",
        "Mirela Santos",
    ),
    (  # a description set off instead of a name
        "On 3 May, one of the referees, a retired teacher from Hollin, told reporters: “We were never consulted.”",
        "never consulted",
        "one of the referees",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARTITIVE)
def test_partitive_subject_after_a_date(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)
    assert not any(w in (quote_with(text, words).speaker or "") for w in ("March", "June", "May"))


def test_partitive_neighbour() -> None:
    # the name before the aside is the subject; no partitive to take
    text = "Ivo Brannock, one of the senior partners, wrote to the staff: “Costs are too high.”"
    check_speaker(text, "Costs are too high", "Ivo Brannock")


HEADLINES = [
    (  # a role and a name as the headline verb's subject
        "‘We lost our nerve in the second half’: Marlow manager Petra Quayle takes the blame\n\n"
        "Marlow manager Petra Quayle said her side lost their nerve after the break.\n",
        "lost our nerve",
        "Petra Quayle",
    ),
    (  # a description alone, double marks
        "“I will keep my job at the bakery”: Dunmore shop assistant wins £3m\n\n"
        "A shop assistant from Dunmore has won £3 million in the draw.\n",
        "keep my job",
        "shop assistant",
    ),
    (  # a piece "with" a person to the line's end
        "‘I still write every recipe by hand’: An evening with baker Oskar Lindqvist-Hale\n\n"
        "Oskar Lindqvist-Hale has run his bakery for twenty years.\n",
        "every recipe by hand",
        "Oskar Lindqvist-Hale",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HEADLINES)
def test_headline_quote_then_colon_then_speaker(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_headline_colon_thing_neighbour() -> None:
    # what follows the colon is no person: the headline gives nobody
    text = "‘Too little, too late’: Harbour plan draws fire\n\nThe harbour plan was published on Monday.\n"
    check_speaker(text, "Too little", None)
