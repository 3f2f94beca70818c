"""A page's navigation sections in plain prose: a page saved as text, or what the markup
did not name as furniture.

A navigation section opens with a short heading line of its own; what follows is
teasers: headlines and one-line standfirsts, shorter than the article's paragraphs of
running prose. Two shapes are left out:

- a closing heading ("Most Popular", "Stay connected"), of what a page puts after its
  article: from there to the end, when teasers follow it and make up most of what
  follows, and the article's running prose is behind it (at least twice as many
  paragraphs of it before the heading as after);
- an inline heading ("Related", "Read more"), of a box inside the article, and any
  heading that is not followed by the page's end: the heading and the headline-like
  paragraphs right after it.

A line that starts with a navigation label and a colon ("Related: …", "READ MORE: …") is a
teaser on its own. The lexicons are names of page parts, never words of an article.
"""

from __future__ import annotations

import re

CLOSING_HEADINGS = frozenset(
    {
        "most popular", "most read", "most viewed", "most shared", "most emailed", "popular",
        "popular now", "popular stories", "trending", "trending now", "trending stories",
        "more stories", "more news", "recommended", "recommended for you", "recommended stories",
        "you may also like", "you might also like", "you may have missed", "editors' picks",
        "editor's picks", "top stories", "latest", "latest news", "latest stories",
        "what to read next", "explore more", "stay connected", "sign up", "newsletter",
        "newsletters", "subscribe", "sponsored", "sponsored content", "paid content",
        "promoted stories", "around the web", "from our partners", "share this article",
        "share this story", "comments", "filed under",
    }
)  # fmt: skip
"""Headings of what a page puts after its article: recirculation lists, sign-up boxes,
comments."""
INLINE_HEADINGS = frozenset(
    {
        "related", "related stories", "related articles", "related content", "related coverage",
        "related links", "related news", "related topics", "related reading", "keep reading",
        "read more", "read next", "read this next", "more to read", "more on this story",
        "more on this", "further reading", "see also", "also read", "don't miss", "up next",
        "watch next",
    }
)  # fmt: skip
"""Headings of a box a page drops into its article: a few headlines, then the story goes on."""
CLOSING_PREFIXES = ("more from ", "more stories from ", "more in ", "skip next section ")
TEASER_LABELS = frozenset(
    {
        "related", "read more", "read", "see also", "also read", "more", "watch", "listen",
        "related story", "related article", "related coverage", "recommended", "read next",
        "don't miss", "must read", "also see",
    }
)  # fmt: skip
HEADING_WORDS = 6
TEASER_WORDS = 25
"""A teaser's headline or standfirst is at most this long; an article's paragraph of
running prose is longer."""
TEASER_SHARE = 0.75
"""Of the paragraphs after a closing heading, this share or more are teasers."""
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[A-Za-z][A-Za-z' ’]{1,20}?)[ \t]*:[ \t]+\S[^\n]*$", re.M)


def navigation_key(line: str) -> str:
    """A heading as the lexicons spell it: lower case, straight apostrophes, no closing
    colon or arrow."""
    key = " ".join(line.replace("’", "'").lower().split())
    return key.rstrip(" :»›>→|").strip()


def heading_kind(paragraph: str) -> str | None:
    """ "closing" for a heading of what follows the article, "inline" for a box inside it,
    None for anything else."""
    if "\n" in paragraph.strip() or len(paragraph.split(maxsplit=HEADING_WORDS)) > HEADING_WORDS:
        return None
    key = navigation_key(paragraph)
    if key in CLOSING_HEADINGS or key.startswith(CLOSING_PREFIXES):
        return "closing"
    return "inline" if key in INLINE_HEADINGS else None


def article_like(paragraph: str) -> bool:
    """Running prose: longer than a teaser, ending as a sentence ends."""
    # split no further than needed: more than TEASER_WORDS pieces means more words
    longer = len(paragraph.split(maxsplit=TEASER_WORDS)) > TEASER_WORDS
    return longer and paragraph.rstrip(" ”\"’')").endswith((".", "!", "?", "…", ":"))


def headline_like(paragraph: str) -> bool:
    """A teaser's headline: short, and in capitals, in Title Case or without a full stop."""
    words = paragraph.split()
    if not words or len(words) > TEASER_WORDS:
        return False
    ends_sentence = paragraph.rstrip(" ”\"’')").endswith((".", "!", "?", "…"))
    if ends_sentence and any(mark in paragraph for mark in '“"‘«'):
        return False  # “No,” Ann Lee said.: a quotation with its cue is the story's prose
    letters = [c for c in paragraph if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
        return True
    if sum(1 for w in words if w.lstrip("“\"‘'(")[:1].isupper()) >= 0.7 * len(words):
        return True
    return not paragraph.rstrip(" ”\"’')").endswith((".", "!", "?", "…"))


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of lines with words, in one pass (a blanked stretch is
    a long run of spaces: no pattern may backtrack over it)."""
    out: list[tuple[int, int]] = []
    start = last = -1
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.isspace() or not line:
            if start >= 0:
                out.append((start, last))
                start = -1
        else:
            if start < 0:
                start = pos + len(line) - len(line.lstrip())
            last = end - (len(line) - len(line.rstrip()))
        pos = end + 1
    if start >= 0:
        out.append((start, last))
    return out


def closes_page(pieces: list[str], prose: list[bool], k: int) -> bool:
    """From the heading at ``k`` to the end is navigation: teasers (headlines, and short
    standfirsts under them) make up most of it, starting right under the heading, and the
    article's running prose is behind it."""
    rest = pieces[k + 1 :]
    if not rest or len(rest[0].split()) > TEASER_WORDS:
        return False
    teasers = 0
    for n, piece in enumerate(rest):
        under_headline = headline_like(rest[n - 1]) if n else True
        if headline_like(piece) or (under_headline and len(piece.split()) <= TEASER_WORDS):
            teasers += 1
    return teasers >= TEASER_SHARE * len(rest) and 2 * sum(prose[k + 1 :]) < sum(prose[:k])


LABEL_COLON = re.compile(r":[ \t]+\S")


def label_lines(text: str) -> list[re.Match[str]]:
    """What ``LABEL_LINE.finditer(text)`` finds, tried only on lines with a colon before a
    word: the regex alone tries every offset of the text for its line start."""
    out: list[re.Match[str]] = []
    line_end = -1  # the end of the last line tried
    for colon in LABEL_COLON.finditer(text):
        at = colon.start()
        if at < line_end:
            continue  # a line is tried once, whatever colons it has
        line_start = text.rfind("\n", line_end + 1, at) + 1 or line_end + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        m = LABEL_LINE.match(text, line_start)
        if m is not None:
            out.append(m)
    return out


def navigation_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that are navigation, not the article."""
    paragraphs = paragraphs_of(text)
    pieces = [text[a:b] for a, b in paragraphs]
    prose: list[bool] = []  # read only under a closing heading: made then
    out: list[tuple[int, int]] = []
    k = 1  # the first paragraph is the page's own start, never a section heading
    while k < len(paragraphs):
        kind = heading_kind(pieces[k])
        if kind is None:
            k += 1
            continue
        if kind == "closing" and not prose:
            prose = [article_like(p) for p in pieces]
        if kind == "closing" and closes_page(pieces, prose, k):
            out.append((paragraphs[k][0], len(text)))  # the rest of the page: teasers, sign-ups, footer
            break
        end = k + 1
        while end < len(paragraphs) and heading_kind(pieces[end]) is None and headline_like(pieces[end]):
            end += 1
        if end > k + 1:  # a box of headlines; a heading with the story going on under it stays
            out.append((paragraphs[k][0], paragraphs[end - 1][1]))
        k = end
    for m in label_lines(text):
        label = navigation_key(m.group("label"))
        if (
            label in TEASER_LABELS
            and len(m.group().split()) <= TEASER_WORDS
            and m.group("label")[:1].isupper()
        ):
            out.append((m.start(), m.end()))
    return out
