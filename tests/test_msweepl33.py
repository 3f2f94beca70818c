"""Repairs to British-style quote-mark reading (session 33, after the single-mark sweep).

- a scare quote or short phrase ending in a word in "-in" (‘spin’, ‘a wide margin’, ‘to
  Oxbridgein’…) closes at its mark: the dropped-g reading of the mark needs an -ing form
  behind the word (sittin’ → sitting) and no short phrase opened mid-sentence;
- a plural's possessive before a noun that is an auxiliary too (the members’ will on this,
  the fans’ will to win, the students’ do was cancelled): the word after it decides;
- a paragraph opening with an elided word ('Tis, 'Twas, 'Em) opens no quote, even when the
  next paragraph opens with a straight single mark."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [
        (q.speaker, q.text.strip(" ,.’'"))
        for q in extract_quotes(document_from_text(text, "story.txt"))
        if q.kind == "quote"
    ]


def said(text: str) -> list[str]:
    return [t for _, t in quotes(text)]


# --- a word in "-in" before a closing single mark ---------------------------------------------

IN_ENDS = [
    # a scare quote after "as", a preposition after it
    (
        "Orla Fenwick-Rudd dismissed the claims as ‘spin’ from ministers who had lost the argument. "
        "‘It won’t wash,’ Fenwick-Rudd said.\n",
        "It won’t wash",
    ),
    # a short phrase with a determiner, a time phrase after it, a different cue verb
    (
        "Bram Oyelaran predicted the party would win ‘by a wide margin’ next month. "
        "‘The polls are clear,’ Oyelaran added.\n",
        "The polls are clear",
    ),
    # a place name (capitalised, not opening the quote)
    (
        "Kessa Moorby, the union's negotiator, said the talks had moved ‘to Valdurin’ last week "
        "without notice. ‘Nobody told us,’ Moorby told reporters.\n",
        "Nobody told us",
    ),
    # straight marks, a noun before a noun it qualifies
    (
        "Pell Anstruther said the bars were sold as 'protein' snacks but were mostly sugar. "
        "'It is misleading,' Anstruther said.\n",
        "It is misleading",
    ),
    # a verb in "-in" that is no -ing form
    (
        "Dr Ines Varkey urged voters to ‘join’ forces against the plan. ‘Together we can stop it,’ "
        "said Varkey, a councillor.\n",
        "Together we can stop it",
    ),
]


@pytest.mark.parametrize(("text", "second"), IN_ENDS)
def test_word_in_in_closes_a_short_quote(text: str, second: str) -> None:
    got = said(text)
    assert second in got
    assert not any("’ " in t or "' " in t for t in got), got


DROPPED_G = [
    # neighbours that must stay apostrophes: a dropped g inside a long quote
    (
        "‘We were just sittin’ there waiting for the bus when it happened,’ said Mabry Coltrane.\n",
        "We were just sittin’ there waiting for the bus when it happened",
    ),
    (
        "‘Nothin’ prepares you for a night like that,’ Aldous Prentiss, a deckhand, said.\n",
        "Nothin’ prepares you",
    ),
    (
        "'I'm goin' to keep on at the council about it,' said Wren Tolliver, a resident.\n",
        "I'm goin' to keep on at the council about it",
    ),
]


@pytest.mark.parametrize(("text", "start"), DROPPED_G)
def test_dropped_g_stays_an_apostrophe(text: str, start: str) -> None:
    got = said(text)
    assert any(t.startswith(start) for t in got), got


# --- a plural's possessive before will / do ----------------------------------------------------

NOUN_AUX = [
    (
        "‘We have to respect the members’ will on this,’ said Tamsin Oduya, the union leader.\n",
        "will on this",
    ),
    ("‘You cannot break the fans’ will to win,’ said Corin Maddox, the club captain.\n", "will to win"),
    (
        "‘The students’ do was cancelled after the fight,’ said Elsbeth Ranarr, a porter.\n",
        "do was cancelled",
    ),
    ("'The workers' will is strong,' Hollis Brannigan said.\n", "will is strong"),
]


@pytest.mark.parametrize(("text", "tail"), NOUN_AUX)
def test_possessive_before_a_noun_auxiliary(text: str, tail: str) -> None:
    got = quotes(text)
    assert len(got) == 1 and got[0][0] is not None and tail in got[0][1], got


def test_scare_quote_before_an_auxiliary_still_closes() -> None:
    text = (
        "Critics said the ‘hidden charges’ will hit families hardest this winter. "
        "‘It is a stealth tax,’ said Fennick Arbuthnot, an economist.\n"
    )
    assert "It is a stealth tax" in said(text)
    assert not any("will hit" in t for t in said(text))


# --- a paragraph opening with an elided word --------------------------------------------------

ELIDED = [
    (
        "The festival opened with a reading by Sorrel Haddington.\n\n'Tis the season for old songs, "
        "the programme notes said, and the crowd sang along.\n\n'It was lovely,' said one visitor.\n",
        "It was lovely",
    ),
    (
        "The choir sang carols on the square.\n\n'Twas the night before the fair, read one banner.\n\n"
        "'We come every year,' said Dunstan Maybury, a stallholder.\n",
        "We come every year",
    ),
    (
        "'We'll beat them next time,' said Cressida Vane, the coach.\n\n"
        "'Em and us go back a long way, fans say, and the rivalry is fierce.\n",
        "We'll beat them next time",
    ),
]


@pytest.mark.parametrize(("text", "real"), ELIDED)
def test_elided_paragraph_opens_no_quote(text: str, real: str) -> None:
    assert said(text) == [real]


def test_straight_quote_over_paragraphs_still_reopens() -> None:
    text = (
        "Ferris Langholm, a union organiser, described the night.\n\n'We stood at the gate for hours.\n\n"
        "'When they did come out, it was to tell us the plant was closing,' Langholm said.\n"
    )
    assert said(text) == [
        "We stood at the gate for hours",
        "When they did come out, it was to tell us the plant was closing",
    ]


QUOTE_OPENS_SENTENCE = [
    (
        "‘The Marlowes’ has been my favourite band since school,’ said Idony Prescott, a fan.\n",
        "has been my favourite",
    ),
    (
        "Nobody was surprised.\n\n‘The ministers’ did nothing, the residents did everything,’ Jory Tremayne, "
        "a resident, said.\n",
        "did nothing",
    ),
    (
        "Hale agreed. ‘The Cartwrights’ will never sell the farm,’ said Maelis Rook, their neighbour.\n",
        "will never sell",
    ),
]


@pytest.mark.parametrize(("text", "tail"), QUOTE_OPENS_SENTENCE)
def test_plural_mark_in_a_quote_opening_a_sentence(text: str, tail: str) -> None:
    got = quotes(text)
    assert any(tail in t and s is not None for s, t in got), got
