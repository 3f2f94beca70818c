"""British newspaper style (session 33): quotes in single marks, typeset or typed on a
typewriter's keys.

- a quote in straight single marks that runs on over paragraphs, an opening mark on each
  (the typeset ‘ already did);
- apostrophes inside an open single-marked quote that look like its closing mark: a dropped g
  (sittin’ there, nothin’ happened) and a plural's possessive before a speech noun (the bosses’
  call has been …); and the other way round, a scare quote ending in "s" before a verb
  (‘war on motorists’ has …) is closed there, not a possessive;
- a whole quoted sentence with its full stop outside the mark, then a sentence pointing back
  to it (‘…’. That was the verdict of X)."""

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


# --- straight single marks over paragraphs -------------------------------------------------

RUN_ON = [
    # colon before, three paragraphs
    (
        "Dr Wendeline Abarca-Holt, the medical director, said: 'Our wards are full every night.\n\n"
        "'We cannot recruit enough nurses.\n\n'The new unit opens in spring.'\n",
        ["Our wards are full every night", "We cannot recruit enough nurses", "The new unit opens in spring"],
        "Abarca-Holt",
    ),
    # a tag after the first quote, the run-on quote after it, apostrophes inside
    (
        "'The council's figures don't add up,' said Cllr Tobiah Mensforth. 'We've said so for years.\n\n"
        "'The bins haven't been emptied since March.'\n",
        [
            "The council's figures don't add up",
            "We've said so for years",
            "The bins haven't been emptied since March",
        ],
        "Mensforth",
    ),
    # a pronoun's colon on its own paragraph, past tense, a description for a name
    (
        "The harbour master, Ilka Brodowski-Raine, was asked about the closure. She said:\n\n"
        "'We had no choice. The wall was failing.\n\n'It will reopen in the summer.'\n",
        ["We had no choice. The wall was failing", "It will reopen in the summer"],
        "Brodowski-Raine",
    ),
]


@pytest.mark.parametrize(("text", "said", "who"), RUN_ON)
def test_straight_single_quote_runs_on(text: str, said: list[str], who: str) -> None:
    got = quotes(text)
    assert [t for _, t in got] == said
    assert all(s is not None and who in s for s, _ in got)


def test_straight_mark_before_a_year_is_no_reopening() -> None:
    """Neighbour: a paragraph opening with ’90s typed as '90s does not carry an unclosed quote on."""
    text = "Ms Dovey said the plan was 'a disgrace.\n\n'90s music played as the meeting ended.\n"
    assert quotes(text) == []


def test_double_quote_not_reopened_by_single_mark() -> None:
    """Neighbour: a straight double quote left open is not carried on by a paragraph opening
    with a single mark."""
    text = "Ms Dovey said: \"We will fight on.\n\n'Not again,' said Mr Quarrie.\n"
    assert ("Quarrie", "Not again") in [(s and s.split()[-1], t) for s, t in quotes(text)]


# --- apostrophes that look like closing marks ----------------------------------------------

INSIDE = [
    # dropped g before an adverb, present tense
    (
        "Bartley Oyinlola, 58, has lived on the estate all his life. 'I was just sittin' there when the lights "
        "went out,' he says.\n",
        "I was just sittin' there when the lights went out",
        "Oyinlola",
    ),
    # dropped g before a verb, typeset, a description for a name
    (
        "‘Nothin’ prepares you for that,’ said the retired docker, Ferdie Kallstrom.\n",
        "Nothin’ prepares you for that",
        "Kallstrom",
    ),
    # dropped g before a preposition, an aside inserted
    (
        "'They kept shoutin' at the lads,' Mrs Ekwall – who runs the cafe – said.\n",
        "They kept shoutin' at the lads",
        "Ekwall",
    ),
    # a plural's possessive before a speech noun and a verb
    (
        "‘The bosses’ answer has been the same for years,’ said Ms Iversen-Cole.\n",
        "The bosses’ answer has been the same for years",
        "Iversen-Cole",
    ),
    # another speech noun, straight marks, another verb
    (
        "'The members' call was ignored,' Cllr Arbuthnot told the meeting.\n",
        "The members' call was ignored",
        "Arbuthnot",
    ),
    (
        "'Our nurses' warning will be heard,' added Prof Tamsin Quarrie-Bello.\n",
        "Our nurses' warning will be heard",
        "Quarrie-Bello",
    ),
]


@pytest.mark.parametrize(("text", "said", "who"), INSIDE)
def test_apostrophe_inside_single_quote(text: str, said: str, who: str) -> None:
    got = quotes(text)
    assert len(got) == 1
    assert got[0][1] == said
    assert got[0][0] is not None and who in got[0][0]


def test_closing_mark_before_a_tag_still_closes() -> None:
    """Neighbours: a short word in -in, ‘…again’ (no dropped g), a plural's mark before an
    inverted tag: the mark closes the quote."""
    assert quotes("'We will not let them in' said Mr Quarrie.\n")[0][1] == "We will not let them in"
    assert quotes("‘We will do it all again’ the minister promised.\n")[0][1] == "We will do it all again"
    assert quotes("‘We love the horses’ said Ms Dovey.\n") == [("Dovey", "We love the horses")]


SCARE = [
    "The government’s ‘war on motorists’ has come under fire. Cllr Ondine Veyrac said: ‘It is a mess.’\n",
    "The so-called ‘green levies’ will rise in April. Ondine Veyrac, the mayor, said: ‘It is a mess.’\n",
    "The ‘bedroom taxes’ had been scrapped by then. Mr Veyrac said: ‘It is a mess.’\n",
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quote_in_s_before_a_verb_closes(text: str) -> None:
    got = quotes(text)
    assert ("It is a mess" in [t for _, t in got]) and all(len(t) < 30 for _, t in got)


# --- full stop outside the mark, then a sentence pointing back ----------------------------

POINTED = [
    (
        "‘Our staff are working flat out’. That was the verdict of Dr Brannagh Oduya, a senior nurse.\n",
        "Oduya",
    ),
    ("'It's the only bus into town'. Those were the words of Mr Okwuosa-Penn.\n", "Okwuosa-Penn"),
    ("‘We lost everything’. Those were the words of the harbour master, Ingrith Salvesen.\n", "Salvesen"),
]


@pytest.mark.parametrize(("text", "who"), POINTED)
def test_pointed_back_with_stop_outside(text: str, who: str) -> None:
    got = quotes(text)
    assert got and got[0][0] is not None and who in got[0][0]


def test_partial_with_stop_outside_is_not_pointed_back() -> None:
    """Neighbour: a quoted phrase inside a sentence (not opening it) keeps its own cue."""
    got = quotes("Mr Haldane called it ‘a mess’. That was the verdict of Dr Brannagh Oduya too.\n")
    assert got and got[0][0] is not None and "Haldane" in got[0][0]


# --- a nickname inside a name: at a paragraph's start, or before an O’ surname --------------

NICKNAMES = [
    (
        "The club is in mourning.\n\nOrrin ‘The Hammer’ Blakemore, who retired in 1998, said: ‘We gave everything.’\n",
        "The Hammer",
    ),
    ("Tributes were paid.\n\nDervla 'Chalky' Westergaard said: 'She was one of a kind.'\n", "Chalky"),
    (
        "Fans cheered as Ruairi ‘Big Mac’ O’Halloran, 61, came out. ‘It was a great day,’ he said.\n",
        "Big Mac",
    ),
    ("The pundit Lucan 'The Professor' D'Arcy said: 'They were poor.'\n", "The Professor"),
]


@pytest.mark.parametrize(("text", "nick"), NICKNAMES)
def test_nickname_inside_a_name_is_no_quote(text: str, nick: str) -> None:
    got = quotes(text)
    assert nick not in [t for _, t in got]
    assert len(got) == 1


def test_quoted_words_before_a_capital_are_still_a_quote() -> None:
    """Neighbour: a quote after a cue, a capitalised word after it, no name before it."""
    got = quotes("He said it was ‘Big News’ Today, and left.\n")
    assert [t for _, t in got] == ["Big News"]


# --- letters after a name (MP, MSP, MEP) leave a person, whom a he or she can stand for ------

POSTNOMINAL = [
    (
        "Rhodri Penhallow MP, the local member, said: ‘The figures are wrong.’ ‘We will appeal,’ he added.\n",
        "Penhallow",
    ),
    (
        "Morag Kilbride MSP, a former teacher, told Holyrood: ‘It is a mess.’ ‘Nobody listens,’ she said.\n",
        "Kilbride",
    ),
    (
        "Tamar Ostrowska-Hale MEP said: 'The vote was rigged.' She added: 'We will appeal.'\n",
        "Ostrowska-Hale",
    ),
]


@pytest.mark.parametrize(("text", "who"), POSTNOMINAL)
def test_pronoun_after_postnominal_name(text: str, who: str) -> None:
    got = quotes(text)
    assert got[-1][0] is not None and who in got[-1][0]


def test_title_after_a_name_still_makes_a_thing() -> None:
    """Neighbour: a title word that is no post-nominal closing a name ("Social Security") is
    no person, so an "it" after it stands for the body."""
    got = quotes("The Department of Social Security said: ‘No.’ It added: ‘We will not.’\n")
    assert got[-1][0] is not None and "Social Security" in got[-1][0]
