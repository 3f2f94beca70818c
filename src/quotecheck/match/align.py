"""Locate a quote in the sources and align it word by word.

The quote and each source are normalised the same way (quotecheck.normalize); rapidfuzz
finds the best window, and a word-level Levenshtein alignment gives the diff.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotecheck.model import DiffOp, Match, Source, Span
from quotecheck.normalize import Normalized, Token, normalize, tokens


@dataclass(frozen=True)
class PreparedSource:
    source: Source
    norm: Normalized
    lower: str
    words: list[Token]


class Matcher:
    """Holds the prepared sources; ``locate`` finds a quote's best span among them."""

    def __init__(self, sources: list[Source]) -> None:
        self.sources = [self.prepare(s) for s in sources]

    @staticmethod
    def prepare(source: Source) -> PreparedSource:
        norm = normalize(source.text, entities=source.kind == "post")
        return PreparedSource(source, norm, norm.text.lower(), tokens(norm.text))

    def locate(self, quote_text: str) -> Match | None:
        qnorm = normalize(quote_text)
        segments = [s.strip() for s in qnorm.text.split("…")]
        segments = [s for s in segments if any(c.isalnum() for c in s)]
        if not segments:
            return None
        best: Match | None = None
        for prepared in self.sources:
            match = self.locate_in(prepared, qnorm, quote_text, segments)
            if match and (best is None or match.score > best.score):
                best = match
        return best

    def locate_in(
        self, ps: PreparedSource, quote: Normalized, quote_text: str, segments: list[str]
    ) -> Match | None:
        pieces: list[tuple[int, int]] = []
        for segment in segments:
            found = fuzz.partial_ratio_alignment(segment.lower(), ps.lower)
            if found is None or found.score < 50:
                return None
            start, end = snap_to_words(ps.words, found.dest_start, found.dest_end)
            pieces.append((start, end))
        nstart, nend = min(p[0] for p in pieces), max(p[1] for p in pieces)
        source_words = [w for w in ps.words if nstart <= w.start and w.end <= nend]
        quote_words = tokens(quote.text)
        ops = word_diff(quote_words, source_words, quote, ps.norm, quote_text, ps.source.text)
        score = fuzz.ratio(
            " ".join(w.key for w in quote_words if w.text != "…"),
            " ".join(w.key for w in source_words),
        )
        if len(pieces) > 1:
            score = min(
                100.0,
                sum(
                    fuzz.partial_ratio(s.lower(), ps.lower[a:b])
                    for s, (a, b) in zip(segments, pieces, strict=True)
                )
                / len(pieces),
            )
        ostart, oend = ps.norm.original_span(nstart, nend)
        spans = tuple(Span(*ps.norm.original_span(a, b)) for a, b in pieces)
        return Match(
            ps.source, ostart, oend, round(float(score), 1), spans if len(spans) > 1 else (), tuple(ops)
        )


def snap_to_words(words: list[Token], start: int, end: int) -> tuple[int, int]:
    """Widen a character window to whole words."""
    inside = [w for w in words if w.end > start and w.start < end]
    if not inside:
        return start, end
    return inside[0].start, inside[-1].end


# rapidfuzz edits turn the quote into the source; we name them from the quote's side.
OP_NAMES = {"equal": "equal", "replace": "replace", "delete": "added", "insert": "dropped"}


def render_diff(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """wdiff style: ``[-source words-]{+quote words+}`` around the words that differ."""
    parts: list[str] = []
    for op in ops:
        if op.op == "equal":
            parts.append(" ".join(op.quote_words))
            continue
        if op.source_words:
            parts.append("[-" + " ".join(op.source_words) + "-]")
        if op.quote_words:
            parts.append("{+" + " ".join(op.quote_words) + "+}")
    return " ".join(parts)


def word_diff(
    quote_words: list[Token],
    source_words: list[Token],
    quote: Normalized,
    source: Normalized,
    quote_original: str,
    source_original: str,
) -> list[DiffOp]:
    """Word-level edit script from the source to the quote (loose keys compared).

    Equal runs are split where the words as written differ (case, punctuation, a hyphen
    for a space), so that such differences are shown, not hidden.
    """

    def written(words: list[Token], norm: Normalized, original: str) -> str:
        if not words:
            return ""
        a, b = norm.original_span(words[0].start, words[-1].end)
        return original[a:b]

    def op_of(tag: str, qw: list[Token], sw: list[Token]) -> DiffOp:
        return DiffOp(
            tag,
            tuple(w.text for w in qw),
            tuple(w.text for w in sw),
            written(qw, quote, quote_original),
            written(sw, source, source_original),
        )

    qkeys = [w.key for w in quote_words]
    skeys = [w.key for w in source_words]
    ops: list[DiffOp] = []
    for op in Levenshtein.opcodes(qkeys, skeys):
        qw = quote_words[op.src_start : op.src_end]
        sw = source_words[op.dest_start : op.dest_end]
        if op.tag != "equal":
            ops.append(op_of(OP_NAMES[op.tag], qw, sw))
            continue
        ops.extend(op_of("equal", q, s) for q, s in equal_runs(qw, sw, quote.text, source.text))
    return ops


def equal_runs(
    qw: list[Token], sw: list[Token], qtext: str, stext: str
) -> list[tuple[list[Token], list[Token]]]:
    """Split a run of equal words into stretches written the same and stretches that differ."""

    def same(i: int) -> bool:
        if qw[i].text != sw[i].text:
            return False
        if i + 1 < len(qw):
            return qtext[qw[i].end : qw[i + 1].start] == stext[sw[i].end : sw[i + 1].start]
        return True

    runs: list[tuple[list[Token], list[Token]]] = []
    i = 0
    while i < len(qw):
        j = i
        if same(i):
            while j + 1 < len(qw) and same(j + 1):
                j += 1
            runs.append((qw[i : j + 1], sw[i : j + 1]))
            i = j + 1
            continue
        while j + 1 < len(qw) and not same(j):
            j += 1  # a differing gap after word j joins word j + 1 to the stretch
        runs.append((qw[i : j + 1], sw[i : j + 1]))
        i = j + 1
    return runs
