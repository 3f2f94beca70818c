"""The article body of a saved page: the story, not the menus, teasers, highlight boxes and
sign-up forms around it.

Two readings agree on it. trafilatura (a well-kept main-text extractor) names the
article's text; the page's own markup names its furniture (``quotecheck.article.markers``).
A paragraph is the body when trafilatura holds its words and no furniture holds it;
trafilatura gives no offsets, so its text is placed back on our paragraphs by runs of
three words. The headline (the page's ``<h1>`` that its metadata names as the title) is
the article's own words; an embedded post between the body's first and last paragraphs is
part of the story. When trafilatura finds no article (a short page, a fragment), the
markup alone decides.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array

from quotecheck.article.html import PageProse, Paragraph, page_prose
from quotecheck.article.navigation import navigation_ranges
from quotecheck.article.prose import blank
from quotecheck.model import Embed

WORD = re.compile(r"\w+")
BIG_SHARE = 0.5
"""An element marked as furniture that holds this share of the body text or more is the
page's frame (an ASP.NET ``<form>`` around everything, ``class="share-enabled"`` on the
article), not furniture."""


def read_page(raw: str, whole_page: bool = False) -> tuple[str, array, list[Embed]]:  # type: ignore[type-arg]
    """A page's prose (what is not the article blanked), its offset map, and the embedded
    posts in what is kept. ``whole_page``: every part of the page is read."""
    page = page_prose(raw)
    if whole_page:
        text = blank(page.text, whole_page_left_out(page))
    else:
        text = blank(page.text, left_out(page, *main_text(raw)))
        text = blank(text, navigation_ranges(text))
    posts = [e for e in page.posts() if text[e.start : e.end].strip()]
    return text, page.offsets, posts


class MainText:
    """trafilatura's reading of the page, as runs of words a paragraph can be looked up in."""

    def __init__(self, text: str) -> None:
        words = WORD.findall(text.lower())
        self.lines = {tuple(WORD.findall(line.lower())) for line in text.splitlines()}
        self.ones = set(words)
        self.twos = set(itertools.pairwise(words))
        self.threes = set(zip(words, words[1:], words[2:], strict=False))

    def holds(self, text: str, heading: bool = False) -> bool:
        """The paragraph's words are the main text's; a heading must be one of its lines
        (a subheading that repeats a sentence of the story is not kept by the extractor)."""
        words = WORD.findall(text.lower())
        if heading:
            return tuple(words) in self.lines
        if len(words) < 3:
            return bool(words) and (words[0] in self.ones if len(words) == 1 else tuple(words) in self.twos)
        threes = list(zip(words, words[1:], words[2:], strict=False))
        return 2 * sum(t in self.threes for t in threes) >= len(threes)


def main_text(raw: str) -> tuple[str | None, str | None]:
    """trafilatura's article text and the page's title; (None, None) when it finds none."""
    try:
        import trafilatura

        found = trafilatura.bare_extraction(
            raw,
            with_metadata=True,  # for the title
            include_comments=False,
            include_tables=True,
            include_images=False,
            # The page's date is never used; htmldate's extensive search for one took
            # seconds on some small odd pages (found by fuzzing).
            date_extraction_params={"extensive_search": False},
        )
    except Exception:  # a page the extractor chokes on is read by its markup alone
        return None, None
    if found is None:
        return None, None
    text = getattr(found, "text", None) or None
    title = getattr(found, "title", None) or None
    return text, title


def left_out(page: PageProse, text: str | None, title: str | None) -> list[tuple[int, int]]:
    """The prose ranges that are not the article body (to be blanked)."""
    paragraphs = page.paragraphs
    words = page.text
    main = MainText(text) if text else None
    in_main = [
        main is not None and p.embed is None and main.holds(words[p.start : p.end], p.heading is not None)
        for p in paragraphs
    ]
    if not any(in_main):
        main = None
    frame = frames(page, paragraphs, in_main if main is not None else [p.embed is None for p in paragraphs])
    kept = [k for k, flag in enumerate(in_main) if flag]
    first = paragraphs[kept[0]].start if kept else 0
    last = paragraphs[kept[-1]].end if kept else len(words)
    headline = title_paragraph(page, title, first if kept else len(words), frame)
    # a photo's caption inside the story, or a lead photo's under the headline
    top = first if headline is None else min(first, paragraphs[headline].start)
    out: list[tuple[int, int]] = []
    for k, p in enumerate(paragraphs):
        furniture = p.furniture is not None and p.furniture not in frame
        if p.embed is not None:
            region = page.embeds[p.embed]
            keep = (
                region.embed is not None and not furniture and (main is None or first <= region.start <= last)
            )
        elif furniture:
            keep = False
        elif k == headline:
            keep = True
        else:
            caption = p.caption and top <= p.start <= last  # trafilatura leaves it out with the photo
            keep = (main is None or in_main[k] or caption) and not teaser_link(p, words)
        if not keep:
            out.append((p.start, p.end))
    return out


def whole_page_left_out(page: PageProse) -> list[tuple[int, int]]:
    """With ``--whole-page`` only the words of embeds that are no post we can check (an
    Instagram caption, a broken embed) are left out: they are not the article's words."""
    return [
        (p.start, p.end)
        for p in page.paragraphs
        if p.embed is not None and page.embeds[p.embed].embed is None
    ]


def frames(page: PageProse, paragraphs: list[Paragraph], body: list[bool]) -> set[int]:
    """Furniture elements that hold a large share of the body: the page's frame."""
    spans = [(p.start, p.end) for p, flag in zip(paragraphs, body, strict=True) if flag]
    total = sum(end - start for start, end in spans)
    if total == 0:
        return set()
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    running = [0, *itertools.accumulate(end - start for start, end in spans)]
    frame = set()
    for f, region in enumerate(page.furniture):
        lo, hi = bisect.bisect_left(starts, region.start), bisect.bisect_right(ends, region.end)
        if hi > lo and running[hi] - running[lo] >= BIG_SHARE * total:
            frame.add(f)
    return frame


def title_paragraph(page: PageProse, title: str | None, first_body: int, frame: set[int]) -> int | None:
    """The index of the page's headline: the ``<h1>`` with the metadata's title, else the
    last ``<h1>`` before the body (a title in the metadata that adds the site's name)."""
    wanted = WORD.findall(title.lower()) if title else None
    before = None
    for k, p in enumerate(page.paragraphs):
        if p.heading != "h1" or p.embed is not None or (p.furniture is not None and p.furniture not in frame):
            continue
        if wanted is not None and WORD.findall(page.text[p.start : p.end].lower()) == wanted:
            return k
        if p.start < first_body:
            before = k
    return before


def teaser_link(p: Paragraph, text: str) -> bool:
    """A paragraph that is one link with a headline for its words (all capitals, Title
    Case, or no closing full stop): a teaser for another story dropped into this one."""
    if not p.lone_link:
        return False
    words = text[p.start : p.end].split()
    if len(words) < 3:
        return False
    letters = [c for c in text[p.start : p.end] if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
        return True
    capitalised = sum(1 for w in words if w.lstrip("“\"‘'(")[:1].isupper())
    if capitalised >= 0.7 * len(words):
        return True
    return not text[p.start : p.end].rstrip(" ”\"’')").endswith((".", "!", "?", "…"))
