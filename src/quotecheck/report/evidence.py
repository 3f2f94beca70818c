"""The evidence behind a verdict, cut into marked pieces for reports that show it to people.

The matcher's word diff (``Match.ops``) says, for each run of words, whether the quote and
the source agree. A reader wants to see the changed words highlighted in place, on the
quote's side and on the source's side, with some of the source around the match. The
terminal table and the HTML report both draw from these pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from quotecheck.model import DiffOp, Match, QuoteResult, Source, Span

SAME = "same"
CHANGED = "changed"
"""Words on both sides that differ only in how they are written (case, punctuation)."""
ADDED = "added"
"""Quote words with no counterpart in the source (inserted or substituted)."""
DROPPED = "dropped"
"""Source words the quote leaves out or replaces."""

CONTEXT = 240
"""Characters of source shown on each side of the matched words."""


@dataclass(frozen=True)
class Piece:
    """A stretch of text and how it differs from the other side."""

    text: str
    mark: str = SAME
    matched: bool = False
    """On the source's side: inside the words the quote was matched to."""


@dataclass(frozen=True)
class Passage:
    """Where in one source the quote's words were found, with context around them."""

    source: Source
    span: Span
    pieces: tuple[Piece, ...]
    cut_before: bool
    cut_after: bool


def op_mark(op: DiffOp) -> str:
    """How a diff op shows: equal words written differently are a (minor) change."""
    if op.op == "equal":
        return CHANGED if written_differently(op) else SAME
    return {"replace": "replace", "added": ADDED, "dropped": DROPPED}.get(op.op, CHANGED)


def written_differently(op: DiffOp) -> bool:
    if op.quote_text == op.source_text:
        return False
    from quotecheck.normalize import normalize

    return normalize(op.quote_text).text != normalize(op.source_text).text


def has_changes(result: QuoteResult) -> bool:
    match = result.match
    return match is not None and any(op_mark(op) != SAME for op in match.ops)


def cut(text: str, start: int, end: int, marks: list[tuple[Span, str]], matched: Span | None) -> list[Piece]:
    """``text[start:end]`` in pieces at every mark boundary; ``marks`` must not overlap."""
    bounds = {start, end}
    for span, _ in marks:
        bounds.update((max(start, min(end, span.start)), max(start, min(end, span.end))))
    if matched is not None:
        bounds.update((max(start, min(end, matched.start)), max(start, min(end, matched.end))))
    points = sorted(bounds)
    ordered = sorted(marks, key=lambda m: m[0].start)
    pieces: list[Piece] = []
    k = 0
    for a, b in pairwise(points):
        if a == b:
            continue
        while k < len(ordered) and ordered[k][0].end <= a:
            k += 1
        mark = ordered[k][1] if k < len(ordered) and ordered[k][0].start <= a else SAME
        inside = matched is not None and matched.start <= a and b <= matched.end
        if pieces and pieces[-1].mark == mark and pieces[-1].matched == inside:
            pieces[-1] = Piece(pieces[-1].text + text[a:b], mark, inside)
        else:
            pieces.append(Piece(text[a:b], mark, inside))
    return pieces


def quote_pieces(result: QuoteResult) -> list[Piece]:
    """The quote's words, with those the source does not have (or writes differently) marked."""
    text = result.quote.text
    marks: list[tuple[Span, str]] = []
    if result.match is not None:
        for op in result.match.ops:
            mark = op_mark(op)
            span = op.quote_span
            if mark == SAME or span is None or span.end <= span.start:
                continue
            marks.append((span, ADDED if mark == "replace" else mark))
    return cut(text, 0, len(text), non_overlapping(marks), None)


def passages(match: Match, context: int = CONTEXT) -> list[Passage]:
    """The source passages a match rests on: one, or one per piece when the pieces come from
    different sources or places out of order (a stitched quote)."""
    if match.piece_sources:
        places = list(zip(match.piece_sources, match.pieces, strict=False))
    elif match.pieces and not all(match.start <= p.start and p.end <= match.end for p in match.pieces):
        places = [(match.source, p) for p in match.pieces]
    else:
        places = [(match.source, Span(match.start, match.end))]
    single = len(places) == 1
    out = []
    for source, span in places:
        text = source.text
        start, end = widen(text, span, context)
        marks: list[tuple[Span, str]] = []
        for op in match.ops:
            mark = op_mark(op)
            s = op.source_span
            if mark == SAME or s is None or s.end <= s.start:
                continue
            inside = (
                (start <= s.start and s.end <= end)
                if single
                else (span.start <= s.start and s.end <= span.end)
            )
            if inside:
                marks.append((s, DROPPED if mark == "replace" else mark))
        pieces = cut(text, start, end, non_overlapping(marks), span)
        out.append(Passage(source, span, tuple(pieces), start > 0, end < len(text)))
    return out


def widen(text: str, span: Span, context: int) -> tuple[int, int]:
    """``span`` with up to ``context`` characters either side, cut at a space or line break."""
    start = max(0, span.start - context)
    end = min(len(text), span.end + context)
    if start > 0:
        space = re.search(r"\s", text[start : span.start])
        start = start + space.end() if space else span.start
    if end < len(text):
        spaces = [m.start() for m in re.finditer(r"\s", text[span.end : end])]
        end = span.end + spaces[-1] if spaces else span.end
    return start, end


def non_overlapping(marks: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    kept: list[tuple[Span, str]] = []
    for span, mark in sorted(marks, key=lambda m: (m[0].start, m[0].end)):
        if kept and span.start < kept[-1][0].end:
            continue
        kept.append((span, mark))
    return kept


def word_diff(match: Match) -> list[Piece]:
    """One line of the diff as written, source words struck and quote words added, for the
    terminal (``git diff --color-words`` style)."""
    out: list[Piece] = []
    for op in match.ops:
        mark = op_mark(op)
        if mark == SAME:
            out.append(Piece(op.quote_text or " ".join(op.quote_words)))
            continue
        if mark in (DROPPED, "replace", CHANGED) and (op.source_text or op.source_words):
            out.append(Piece(op.source_text or " ".join(op.source_words), DROPPED))
        if mark in (ADDED, "replace", CHANGED) and (op.quote_text or op.quote_words):
            out.append(Piece(op.quote_text or " ".join(op.quote_words), ADDED))
    return [p for p in out if p.text]
