"""Sentences and tokens around quotes, with the quoted words kept opaque.

Attribution reads the narrative around a quote ("…," the senator said Tuesday), so the
text is split into sentences whose boundaries never fall inside a quote, and each sentence
is tokenized with every quote as a single placeholder token. One pass, linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.spans import QuoteSpan

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ABBREVIATIONS: Final = lx.ABBREVIATIONS
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
COUNT_NOUNS: Final = lx.COUNT_NOUNS
CUE_FORMS: Final = lx.CUE_FORMS
ENDING_ABBREVIATIONS: Final = lx.ENDING_ABBREVIATIONS
FINITE_WORDS: Final = lx.FINITE_WORDS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
FRONTED_PREPOSITIONS: Final = lx.FRONTED_PREPOSITIONS
SPEECH_SETTING_WORDS: Final = lx.SPEECH_SETTING_WORDS
TIME_PREPOSITIONS: Final = lx.TIME_PREPOSITIONS
SETTING_LINKS: Final = lx.PREPOSITIONS_OF_SETTING | lx.PREPOSITIONS
PRONOUNS: Final = lx.PRONOUNS
SENTENCE_OPENERS: Final = lx.SENTENCE_OPENERS
SUBORDINATORS: Final = lx.SUBORDINATORS
WORD_ABBREVIATIONS: Final = lx.WORD_ABBREVIATIONS

LEFT_WINDOW: Final = 400
"""How far before a quote (in characters) a cue or subject is looked for: bounded, so a
huge sentence stays linear."""

END: Final = re.compile(r"[.!?…\n](?:(?<=\n)\s*|(?<!\n)[.!?…]*[\"”’»)\]]*[ \t\u00a0]+)")
"""A sentence end ("." "?!" "…" with closing marks, then spaces) or a newline and the
space after it. It opens with one character class so that the regex engine can skip to
the next candidate (twice as fast as the two alternatives side by side)."""
TOKEN: Final = re.compile(
    r"(?<![\w:])\d{1,2}:\d\d(?![\w:])|\d{1,3}(?:,\d{3})++(?![\w’'&])(?:-[\w’'&\-]*+)?|[@#]?\w[\w’'&\-]*+(?:\.(?=\w)[\w’'&\-]*+)*+\.?|[^\w\s]"
)
"""A clock time ("6:12": one word, so "posted at 6:12 a.m., read" has no colon to end a
clause at; not a piece of "00:14:12"), a number with thousands commas ("2,500": one word,
so "2,500 nurses" is one noun phrase, while "in 2019, 2020" and "Lee, 45," keep their
commas), a word (inner periods only before a letter: "U.S", "e.g") or one mark; possessive
quantifiers, as nothing after the run can make it give characters back (faster)."""
QUOTE_OPENING: Final = 60
"""How much of a quote its token keeps (``Token.words``): a bounded look at its opening."""
PARTY_STATE: Final = re.compile(r"[A-Z]-[A-Z][A-Za-z]{0,4}\Z")  # R-Ky. D-Nev.


@dataclass(slots=True, eq=False, init=False)
class Token:
    """A word or punctuation mark; ``quote`` is the index of the quote it stands for, or -1.
    Never changed once built."""

    text: str
    lower: str
    start: int
    end: int
    quote: int
    words: str
    """A quote's opening words (up to ``QUOTE_OPENING`` characters inside the marks), else "":
    whether a quoted stretch is someone's words or a description of them ("heard the crowd
    chanting “Out, out”" against "heard the men arguing late into “the small hours”")."""
    is_cap: bool = field(init=False)
    """Capitalised (or an @handle): read about twice per token, so it is worked out once."""

    def __init__(self, text: str, lower: str, start: int, end: int, quote: int = -1, words: str = "") -> None:
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.quote = quote
        self.words = words
        c = text[:1]
        self.is_cap = c.isupper() or (c == "@" and len(text) > 1)


def possessive(tok: Token) -> bool:
    """ "Lee's", and a capitalised name ending in s with a bare apostrophe ("Andrews’")."""
    return (tok.text.endswith(POSSESSIVE_S) and len(tok.text) > 3) or (
        tok.text.endswith(("s’", "s'")) and tok.text[:1].isupper() and len(tok.text) > 3
    )


def index(tokens: list[Token], tok: Token, hint: int = -1) -> int:
    """Where this very token stands in ``tokens`` (looked for back from ``hint``, then on), or -1."""
    hint = len(tokens) - 1 if hint < 0 else min(hint, len(tokens) - 1)
    # list.index searches in C; a Token equals only itself (eq=False), so it finds this very
    # token. Token lists are bounded windows, so the reversed copy stays short.
    if hint >= 0:
        try:
            return hint - tokens[hint::-1].index(tok)
        except ValueError:
            pass
    try:
        return tokens.index(tok, hint + 1)
    except ValueError:
        return -1


def sentence_bounds(text: str, spans: list[QuoteSpan]) -> list[int]:
    """Start offsets of sentences (sorted, first is 0). A quote never contains a boundary,
    but a quote that ends a sentence ("…." She left) closes it."""
    starts = [0]
    first = turn_label_end(text, 0)
    if first > 0:
        starts.append(first)
    qi = 0
    nq = len(spans)
    ends = [s.end for s in spans]
    for m in END.finditer(text):
        pos, nxt = m.span()
        while qi < nq and ends[qi] + 1 <= pos:
            qi += 1
        mark = text[pos]
        if qi < nq and spans[qi].start - 1 <= pos < ends[qi] and not (mark == "\n" and spans[qi].continues):
            continue  # inside a quote
        if mark == "\n":
            if is_line_break_boundary(text, pos):
                starts.append(nxt)
                after = turn_label_end(text, nxt)
                if after > nxt:
                    starts.append(after)
            continue
        if not starts_sentence(text, nxt):
            continue
        if mark == "." and is_abbreviation(text, pos, nxt):
            continue
        starts.append(nxt)
    # a quote ending in sentence punctuation and followed by a capital ends the sentence.
    for s in spans:
        k = s.end
        while k > s.start and text[k - 1].isspace():
            k -= 1  # the quoted words' last character (as rstrip would leave it)
        close = s.close_at
        nxt = skip_space(text, close)
        if k > s.start and text[k - 1] in ".!?" and nxt > close and starts_sentence(text, nxt):
            if (
                text.startswith(("—", "–", "-"), nxt)
                and text[nxt : nxt + 8].lstrip("—–- “\"‘'")[:1].islower()
            ):
                continue  # "“Build it!” - “and we will …”": a dash and a lower-case word go on
            starts.append(nxt)
    return sorted(set(starts))


TURN_LABEL: Final = re.compile(r"(?:[QA]|[A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+)?):[ \t\u00a0]+(?=\S)")
"""A speaker's label opening a line of an interview ("Q: ", "A: ", "HALE: ")."""


def turn_label_end(text: str, pos: int) -> int:
    """Where the words after a line's speaker label start ("A: She looked at me and said,
    “…”"): the label is no subject of the line's first sentence, which starts after it; else
    ``pos``."""
    m = TURN_LABEL.match(text, pos)
    return m.end() if m is not None else pos


def skip_space(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos] in " \t\u00a0":
        pos += 1
    return pos


SENTENCE_OPENING_MARKS: Final = "“\"«„‘(['`—-"


def starts_sentence(text: str, pos: int) -> bool:
    c = text[pos : pos + 1]
    return c.isupper() or c.isdigit() or c in SENTENCE_OPENING_MARKS


def is_abbreviation(text: str, pos: int, nxt: int) -> bool:
    """The word before the period at ``pos`` is an abbreviation or an initial (J. Smith) that
    does not end the sentence (``nxt``: where the next would start; see ``ends_on_abbreviation``)."""
    space = text.rfind(" ", max(0, pos - 13), pos)
    word = text[space + 1 : pos] if space >= 0 else ""
    if word.isalpha():  # the usual case: a word after a space (what the walk back below would find)
        low = word.lower()
        found = (len(word) == 1 and word.isupper() and len(low) == 1) or (
            low in ABBREVIATIONS and abbreviation(word, text, pos + 1)  # mostly not one
        )
    else:
        i = pos
        while i > 0 and pos - i < 12 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
        low = text[i:pos].lower()
        found = (len(low) == 1 and text[i].isupper()) or abbreviation(text[i:pos], text, pos + 1)
    return found and not ends_on_abbreviation(low, text, nxt)


def abbreviation(word: str, text: str, after: int) -> bool:
    """Whether ``word`` before a period is an abbreviation: one spelt like an ordinary word
    only when capitalised ("Mass.", not "she was ill."), and "no." only before a number."""
    low = word.lower()
    if low not in ABBREVIATIONS:
        return False
    if low not in WORD_ABBREVIATIONS:
        return True
    if low == "no":
        return text[after : after + 3].strip()[:1].isdigit()  # "No. 4", "room no. 4"
    return word[:1].isupper()


def ends_on_abbreviation(word: str, text: str, nxt: int) -> bool:
    """ "… mills in Wexmoor Co. He adds …": an abbreviation (``word``) that can close a phrase (a
    place, a time, "Inc.") followed by a pronoun or article opening a clause ends the sentence;
    a title ("Sen.", "Dr.") never does."""
    if word not in ENDING_ABBREVIATIONS:
        return False
    m = re.match(r"[A-Z][a-z]*\b", text[nxt : nxt + 12])
    return m is not None and m.group().lower() in SENTENCE_OPENERS


def line_start_within(text: str, lo: int, at: int) -> int:
    """The start of the line holding ``at`` when it starts at or after ``lo``, else -1: a label
    opening the line right before a quote is looked for this near, and a text on one line is
    never read back to its start for each quote."""
    line = text.rfind("\n", lo, at) + 1
    return -1 if line == 0 and lo > 0 else line


def is_line_break_boundary(text: str, pos: int) -> bool:
    """A single newline ends a sentence unless it is a hard wrap inside running prose."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    prev = text[j] if j >= 0 else "\n"
    k = skip_space(text, pos + 1)
    nxt = text[k : k + 1]
    # a wrap goes on after a word or a comma; a stop, a closing mark or a blank line ends the sentence
    return nxt in ("\n", "") or nxt in '“"«„#*->|' or (not prev.isalnum() and prev != ",")


def first_comma(tokens: list[Token], a: int, b: int) -> int:
    """Where the first comma in ``tokens[a:b]`` stands (``b`` bounds the read), or -1."""
    return next((k for k in range(a, b) if tokens[k].text == ","), -1)


def sentence_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def quote_token(text: str, q: QuoteSpan, at: int, end: int, qi: int, lower: str = "<q>") -> Token:
    """The one token a quote stands as (``<Q>``, from ``at`` to ``end``), carrying its opening
    words (``Token.words``, at most ``QUOTE_OPENING`` characters) for readers that ask whether
    the quoted stretch is someone's words."""
    return Token("<Q>", lower, at, end, qi, text[q.start : min(q.end, q.start + QUOTE_OPENING)])


def tokenize(text: str, start: int, end: int, spans: list[QuoteSpan], first_quote: int) -> list[Token]:
    """Tokens of ``text[start:end]``; the quotes from ``first_quote`` on that lie inside it
    become one placeholder token each (marks included)."""
    tokens: list[Token] = []
    pos = start
    qi = first_quote
    while pos < end:
        if qi < len(spans) and spans[qi].open_at < end:
            q = spans[qi]
            qs = q.open_at
            qe = min(end, q.close_at)
            words(text, pos, max(pos, qs), tokens)
            # "<q,>": the quoted words end in a comma ("“…,” she said"), which closes a clause
            # as a comma outside the marks would
            closing = text[max(q.start, q.end - 2) : q.end].rstrip()[-1:]
            tokens.append(quote_token(text, q, max(qs, start), qe, qi, "<q,>" if closing == "," else "<q>"))
            pos = max(pos, qe)
            qi += 1
            continue
        words(text, pos, end, tokens)
        break
    return tokens


def words(text: str, start: int, end: int, out: list[Token] | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` (no quote set apart), appended to ``out`` or a new list.

    The stretch is split at blanks first (``str.split``: the same blanks as the regex's
    ``\\s``), as no token holds or looks past one: a piece of letters and digits only
    (``str.isalnum``: the regex's ``\\w`` less "_") is one token, any other piece is cut by
    TOKEN. The regex engine costs about 200 ns a token, and most tokens are plain words."""
    out = [] if out is None else out
    pos = start
    for piece in text[start:end].split():
        s = text.find(piece, pos)  # only blanks stand between pos and the piece
        pos = s + len(piece)
        if piece.isalnum():
            add_word(out, text, piece, s, pos)
            continue
        e = s
        for w in TOKEN.findall(text, s, pos):
            add_word(out, text, w, e, e + len(w))  # the piece's tokens follow one another
            e += len(w)
    return out


def add_word(out: list[Token], text: str, w: str, s: int, e: int) -> None:
    """Append the token ``w`` found at ``text[s:e]`` to ``out`` (see ``words``): a period
    after a word that is no abbreviation is a token of its own, and an acronym spelt as a
    pronoun in a noun phrase ("a former IT manager") keeps its capitals."""
    if w[-1] == "." and len(w) > 1 and w[0] != ".":
        core = w[:-1]
        low = core.lower()
        if not (
            abbreviation(core, text, e)
            or (len(core) == 1 and core.isupper())
            or "." in core
            or PARTY_STATE.match(core)
        ):
            out.append(Token(core, low, s, e - 1))
            out.append(Token(".", ".", e - 1, e))
            return
    low = w.lower()
    if low in PRONOUNS and len(w) > 1 and w.isupper() and out and modifier_slot(out[-1], text, e):
        low = w  # "the company's former IT manager": an acronym, not the pronoun "it"
    out.append(Token(w, low, s, e))


def modifier_slot(prev: Token, text: str, e: int) -> bool:
    """Whether the word ending at ``e`` stands inside a noun phrase of mixed-case text:
    after a determiner, a lower-case modifier or a possessive and before a lower-case word, where no
    pronoun stands ("the agency's IT chief", "a former IT manager"; not "said IT was")."""
    before = (
        (prev.text.isalpha() and prev.text.islower() and prev.lower not in FINITE_WORDS)
        or possessive(prev)
        or prev.lower in ARTICLES_AND_POSSESSIVES
    )
    return before and prev.lower not in CUE_FORMS and text[e : e + 1] == " " and text[e + 1 : e + 2].islower()


READ_STEP: Final = 24
"""How many characters ``words_ahead``/``words_behind`` read at a time (then on to a blank)."""


def words_ahead(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``words(text, start, end)``, read a few at a time, so that a reader that
    stops early has paid only for what it read. Each piece ends at a blank, which no token
    holds nor looks past, so the pieces give the same tokens as one read."""
    pos = start
    while pos < end:
        b = text.find(" ", pos + READ_STEP, end) if pos + READ_STEP < end else -1
        b = end if b < 0 else b
        yield from words(text, pos, b)
        pos = b


def words_behind(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``words(text, start, end)`` from the last back, read a few at a time (as
    ``words_ahead``)."""
    pos = end
    while pos > start:
        b = text.rfind(" ", start, pos - READ_STEP) if pos - READ_STEP > start else -1
        b = start if b < 0 else b
        yield from reversed(words(text, b, pos))
        pos = b


def finite(tok: Token) -> bool:
    """A word that is (most likely) a finite verb: one of FINITE_WORDS, or a lower-case word
    in "-ed" but for a noun of number ("Two hundred gathered": "hundred" is no verb)."""
    low = tok.lower
    if low in FINITE_WORDS:
        return tok.text[:1].islower()
    return (
        len(low) > 4
        and low.endswith("ed")
        and tok.text[:1].islower()
        and tok.text.isalpha()
        and low not in COUNT_NOUNS
    )


def cue_word(tok: Token) -> bool:
    """A verb of saying in lower case ("said", "says", "added")."""
    return tok.lower in CUE_FORMS and tok.text.islower()


def opens_clause(low: str) -> bool:
    """Whether the word ``low`` opening a fronted stretch makes it a clause ("When Kerr took
    over, she …"), not a phrase: a subordinator, but for one that is a preposition of setting
    too ("After a long pause, she …")."""
    return low in SUBORDINATORS and low not in PREPOSITIONS_OF_SETTING


def fronted_phrase(tokens: list[Token]) -> bool:
    """ "Last year, at a forum in Denver, she …", "In an interview with the Courier, he …":
    the words before a he/she (or an "it": "The next day, it said") are a phrase with no verb
    of its own, closed by a comma right before the pronoun, so the pronoun is its sentence's
    subject as if it opened it ("After a long pause, she …": "after" with no verb is a
    preposition); not a fronted clause ("When Kerr took over, she …", whose subject it may
    stand for)."""
    return (
        len(tokens) >= 2
        and tokens[-1].text == ","
        and not opens_clause(tokens[0].lower)
        and not any(t.quote >= 0 or finite(t) or cue_word(t) for t in tokens)
    )


def bare_fronted_phrase(tokens: list[Token]) -> bool:
    """ "In a statement they said", "On Monday she said": a short phrase of setting fronted
    with no comma before the pronoun, a capitalised preposition (from FRONTED_PREPOSITIONS)
    and a noun phrase of at most three words (an article or a name first), no verb, quote or
    mark among them: the pronoun is the sentence's subject, as after a comma. Not "In the
    letter they sent, …" (the pronoun opens a relative clause: the caller reads a pronoun
    only as a cue's subject)."""
    n = len(tokens)
    if not 2 <= n <= 4 or not tokens[0].is_cap or tokens[0].lower not in FRONTED_PREPOSITIONS:
        return False
    if not (tokens[1].lower in ARTICLES_AND_POSSESSIVES or (n == 2 and tokens[1].is_cap)):
        return False
    return all(t.quote < 0 and t.text[:1].isalnum() and not finite(t) and not cue_word(t) for t in tokens[1:])


def speech_setting(tokens: list[Token]) -> bool:
    """ "In a statement", "On Monday", "In a letter on Friday,": every noun that ends a
    phrase of the fronted ``tokens`` (before a comma, a preposition or the end) is what
    carries words or a time (SPEECH_SETTING_WORDS), so a body's "they" after it is the body
    speaking; not a place ("At the pub they said", "In the village they say"), which moves
    the scene to the people there. A phrase of time ("After the hearing,") is one whatever
    its noun."""
    n = len(tokens)
    if n and tokens[0].lower in TIME_PREPOSITIONS and SETTING_LINKS.isdisjoint(t.lower for t in tokens[1:]):
        return True
    heads = [
        t.lower
        for i, t in enumerate(tokens)
        if i > 0
        and t.text[:1].isalnum()
        and (i + 1 == n or tokens[i + 1].text == "," or tokens[i + 1].lower in SETTING_LINKS)
    ]
    return bool(heads) and all(h in SPEECH_SETTING_WORDS for h in heads)


def opening_pronoun(tokens: list[Token]) -> str:
    """The he or she that is the subject the sentence ``tokens`` opens with ("She smiled",
    "“He is right,” …"), or the first after a phrase fronted before it ("Asked about it, she
    smiled": see ``fronted_phrase``); "" when the sentence opens otherwise."""
    k = 1 if tokens and tokens[0].text in "“\"‘'" else 0
    for j in range(k, min(len(tokens), k + 24)):  # a bounded read into the sentence
        if tokens[j].lower in ("he", "she"):
            return tokens[j].lower if j == k or fronted_phrase(tokens[k:j]) else ""
    return ""
