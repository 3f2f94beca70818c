"""Document formats inside articles, which sign a quote without a sentence around it.

- a pull quote or a block signed on the next line, or after a slash or dash on its own line:
  ``“…”`` / ``— Ann Hale, mayor``, ``“…” / Ann Hale``;
- a line of readers' comments signed at its end: ``“…” more “…” ― Ann Lee``;
- a news digest filed under an all-caps headline: ``HEADLINE “excerpt” [Outlet.]``;
- a roundup entry: a headline naming who spoke (``Mayor Says Pier Stays Open``), the quote
  as a block under it, then a bracketed venue line;
- a transcript line: ``HALE: We are “very sure.”``.

Each reads a bounded stretch of text around the quote, so a huge article stays linear.
"""

from __future__ import annotations

import re

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    HEADLINE_CUES,
    NOUN_PREPOSITIONS,
    STOP,
)
from quotecheck.extract.mentions import Mention, kind_of_mention, make_mention, np_forward, verb_like
from quotecheck.extract.sentences import Token, tokenize
from quotecheck.extract.spans import QuoteSpan
from quotecheck.extract.transcripts import LABEL, name_of

HEADLINE_MAX = 300
HEADLINE_RUN = re.compile(r"[A-Z0-9][A-Z0-9’'‘,:;.\-–—$% ]*[A-Z0-9’'.!?]")


def headline_digest(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """News digests run `ALL-CAPS HEADLINE “excerpt” [Outlet.]`: with no cue anywhere, the
    capitalised headline that opens the paragraph is what the excerpt is filed under, so it
    stands as the speaker rather than leaving the quote unattributed."""
    span = spans[qi]
    open_at = span.open_at
    para = text.rfind("\n", max(0, open_at - HEADLINE_MAX), open_at) + 1
    if para == 0 and open_at > HEADLINE_MAX:
        return None  # a headline is short: a bounded look-back keeps a huge paragraph linear
    head = text[para:open_at].rstrip(" \t\u00a0")
    m = HEADLINE_RUN.fullmatch(head)
    if m is None or len(head.split()) < 3 or sum(c.isalpha() for c in head) < 8:
        return None
    tokens = tokenize(text, para, para + len(head), spans, qi)  # never empty: the head has words
    return Mention(tuple(tokens), "description", "headline", tuple(tokens))


def headline_line(text: str) -> int:
    """The end of the article's first line when it reads as a headline (short, no stop in it
    or at its end), else -1."""
    end = text.find("\n", 0, HEADLINE_MAX)
    if end <= 0:
        return -1  # no line break near the start: no headline (and never text[:-1], the whole text)
    line = text[:end]
    if line.rstrip()[-1:] in (".", ":", ";", "") or ". " in line or "? " in line:
        return -1  # a sentence, or two: prose, not a headline
    if line.rstrip(" \t”’\"'")[-1:] == ".":
        # a stop inside the closing quote: a headline only in Title Case ("… Going ‘In the Gutter.’")
        words = line.split()
        if sum(1 for w in words if w.lstrip("‘'\"“([")[:1].isupper()) * 4 < len(words) * 3:
            return -1
    return end


def headline_clause(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A quote in the article's headline, its first line, whose clause has a speaker and a
    headline cue verb: "Coach Says Team Was ‘Outplayed’", "… After Mayor Calls Cuts “…”",
    "Strike ‘Not Over Yet,’ Union Chief Says". The speaker is the words before the verb back to
    a function word; none when they join two ("Hale and Lee Say …")."""
    end = headline_line(text)
    if end < 0 or spans[qi].close_at > end:
        return None
    tokens = tokenize(text, 0, end, spans, 0)
    q = next((k for k, t in enumerate(tokens) if t.quote == qi), -1)
    if q < 0:
        return None
    v = q - 1
    while v > 0 and tokens[v].quote < 0 and tokens[v].text not in (":", ";") and not headline_cue(tokens[v]):
        v -= 1
    if v > 0 and headline_cue(tokens[v]) and not headline_verb(tokens, v, q):
        return None  # "Jury Told Hale Was “…”", "Voters Urged to …", "Calls Meeting on “…”"
    if v <= 0 or not headline_cue(tokens[v]):
        # "Strike ‘Not Over Yet,’ Union Chief Says": the quote closed by its comma, the
        # speaker and the verb end the line
        v = len(tokens) - 1
        if tokens[q].lower != "<q,>" or v - q < 2 or not headline_cue(tokens[v]):
            return None
    j = v
    while j > 0 and v - j < 4 and tokens[j - 1].quote < 0 and tokens[j - 1].text[:1].isalpha():
        low = tokens[j - 1].lower
        if low in STOP:
            break
        j -= 1
        if low in DETERMINERS:
            break  # "The Mayor Says …"
    if j == v or (j > 0 and tokens[j - 1].lower in ("and", "&")):
        return None
    np = tokens[j:v]
    if kind_of_mention(np) not in ("name", "description"):
        return None
    return Mention(tuple(np), kind_of_mention(np), tokens[v].lower, tuple(np))


def headline_verb(tokens: list[Token], v: int, q: int) -> bool:
    """The headline cue at ``v`` is the clause's present active verb: "Says", "Say", "Warns"
    (not "Told", "Urged": a past or passive form), no "to" after it ("Asked to Explain",
    "Calls to Quit"), no verb before it ("Faces Calls"); a "Calls" takes the quote at ``q`` as
    its complement ("Calls Cuts “…”", "Calls for “…”"), not inside a phrase of its object
    ("Calls Meeting on “…”")."""
    tok = tokens[v]
    lemma = CUE_FORMS.get(tok.lower, "")
    if tok.lower not in (lemma, lemma + "s", lemma + "es"):
        return False
    if v + 1 < len(tokens) and tokens[v + 1].lower == "to":
        return False
    before = tokens[v - 1]
    if before.lower in CUE_FORMS or before.lower in AUXILIARIES or verb_like(before, v - 1):
        return False
    if lemma == "call" and q > v + 1 and q - 1 > 0:
        last = tokens[q - 1].lower
        if last in NOUN_PREPOSITIONS and not (last == "for" and q - 1 == v + 1):
            return False
    return True


def headline_cue(tok: Token) -> bool:
    """A verb a headline gives someone's words with: "Says", "Warns", "Calls"."""
    return CUE_FORMS.get(tok.lower) in HEADLINE_CUES


SIGNATURE_DASHES = "―—–/"
DASH_CLASS = re.escape(SIGNATURE_DASHES)
SIGNATURE_END = re.compile(rf"[{DASH_CLASS}][ \t\u00a0]*([A-Z][^\n{DASH_CLASS}]{{1,60}}?)[ \t.]*$")


def line_signature(text: str, open_at: int, close_at: int, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A line of readers' comments, `“…” more “…” ― Ann Lee`: a quote opening its line is
    signed by the dash and name that end the line, even after more quoted words; a quote
    ending the line is signed by them wherever it starts (`… he has “…” ― Ann Lee.`)."""
    line_end = text.find("\n", close_at, close_at + 2000)
    if line_end < 0:
        line_end = min(len(text), close_at + 2000)
    # the signature's words hold no dash, so only the line's last dash can open it: match
    # there, rather than have the regex engine try every dash of a long line
    dash = -1
    for d in SIGNATURE_DASHES:
        dash = max(dash, text.rfind(d, close_at, line_end))
    m = SIGNATURE_END.match(text, dash, line_end) if dash >= 0 else None
    if m is None or len(m.group(1).split()) > 6:
        return None
    if opens_line(text, open_at) < 0 and text[close_at : m.start()].strip(" .\t\u00a0"):
        return None  # words before the quote on its line and after it before the signature
    later = qi + 1
    while later < len(spans) and spans[later].start < m.start():
        later += 1
    tokens = tokenize(text, m.start(1), m.end(1), spans, later)
    np = np_forward(tokens, 0, len(tokens))
    if np is None or kind_of_mention(np) not in ("name", "pronoun"):
        return None
    if len(np) != len(tokens) and tokens[len(np)].text != ",":
        return None  # "― Ann Hale, mayor of Eastport": the name and its title
    return make_mention(tokens, np, "―")


DASH_LINE = re.compile(r"[ \t]*\.?[ \t]*\n\s*[-—–/]+[ \t]*(?=[A-Z@])")


def dash_line(text: str, close_at: int, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A quote set off as a block and signed on the next line: `"…"` / `- Ann Lee.`"""
    m = DASH_LINE.match(text, close_at, close_at + 40)
    if m is None:
        return None
    end = text.find("\n", m.end(), m.end() + 80)
    end = m.end() + 80 if end < 0 else end
    tokens = tokenize(text, m.end(), min(end, len(text)), spans, qi + 1)
    np = np_forward(tokens, 0, len(tokens))
    if np is None or kind_of_mention(np) not in ("name", "pronoun"):
        return None
    return make_mention(tokens, np, "—")


def opens_line(text: str, open_at: int) -> int:
    """The start of the quote's line when nothing but blanks stands before the quote on it,
    else -1."""
    k = open_at
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return k if k == 0 or text[k - 1] == "\n" else -1


def roundup_entry(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """ "Mayor Hale Says Pier Will Stay Open" / “…” / [Eastport Gazette]: a quote set as a
    block under a headline is the words of whoever the headline says spoke."""
    span = spans[qi]
    line = opens_line(text, span.open_at)
    if line <= 0:
        return None
    prev_end = line - 1
    prev_start = text.rfind("\n", max(0, prev_end - HEADLINE_MAX), prev_end) + 1
    head = text[prev_start:prev_end].strip()
    words = head.split()
    if not 3 <= len(words) <= 16 or head[-1:] in ".:,;" or any(c in head for c in '“”"'):
        return None
    if sum(1 for w in words if w[:1].isupper()) * 4 < len(words) * 3:
        return None  # not a headline: most of its words start with a capital
    tokens = tokenize(text, prev_start, prev_end, spans, qi)
    for v, tok in enumerate(tokens):
        if v > 0 and CUE_FORMS.get(tok.lower) in HEADLINE_CUES:
            np = tokens[:v]
            if kind_of_mention(np) in ("name", "description"):
                return Mention(tuple(np), "name", tok.lower, tuple(np))
            return None
    return None


def transcript_line(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """ "HALE: We are “very sure.”": a quote inside a line opened by an all-caps speaker
    label is that speaker's."""
    span = spans[qi]
    open_at = span.open_at
    line = text.rfind("\n", max(0, open_at - 400), open_at) + 1
    if line == 0 and open_at > 400:
        return None
    m = LABEL.match(text, line, open_at)
    if m is None or not m.group().endswith(":") or sum(c.isupper() for c in m.group()) < 2:
        return None
    if not any(c.islower() for c in text[m.end() : open_at]) and m.end() < open_at - 1:
        return None  # "UN: PEACEKEEPERS PAID …": an all-caps headline, not a speaker's turn
    label = m.group()[:-1]
    name = Token(name_of(label), name_of(label).lower(), m.start(), m.start() + len(label))
    return Mention((name,), "name", ":", (name,))
