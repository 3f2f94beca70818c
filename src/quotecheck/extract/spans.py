"""Quotation spans: pairs of quote marks, found in one left-to-right pass.

The pass is a small state machine over the marks a single regex finds, so hostile input
(a million marks, no newlines, 50 MB) stays linear. Rules, after CoreNLP's QuoteAnnotator
and newsroom practice:

- double marks of every style pair up: "…", “…”, „…“, «…», »…«, ``…''; a closing mark
  written the wrong way (“…“, ”…”) still closes; a mark's direction is read from the
  characters around it, not from its glyph, when the glyph lies;
- a double mark that opens inside an open quote (a space before it, a word after it:
  “She named it “grim” and went home.”) opens a nested quote that stays part of the outer one,
  rather than closing it as a wrong-way closer;
- single marks (‘…’, and `…' as typewriters wrote them) are nested quotes inside a double
  quote and stay part of it; which style is outer is decided for each group of overlapping
  quotes on its own (British style, ‘outer “inner”’, in one paragraph; American “outer
  ‘inner’” in the next); a single-marked quote that overlaps none is a quote in a
  document that uses no double marks, or mostly single ones, or in a paragraph whose
  single-marked quotes carry their own tag (‘We listen,’ she said); an apostrophe (won’t,
  Jones’, ’90s, ’tis, the horses’ hooves, sittin’ there) is never a mark;
- a mark that opens inside an open quote of the same kind (a space before it, a word
  after it) opens a nested quote, with straight marks too ("call that "bad"... no") and
  with a doubled apostrophe (“''They agreed.'' But…”, an archive's lost inner mark);
- a quote never runs past its paragraph: an unclosed quote whose next paragraph re-opens
  with the same kind of mark (straight or typeset) is a multi-paragraph quote (each
  paragraph a span, ``continues`` set on all but the last); any other unclosed mark is
  dropped;
- fullwidth marks (＂…＂) pair up as straight ones do; CJK corner brackets 「…」 are quotes
  with 『…』 nested inside them, their direction read from the glyph;
- marks inside markup tags (``<tweet author="x">``) are attribute syntax, not quotes; so is
  a mark right after ``=`` (an ``attr="`` of a tag too long or too broken to read whole).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Final

from quotecheck.extract import lexicon as lx

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
BE_FORMS: Final = lx.BE_FORMS
COORDINATORS: Final = lx.COORDINATORS
CUE_FORMS: Final = lx.CUE_FORMS
DEGREE_WORDS: Final = lx.DEGREE_WORDS
DETERMINERS: Final = lx.DETERMINERS
DROPPED_G_WORDS: Final = lx.DROPPED_G_WORDS
ELIDED_WORDS: Final = lx.ELIDED_WORDS
NOUN_AUXILIARIES: Final = lx.NOUN_AUXILIARIES
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
PRONOUNS: Final = lx.PRONOUNS
SUBORDINATORS: Final = lx.SUBORDINATORS
VERB_OPENERS: Final = lx.VERB_OPENERS

# Every alternative opens with a single character (no class), so that the regex engine can
# skip to the next candidate mark (twice as fast as with a class among them).
DOUBLE: Final = re.compile(r"``|''|“|”|\"|«|»|„|＂|「|」|『|』|\n|<[A-Za-z/][^<>\n]{0,300}>")
APOSTROPHES: Final = r"‘(?!\d)(?<![^\W_]‘)|’(?!\d)(?!(?<=[^\W_]’)[^\W_])|'(?!\d)(?!(?<=[^\W_]')[^\W_])"
"""Single marks less those that are apostrophes for sure (’90s, won’t: a digit after, a
letter or digit on both sides; ‘ after one), which the scan never sees."""
SINGLE: Final = re.compile(rf"''+|``+|{APOSTROPHES}|`|\n|<[A-Za-z/][^<>\n]{{0,300}}>")
SINGLE_MARK: Final = re.compile(rf"''|``|{APOSTROPHES}|`")
"""Any mark SINGLE can match but newlines and tags: where there is none, the single-mark
scan finds no quote, and its pass over every newline can be skipped."""


def has_single_marks(text: str) -> bool:
    """Whether SINGLE_MARK matches anywhere in ``text``: each candidate character is found by
    ``str.find`` and tested where it stands: much faster than a regex search through the
    whole text, which tests every character."""
    for ch in "‘’'`":
        k = text.find(ch)
        while k >= 0:
            if SINGLE_MARK.match(text, k):
                return True
            k = text.find(ch, k + 1)
    return False


CLOSERS_OF: Final = {
    "“": '”“"',
    '"': '"”“',
    "«": "»",
    "»": "«",
    "„": '“”"',
    "``": "''”\"",
    "”": '”“"',
    "‘": "’'",
    "'": "'’",
    "`": "'’",
    "＂": "＂",
    "「": "」",
    "『": "』",
}
CORNER_OPENERS: Final = "「『"
"""CJK corner brackets point the way they go, with no space around them: 「…」 quotes, and
『…』 quotes inside it (or a quote on its own where it is the text's outer mark)."""
NEXT_WORD: Final = re.compile(r" ([^\W\d_][\w’'-]*)")
OPEN_BEFORE: Final = set(" \t\n([{—–-/:;,\u00a0\u2009\u202f\u3000“\"‘'«„＂「『") | {""}


@dataclass(slots=True, unsafe_hash=True, init=False)
class QuoteSpan:
    """The words between a pair of marks (marks excluded). Never changed once built; slotted
    and hashed by value, not frozen: one is built per quote, and a frozen dataclass is about
    three times slower to build.

    ``continues``: the quote goes on in the next paragraph (no closing mark here)."""

    start: int
    end: int
    open_mark: str
    close_mark: str
    continues: bool
    open_at: int = field(init=False, repr=False, compare=False)
    """Where the opening mark starts (read for every quote by several sieves: stored, not a
    property, which pure Python would call each time)."""
    close_at: int = field(init=False, repr=False, compare=False)
    """Where the closing mark ends."""

    def __init__(
        self, start: int, end: int, open_mark: str, close_mark: str, continues: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.open_mark = open_mark
        self.close_mark = close_mark
        self.continues = continues
        self.open_at = start - len(open_mark)
        self.close_at = end + len(close_mark)


def find_spans(text: str, skip: frozenset[int] = frozenset()) -> list[QuoteSpan]:
    """Every top-level quotation span in ``text``, in order. ``skip``: offsets of marks that
    are no quote marks (the opening mark of each transcript turn)."""
    if any(m in text for m in ("“", "”", '"', "«", "„", "``", "＂", "「", "『")):  # any double mark
        doubles = scan(text, DOUBLE, skip)
        if "‘" not in text and "'" not in text and "`" not in text:
            return doubles
        singles = scan(text, SINGLE, skip) if has_single_marks(text) else []
        return outer_of_each_region(text, singles, doubles)
    if "''" in text:
        return []  # ''…'' is an archive's lost double mark: its single marks are nested
    return scan(text, SINGLE, skip)


def outer_of_each_region(text: str, singles: list[QuoteSpan], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Both styles' quotes, each group of overlapping ones decided on its own: ‘outer
    “inner”’ keeps the single-marked quote, “outer ‘inner’” (or a crossing) the double-marked
    one. A double-marked quote that overlaps nothing stands. A single-marked one that overlaps
    nothing is a quote where single marks are the quote marks: in the article as a whole
    (more single-marked quotes than double-marked ones at the top), or in its paragraph (one
    of its quotes carries its own dialogue tag, ‘We listen,’ she said; or holds “inner” ones);
    elsewhere it is an American headline's or subhead's style, or a stray, as before."""
    if not singles:  # every group is double-marked quotes alone, all kept
        return sorted(doubles, key=lambda s: (s.start, -s.end))
    single_set = set(singles)
    merged = sorted([*singles, *doubles], key=lambda s: (s.start, -s.end))
    kept: list[QuoteSpan] = []
    lone: list[QuoteSpan] = []
    single_paragraphs: set[int] = set()
    starts = [m.end() for m in BLANK_LINE.finditer(text)]  # where paragraphs after the first begin
    tops = -(text.count("''") // 2)  # top-level quotes in single marks, less those in double
    # marks (''…'' is an archive's lost double mark, which the double scan only nests)
    i = 0
    while i < len(merged):
        j, end = i + 1, merged[i].end
        while j < len(merged) and merged[j].start < end:
            end = max(end, merged[j].end)
            j += 1
        group = merged[i:j]
        ss = [s for s in group if s in single_set]
        ds = [s for s in group if s not in single_set]
        if not ds:
            lone.extend(ss)
            tops += len(ss)
            if tagged(text, ss[0]):
                single_paragraphs.add(bisect.bisect_right(starts, ss[0].start))
        elif ss and british(ss, ds):
            kept.extend(ss)
            tops += len(ss)
            single_paragraphs.add(bisect.bisect_right(starts, ss[0].start))
        else:
            kept.extend(ds)
            tops -= len(ds)
        i = j
    if tops <= 0:
        lone = [s for s in lone if bisect.bisect_right(starts, s.start) in single_paragraphs]
    return sorted([*kept, *lone], key=lambda s: s.start) if lone else kept


OPENING_WORDS: Final = PRONOUNS | DETERMINERS
BLANK_LINE: Final = re.compile(r"\n[ \t\u00a0]*\n")


def tagged(text: str, span: QuoteSpan) -> bool:
    """‘We listen,’ she said; ‘Why?’ asked Lee; ‘No,’ the harbour master said: the quote ends
    as speech ends and a speech verb follows within a few words, in the same sentence."""
    inner = text[span.start : span.end].rstrip()
    if inner[-1:] not in (",", "?", "!", "—", "–", "…") or span.continues:
        return False
    close_at = span.close_at
    if text[close_at : close_at + 1] not in (" ", "\t", "\u00a0"):
        return False
    words = text[close_at : close_at + 60].split("\n", 1)[0].split()[:4]
    if not words or (inner[-1] in "?!" and words[0][:1].isupper() and words[0].lower() in OPENING_WORDS):
        return False  # ‘Why?’ They left: a new sentence, not the quote's tag
    for word in words:
        if word.lower().strip(",.;:!?") in CUE_FORMS:
            return True
        if word[-1:] in ".!?;:":
            return False
    return False


def inside(span: QuoteSpan, outer: list[QuoteSpan], starts: list[int]) -> bool:
    """``span`` lies within one of ``outer`` (spans in text order, ``starts`` their starts)."""
    k = bisect.bisect_right(starts, span.start) - 1
    return k >= 0 and outer[k].start <= span.start and span.end <= outer[k].end


def british(singles: list[QuoteSpan], doubles: list[QuoteSpan]) -> bool:
    """‘outer “inner”’: the double marks sit inside single ones more than the other way
    round, and the single-marked quotes outnumber the double-marked ones at the top."""
    single_starts, double_starts = [s.start for s in singles], [d.start for d in doubles]
    doubles_inside = sum(inside(d, singles, single_starts) for d in doubles)
    singles_inside = sum(inside(s, doubles, double_starts) for s in singles)
    return doubles_inside > singles_inside and len(singles) - singles_inside > len(doubles) - doubles_inside


def scan(text: str, pattern: re.Pattern[str], skip: frozenset[int] = frozenset()) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at = -1  # offset of the first quoted character, -1 when no quote is open
    open_mark = ""
    nested = False  # a double-marked quote is open inside the open quote
    nested_seen = False  # the open quote has had a quote nested inside it
    kept = 0  # len(spans) when the open quote opened
    flat_until = -1  # a paragraph re-read with its stray opener skipped: no nesting up to here
    n = len(text)
    start = 0
    single = pattern is SINGLE
    while True:
        rescan = -1
        for m in pattern.finditer(text, start):
            mark = m.group()
            if mark == "\n" and open_at < 0:
                continue  # a newline matters only inside a quote (never in ``skip``: marks only)
            pos = m.start()
            if mark[0] == "<" or (single and mark[:2] in ("''", "``")) or pos in skip:
                continue  # a tag; a doubled apostrophe or backtick (''…'', ``…'') is a double mark
            if mark == "\n":
                if is_paragraph_break(text, pos):
                    mark_at = open_at - len(open_mark)
                    if (
                        reopens(text, pos, open_mark)
                        and not elision(text, mark_at)  # 'Tis the season …: no quote to go on
                        and introduced(text, paragraph_floor(text, mark_at), mark_at)
                        and not (nested_seen and pos > flat_until and ends_with_closer(text, pos))
                    ):
                        span = unclosed(text, open_at, pos, open_mark)
                        if span is not None:
                            spans.append(span)
                    elif nested_seen and pos > flat_until:
                        rescan, flat_until = open_at, pos  # a stray opener swallowed real quotes
                        break
                    open_at, nested = -1, False
                continue
            before = text[pos - 1] if pos > 0 else ""
            mark_end = pos + len(mark)
            after = text[mark_end] if mark_end < n else ""
            if before == "=" and mark in ('"', "“", "”", "'"):
                continue  # attr="…" of a tag too long to be read as one: markup, not a quote
            if mark in ("‘", "’", "'") and (
                in_n(text, pos)
                or (
                    open_at >= 0
                    and (
                        elision(text, pos)
                        or possessive(text, pos, open_at)
                        or dropped_g_close(text, pos, open_at)
                    )
                )
            ):
                continue  # rock ’n’ roll; inside a quote also ’tis, the horses’ hooves and singin’,’ (won’t
                # and ’90s never reach here: SINGLE skips them)
            opener_like = before in OPEN_BEFORE and after != "" and not after.isspace()
            closer_like = before != "" and not before.isspace() and not after.isalnum()
            if open_at < 0:
                if mark in CORNER_OPENERS or (
                    mark in CLOSERS_OF
                    and not (mark == '"' and before.isdigit())  # 6'2": an inch mark after a digit
                    and (opener_like or (mark not in "”’»" and not closer_like))
                ):
                    open_at, open_mark = m.end(), mark
                    kept, nested_seen = len(spans), False
                continue
            if nested:
                if closer_like or mark in "”»』":
                    nested = False  # the end of a quote inside the quote
                continue
            if mark == "『" and open_mark == "「":
                nested = nested_seen = True  # 「…『…』…」: a quote inside the quote
                continue
            if (
                (mark in ("“", "«", "„") or (mark in ('"', "''") and straight_opener(before, open_mark)))
                and opener_like
                and not closer_like
                and (pos > open_at or mark == "''")
                and pos > flat_until
            ):
                nested = nested_seen = True  # “She named it “grim” and went home.”: a nested quote
                continue
            if mark in CLOSERS_OF[open_mark] or (
                mark == "''" and (open_mark == "``" or (open_mark in ('"', "“") and closer_like))
            ):
                if (pos > open_at and not text[open_at].isspace()) or text[open_at:pos].strip():
                    spans.append(QuoteSpan(open_at, pos, open_mark, mark))
                elif pos == open_at and mark in CLOSERS_OF and opener_like:
                    open_at, open_mark = m.end(), mark  # a doubled opening mark ("“You…): open at the second
                    continue
                open_at = -1
        else:
            if open_at >= 0 and nested_seen and n > flat_until:
                rescan, flat_until = open_at, n
        if rescan < 0:
            return spans
        # “The vote was “rigged,” Lee said. “We will appeal.”: the paragraph ended with the
        # first mark still open, so it was a stray: read the paragraph again without it (once,
        # with no nesting, which keeps the pass linear).
        del spans[kept:]
        start, open_at, nested, nested_seen = rescan, -1, False, False


def straight_opener(before: str, open_mark: str) -> bool:
    """A straight mark (or a doubled apostrophe) opens a nested quote only after a space or
    an opening bracket: ``audiences,"Katie`` is a closer with its space left out."""
    return open_mark != "``" and (before.isspace() or before in '([{—–“"')


def ends_with_closer(text: str, pos: int) -> bool:
    """The paragraph ending at ``pos`` ends on a closing mark: a quote closed there, so the
    first mark left open was a stray, not a quote running on into the next paragraph."""
    k = pos
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k > 0 and text[k - 1] in '”"»'


def is_paragraph_break(text: str, pos: int) -> bool:
    """A newline ends a paragraph when a blank line follows or the next line opens a quote
    (hard-wrapped text keeps a quote going across single newlines)."""
    c = text[pos + 1 : pos + 2]
    if c not in (" ", "\t", "\u00a0"):  # no blanks to step over (the usual case)
        return c in ("\n", "") or c in '“"«„`‘'
    nxt = text[pos + 1 : pos + 40].lstrip(" \t\u00a0")
    return nxt[:1] in ("\n", "") or nxt[:1] in '“"«„`‘'


def paragraph_floor(text: str, mark_at: int) -> int:
    """Where ``introduced`` reads from: the start of the paragraph holding the mark at
    ``mark_at`` (after the last newline that breaks a paragraph), or 200 characters back if
    that is nearer. Found when needed, so the scan can skip newlines outside quotes."""
    lo = max(0, mark_at - 200)
    k = text.rfind("\n", lo, mark_at)
    while k >= 0:
        if is_paragraph_break(text, k):
            return k + 1
        k = text.rfind("\n", lo, k)
    return lo


def introduced(text: str, para_start: int, mark_at: int) -> bool:
    """A quote running on into the next paragraph opens its paragraph or a sentence, or
    follows a colon or comma ("She said: “…"); a stray mark mid-sentence does not."""
    before = text[max(para_start, mark_at - 200) : mark_at].rstrip()
    return before == "" or before[-1] in ":,.!?”\"'"


STRAIGHT_MARKS: Final = "\"'`"


def reopens(text: str, pos: int, open_mark: str) -> bool:
    """The next paragraph starts with an opening mark of the quote's own kind, typewriter
    (straight) or typeset: the quote goes on there. A typeset “ under a paragraph opened by a
    straight " starts a new quote; the " was a stray (a block quote's marker, say). A straight
    ' goes on only a quote opened by one (British copy typed on a typewriter's keys)."""
    nxt = text[pos + 1 : pos + 200].lstrip()
    if nxt[:1] == "'":  # a typewriter single mark reopens only a quote it opened (not '90s)
        return open_mark == "'" and nxt[1:2].isalpha()
    if nxt[:1] not in '“"«„`‘' or nxt[1:2].isspace():
        return False
    return (nxt[:1] in STRAIGHT_MARKS) == (open_mark[:1] in STRAIGHT_MARKS)


def unclosed(text: str, open_at: int, para_end: int, mark: str) -> QuoteSpan | None:
    """The part of a multi-paragraph quote in one paragraph (no closing mark)."""
    end = para_end
    while end > open_at and text[end - 1].isspace():
        end -= 1
    if end <= open_at:
        return None
    return QuoteSpan(open_at, end, mark, "", continues=True)


def in_n(text: str, pos: int) -> bool:
    """rock 'n' roll, rock ’n’ roll: both marks around the "n" are apostrophes."""
    a, b = text[pos - 2 : pos + 1].lower(), text[pos : pos + 3].lower()
    return (a[1:2] == "n" and a[:1] in "'’‘" and a[:1] != "") or (b[1:2] == "n" and b[2:3] in "'’")


def elision(text: str, pos: int) -> bool:
    """’tis, ’twas, ’em: a mark before a word that lost its first letters is an apostrophe."""
    end = pos + 1
    while end < len(text) and end - pos <= 6 and text[end].isalpha():
        end += 1
    word = text[pos + 1 : end].lower()
    return bool(word) and word in ELIDED_WORDS and (end == len(text) or not text[end].isalnum())


def possessive(text: str, pos: int, open_at: int) -> bool:
    """the horses’ hooves, nothin’ happened: a mark after a plural's "s", or after the "in" of
    a word that dropped its g (sittin’, goin’: the word with its g back is an -ing form; not
    ‘spin’, ‘margin’, ‘Berlin’), before a lower-case word that is no pronoun or speech verb
    (‘…the horses’ she said: a closing mark), is an apostrophe (the quote opened at
    ``open_at``); a speech noun after a possessive (the bosses’ call has been …) shows itself
    by the verb after it, an auxiliary that is a noun too (the members’ will on this) by the
    word after it."""
    if pos < 4 or text[pos] == "‘":
        return False
    if text[pos - 1] in "sS":
        dropped_g = False
    elif text[pos - 2 : pos] == "in":
        if not dropped_g_word(text, pos, open_at):
            return False
        dropped_g = True
    else:
        return False
    m = NEXT_WORD.match(text, pos + 1)
    if m is None or not m.group(1)[0].islower():
        return False
    word = m.group(1).lower()
    opens = opens_sentence(text, open_at)
    if word in NOUN_AUXILIARIES and not dropped_g and not opens:
        nxt = NEXT_WORD.match(text, m.end())
        return nxt is None or not verb_after_auxiliary(nxt.group(1))
    if word in VERB_OPENERS and (dropped_g or word in BE_FORMS or not opens):
        return False  # ‘war on motorists’ has come under fire: a verb follows a subject, not an owner
    if word in SUBORDINATORS or word in COORDINATORS:
        return False
    if dropped_g:
        return word not in PRONOUNS and word not in CUE_FORMS and word not in DETERMINERS
    if word in NOUN_PREPOSITIONS or word in BE_FORMS:
        return False  # ‘wasted millions’ on a mall, ‘outplayed for ten minutes’ after: a possessive is followed by what it owns
    if word in PRONOUNS or word in ARTICLES_AND_POSSESSIVES:
        return False  # ‘deeply regrets’ the loss: an owner's mark never stands before an article
    if word in CUE_FORMS:  # the bosses’ call has been …, not ‘…the horses’ said Lee
        nxt = NEXT_WORD.match(text, m.end())
        return nxt is not None and nxt.group(1).lower() in VERB_OPENERS
    return not opener_first(text, pos)


def opener_first(text: str, pos: int) -> bool:
    """After the typeset ’ at ``pos``, the paragraph opens a new ‘quote (a space before it, a
    letter after) before it holds another ’: ‘the most generous’ host … called her ‘a
    pioneer’: the ’ closed the open quote, or the next quote would open inside it."""
    if text[pos] != "’":
        return False
    para_end = text.find("\n", pos)
    if para_end < 0:
        para_end = len(text)
    opener = text.find("‘", pos, para_end)
    while opener >= 0 and elision(text, opener):
        opener = text.find("‘", opener + 1, para_end)  # ‘til, ‘em, ‘cause: an apostrophe, no quote
    if opener < 0 or not text[opener + 1 : opener + 2].isalpha() or text[opener - 1] not in " (—–":
        return False
    closer = text.find("’", pos + 1, opener)
    return closer < 0 and not in_n(text, opener)


def opens_sentence(text: str, open_at: int) -> bool:
    """The quote opening at ``open_at`` (after its one-character mark) starts a paragraph or a
    sentence: words said (‘The Smiths’ has been my band since school,’ she said), not a scare
    quote inside a sentence (the council’s ‘war on motorists’ has …)."""
    k = open_at - 2
    while k >= 0 and k > open_at - 12 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?:"


def verb_after_auxiliary(word: str) -> bool:
    """A word after will/do/can that makes it the auxiliary (‘hidden charges’ will hit, not
    the fans’ will to win, the members’ will on this, the students’ do was cancelled): a
    lower-case word that is no preposition, verb opener, coordinator or "too"."""
    low = word.lower()
    return not (
        not word[:1].islower()
        or low in NOUN_PREPOSITIONS
        or low in VERB_OPENERS
        or low in BE_FORMS
        or low in COORDINATORS
        or low in SUBORDINATORS
        or low in DEGREE_WORDS
    )


DROPPED_G_BEFORE_CLOSE: Final = re.compile(r"[,.!?;:…]?(['’])(?![^\W_])")
"""After a dropped-g word's mark: the punctuation ending the words, then a closing mark."""


def dropped_g_close(text: str, pos: int, open_at: int) -> bool:
    """‘We kept singin’,’ she said; ‘Nothin’ doin’.’: the mark after the "in" of a word that
    dropped its g (the word with its g back an -ing form: see ``dropped_g_word``) with the
    quote's own closing mark of the same kind right after it (past a comma or a stop) is an
    apostrophe: the second mark closes the quote, not the first. Not ‘Don’t let it spin,’ nor
    ‘We flew to Berlin’: no -ing form, the mark closes."""
    if text[pos] == "‘" or text[pos - 2 : pos] != "in":
        return False
    after = DROPPED_G_BEFORE_CLOSE.match(text, pos + 1)
    if after is None or after.group(1) != closing_mark(text, pos, open_at):
        return False
    return dropped_g_word(text, pos, open_at)


def closing_mark(text: str, pos: int, open_at: int) -> str:
    """The single mark that closes the quote opened at ``open_at`` with an apostrophe at
    ``pos`` inside it: a curly one after a curly opener, whatever the apostrophe (‘We kept
    singin',’ she said: a typewriter apostrophe in curly copy), else the apostrophe's kind."""
    return "’" if text[open_at - 1 : open_at] == "‘" else text[pos]


def dropped_g_word(text: str, pos: int, open_at: int) -> bool:
    """The word before the mark at ``pos`` is an -ing form with its g dropped (sittin’,
    Nothin’ when it opens the quote), and the quote is no short phrase opened mid-sentence
    (a scare quote as ‘mostly spin’ or ‘sittin’ duck’ closes at its mark)."""
    start = pos
    while start > 0 and start > pos - 20 and text[start - 1].isalpha():
        start -= 1
    word = text[start:pos]
    if len(word) < 4 or word.lower() not in DROPPED_G_WORDS:
        return False
    if not word[:1].islower() and start != open_at:
        return False
    inner = text[open_at:pos]
    if not (len(inner.split()) > 3 or inner[:1].isupper()):
        return False
    single = text[open_at - 1 : open_at] in ("‘", "'") and text[open_at - 2 : open_at] != "''"
    return not single or closes_after(text, pos, closing_mark(text, pos, open_at))


def closes_after(text: str, pos: int, mark: str) -> bool:
    """Whether the single-marked quote with an apostrophe at ``pos`` still closes in its
    paragraph before another quote opens (‘… standin’ around and waitin’ at the gate. ‘We …’:
    the second mark closes, or the quote would swallow the next): a mark of the same kind ahead
    that is no apostrophe inside a word (didn’t), before any opening mark (‘, or ' before a
    word) and the paragraph's end, within a bounded reach. ``mark``: the closing mark sought."""
    end = min(len(text), pos + lx.DROPPED_G_CLOSE_REACH)
    k = pos + 1
    while k < end:
        c = text[k]
        if c == "\n" or (mark == "’" and c == "‘"):
            return False
        if c == mark:
            letter_before = text[k - 1].isalpha()
            word_after = k + 1 < len(text) and text[k + 1].isalnum()
            if word_after and not letter_before:
                return False  # ' opening a new quote
            if not (letter_before and word_after):
                return True  # a closing mark (didn’t goes on)
        k += 1
    return False
