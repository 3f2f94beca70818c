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
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.mentions import Mention, kind_of_mention, make_mention, np_forward, person_noun
from quotecheck.extract.names import given_name, is_org, is_place, is_title, names_person
from quotecheck.extract.sentences import Token, finite, tokenize
from quotecheck.extract.spans import QuoteSpan
from quotecheck.extract.transcripts import LABEL, NAMED_BEFORE, name_of

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
CAPTION_WORDS: Final = lx.CAPTION_WORDS
CUE_FORMS: Final = lx.CUE_FORMS
CREDIT_WORDS: Final = lx.CREDIT_WORDS
SUBHEAD_PLACE_WORDS: Final = lx.SUBHEAD_PLACE_WORDS
WRITER_PRONOUNS: Final = lx.WRITER_PRONOUNS
DATE_WORDS: Final = lx.DATE_WORDS
HEADLINE_CUES: Final = lx.HEADLINE_CUES

HEADLINE_MAX: Final = 300
HEADLINE_RUN: Final = re.compile(r"[A-Z0-9][A-Z0-9’'‘,:;.\-–—$% ]*[A-Z0-9’'.!?]")


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


SIGNATURE_DASHES: Final = "―—–/"
DASH_CLASS: Final = re.escape(SIGNATURE_DASHES)
SIGNATURE_END: Final = re.compile(rf"[{DASH_CLASS}][ \t\u00a0]*([A-Z][^\n{DASH_CLASS}]{{1,60}}?)[ \t.]*$")


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


DASH_LINE: Final = re.compile(r"[ \t]*\.?[ \t]*\n\s*[-—–/]+[ \t]*(?=[A-Z@])")


BRACKET_LINE: Final = re.compile(r"[ \t]*\n\s*[\[(](?=[A-Z])")
"""A line opening with a bracket after a quote's closing mark: the venue line of a roundup
entry, `“…”` / `[Ann Lee, the mayor, on the radio]`."""


VENUE_AFTER: Final = re.compile(r"[ \t]*\n\s*\[(?=[A-Z])(?![A-Za-z]+:)")
"""A quote that ends its line, and a bracketed venue line after it (blank lines between),
not a labelled caption or credit ("[Photo: …]", "[Image: …]")."""
VENUE_LINE: Final = re.compile(r"\n[ \t]*\[(?=[A-Z])(?![A-Za-z]+:)[^\]\n]{3,120}\][ \t]*(?=\n|\Z)")
"""A bracketed venue line of a roundup's entry, anywhere: "[Speech in Dunmore, March 3]"."""
ROUNDUP_REACH: Final = 1200
"""How far before and after an entry another entry's venue line is looked for."""


def dash_line(text: str, close_at: int, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A quote set off as a block and signed on the next line: `"…"` / `- Ann Lee.`, or in
    brackets by a full name and a comma: `“…”` / `[Dr. Ann Lee, of the observatory, on the
    radio]` (not `[Laughter]`, `(Applause)`, nor a venue alone: `[Eastport Gazette]`)."""
    m = DASH_LINE.match(text, close_at, close_at + 40)
    bracket = m is None
    if m is None:
        m = BRACKET_LINE.match(text, close_at, close_at + 40)
    if m is None:
        return name_line(text, spans, qi)
    end = text.find("\n", m.end(), m.end() + 80)
    end = m.end() + 80 if end < 0 else end
    tokens = tokenize(text, m.end(), min(end, len(text)), spans, qi + 1)
    np = np_forward(tokens, 0, len(tokens))
    if np is None or kind_of_mention(np) not in ("name", "pronoun"):
        return None
    if bracket and not bracket_signer(text, close_at, tokens, len(np)):
        return None
    return make_mention(tokens, np, "—")


NAME_LINE: Final = re.compile(r"[ \t]*\n[ \t]*(?=[A-Z])([^\n“”\"]{3,80})(?:\n[ \t]*\n|\n?[ \t]*\Z)")
"""The line under a quote block standing alone (a blank line or the end after it), with no
quote mark in it: the signature of a reader's or a passer-by's words."""


def name_line(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A quote block signed on the next line by a bare name, as readers' letters and vox
    pops are: `“…”` / `Ann Lee, Dunmore` or `Ann Lee, 34, a nurse`. Only in that layout: every
    quote block of the run signed so, two pairs at least, the run not opened by a sentence
    naming a speaker ("Hale said:"), nor set under name lines (each name heads its quote)."""
    sig = signature(text, spans, qi)
    if sig is None:
        return None
    first = qi
    while first > max(0, qi - RUN_MAX) and signed_pair(text, spans, first - 1):
        first -= 1
    last = qi
    while last < min(len(spans) - 1, qi + RUN_MAX) and signed_pair(text, spans, last):
        last += 1
    if first == last or not run_opens(text, spans[first].open_at):
        return None
    nxt = text_after_blanks(text, signature_end(text, spans[last].close_at))
    if last + 1 < len(spans) and nxt == spans[last + 1].open_at:
        return None  # the next quote block is not signed: the names head their quotes
    return sig


RUN_MAX: Final = 12
"""How many signed quote blocks a vox pop's run is read over, either way."""


def signature_end(text: str, close_at: int) -> int:
    """The end of the bare-name line under a quote (see NAME_LINE), -1 when there is none."""
    m = NAME_LINE.match(text, close_at)
    return -1 if m is None else m.start(1) + len(m.group(1).rstrip(" \t"))


def text_after_blanks(text: str, k: int) -> int:
    """The first character after ``k`` that is no blank or line break (bounded), -1 if none.
    ``k`` is a signature's end: both callers ask only after ``signature`` found the line."""
    j = k
    while j < len(text) and j < k + 12 and text[j] in " \t\n\u00a0":
        j += 1
    return j if j < len(text) and j < k + 12 else -1


def signed_pair(text: str, spans: list[QuoteSpan], j: int) -> bool:
    """Whether quote ``j`` is signed by a bare name and quote ``j + 1`` is the next block,
    signed too: two pairs of a vox pop's run (``name_line`` keeps both within ``spans``)."""
    if signature(text, spans, j) is None:
        return False
    if text_after_blanks(text, signature_end(text, spans[j].close_at)) != spans[j + 1].open_at:
        return False
    return signature(text, spans, j + 1) is not None


def run_opens(text: str, open_at: int) -> bool:
    """Whether the line before a run's first quote (blank lines skipped) leaves it to the
    signatures: not a sentence with a verb of saying ("The mayor promised us:", "Lee said
    the pier would stay open.") unless a plural leads a colon ("What readers told us:") or
    the writer asks ("We asked shoppers"), nor a bare name line heading the quote."""
    k = open_at
    while k > 0 and text[k - 1] in " \t\n\u00a0" and open_at - k < 12:
        k -= 1
    start = text.rfind("\n", max(0, k - 200), k) + 1
    line = text[start:k]
    if not line.strip():
        return True
    words = line.split()
    colon = line.rstrip().endswith(":")
    for i, w in enumerate(words):
        # "What readers told us:", "We asked shoppers": a group or the writer asks; "The
        # mayor promised us:", "Lee said …" name one speaker
        before = words[i - 1].lower() if i > 0 else ""
        group = (colon and words[i - 1].islower() and before.endswith("s")) or before in WRITER_PRONOUNS
        if w.strip(",.:;") in CUE_FORMS and w.islower() and not group:
            return False
    return NAME_LEAD.match(line) is None or not given_name(line.split()[0])


NAME_LEAD: Final = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:,|$)")
"""A line opening with a first and last name, then a comma or its end: a vox pop's header."""


def signature(text: str, spans: list[QuoteSpan], qi: int) -> Mention | None:
    """The bare name signing quote ``qi`` on the line under it: the quote a sentence (a stop
    closes it, so a title in a list signs nothing), the quote opening its line, the line a
    person's name (a known given name first) and, after a comma, who or where they are: no
    verb, no sentence's closing stop ("Ann Lee walked out."), no credit ("Staff Writer",
    "Dunmore Press") and no place ("Ann Street Bridge")."""
    span = spans[qi]
    if opens_line(text, span.open_at) < 0 or text[span.start : span.end].rstrip()[-1:] not in ".!?…":
        return None
    m = NAME_LINE.match(text, span.close_at)
    if m is None:
        return None
    line = m.group(1).rstrip(" \t")
    if line[-1:] in ".!?:;" or len(line.split()) > 10:
        return None
    tokens = tokenize(text, m.start(1), m.start(1) + len(line), spans, qi + 1)
    if any(t.lower in CREDIT_WORDS or t.lower in SUBHEAD_PLACE_WORDS for t in tokens):
        return None
    np = np_forward(tokens, 0, len(tokens))
    if np is None or len(np) < 2 or not given_name(np[0].text) or kind_of_mention(np) != "name":
        return None
    n = len(np)
    if n < len(tokens) and tokens[n].text != ",":
        return None
    if any(finite(t) for t in tokens[n:]):
        return None
    return make_mention(tokens, np, "—")


def bracket_signer(text: str, close_at: int, tokens: list[Token], n: int) -> bool:
    """A bracketed line signs the quote above it when it opens with a person's name (its first
    word a known given name, or the full name one the article gave shortly before) and a
    comma, then who they are: "[Ann Lee, the mayor, on the radio]". Not a venue or place
    ("[Eastport Gazette, March 3]", "(North Harbour, 2019)"), a citation ("(Ann Lee, 2019)":
    only a date after the comma), a credit ("(AP Photo, Ann Lee)") or a photo caption
    ("[Ann Lee, left, and Tom Vik]", "[Ann Lee, Tom Vik]": a side or a second name)."""
    if len(tokens) <= n or tokens[n].text != ",":
        return False  # "[Eastport Gazette]" alone is a venue
    k = n
    while k > 0 and tokens[k - 1].is_cap and not is_title(tokens[k - 1]):
        k -= 1
    run = tokens[k:n]  # the name, after any title or role before it ("Dr", "Board chair")
    if len(run) < 2 or is_org(run) or is_place(run):
        return False
    rest: list[Token] = []  # what the comma adds, up to the next comma or the bracket's end
    for tok in tokens[n + 1 :]:
        if tok.text in BRACKET_STOPS:
            break
        rest.append(tok)
    if not rest or rest[0].lower in CAPTION_WORDS or rest[-1].lower in CAPTION_WORDS:
        return False
    # a person: a known given name, a title or role before the name ("Dr", "Board chair"), a
    # role or a "who" after the comma ("the mayor", "who runs the bakery"), a body's name then
    # a lower-case word (the role held there: "Harbour FC forward"), or a name the article
    # gave shortly before
    if not (
        given_name(run[0].text)
        or (k > 0 and (is_title(tokens[k - 1]) or person_noun(tokens[k - 1].lower)))
        or rest[0].lower == "who"
        or any(not tok.is_cap and person_noun(tok.lower) for tok in rest)
        or (len(rest) >= 2 and rest[0].is_cap and not rest[-1].is_cap and rest[-1].text.isalpha())
        or text[run[0].start : run[-1].end] in text[max(0, close_at - NAMED_BEFORE) : close_at]
    ):
        return False
    if all(tok.lower in DATE_WORDS or tok.text.isdigit() or tok.text == "." for tok in rest):
        return False
    return not (len(rest) >= 2 and given_name(rest[0].text) and rest[1].is_cap)


BRACKET_STOPS: Final = ",;)]"


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
    spread = False  # an entry set apart by blank lines that no other entry repeats
    if prev_start > 0 and not text[prev_start:prev_end].strip():
        # a blank line between headline and quote: an entry only if the quote stands as a
        # block and a bracketed venue line follows it ("… Said …" / “…” / [On the radio])
        venue = VENUE_AFTER.match(text, span.close_at, span.close_at + 40)
        if venue is None:
            return None
        prev_end = prev_start - 1
        prev_start = text.rfind("\n", max(0, prev_end - HEADLINE_MAX), prev_end) + 1
        spread = not repeated_venue(text, prev_start, venue.end())
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
            if spread and not names_person(np):
                return None  # one blank-set entry alone: only a named person's headline
            if kind_of_mention(np) in ("name", "description"):
                return Mention(tuple(np), "name", tok.lower, tuple(np))
            return None
    return None


def repeated_venue(text: str, head: int, venue: int) -> bool:
    """Whether another bracketed venue line stands within reach before the entry's headline
    at ``head`` or after its own venue line at ``venue``: the roundup's layout repeats."""
    before = VENUE_LINE.search(text, max(0, head - ROUNDUP_REACH), head)
    return before is not None or VENUE_LINE.search(text, venue, venue + ROUNDUP_REACH) is not None


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
