"""Locate a quote in the sources: index candidates, then word alignment of each window.

A quote split by "…" is located as a chain: its segments in order, close together, in one
window of one source. When no window holds them all, each segment is located on its own
and the pieces (from different places) make the match; the verdict calls that stitched.
Short quotes with heavy edits defeat the seed index, so when it finds nothing good the
attributed speaker's own material (their turns, posts and bylines) is scanned, and a small
set of sources is scanned whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from quotecheck.match.align import INDEL, Opcode, Placement, Side, diff_ops, placements
from quotecheck.match.names import same_person
from quotecheck.model import DiffOp, Match, Source, Span, Turn
from quotecheck.normalize import Normalized, normalize, tokens, word_key

if TYPE_CHECKING:
    from quotecheck.match.index import SeedIndex
    from quotecheck.progress import Progress
    from quotecheck.store import Store

SMALL_CORPUS = 2_000_000
"""Up to this many characters of sources, a weak index result is checked by a full scan."""
WORD_FOR_WORD = 97.0
"""Score of a run of quote words found elsewhere that makes a rewording here a stitch instead."""
GOOD_ENOUGH = 90.0
"""A match scoring this well needs no fallback scan."""
MAX_EDIT_SHARE = 0.45
"""A segment placement may cost at most this share of its words in edits."""


@dataclass(frozen=True)
class Piece:
    """One quote segment ``[t0, t1)`` placed in a window of source ``doc``."""

    doc: int
    window: Side
    t0: int
    t1: int
    placement: Placement


class Matcher:
    """Holds the sources and their index; ``locate`` finds a quote's best span among them."""

    def __init__(
        self,
        sources: list[Source],
        store: Store | None = None,
        max_gap: int = 1500,
        accounts: Mapping[str, str] | None = None,
        persist_min: int = 1_000_000,
        progress: Progress | None = None,
    ) -> None:
        self.sources = sources
        self.total = sum(text_length(s) for s in sources)
        # A small index builds in milliseconds: not worth a store on disk.
        self.store = store if self.total >= persist_min else None
        self.progress = progress
        self.max_gap = max_gap
        self.accounts = accounts
        self._index: SeedIndex | None = None
        self._scan_text: dict[tuple[int, int, int], tuple[Normalized, str]] = {}
        self._turn_ends: dict[int, list[int]] = {}
        known: set[str] = set()
        for s in sources:
            known.update(n for n in (s.author, s.handle) if n)
            known.update(t.speaker for t in s.turns if t.speaker)
        self.known = sorted(known)

    @property
    def index(self) -> SeedIndex:
        """Built in memory for small sources; for large ones read from the store's index
        files (built there first if need be: see quotecheck.match.segments)."""
        if self._index is None:
            if self.store is None:
                from quotecheck.match.index import SeedIndex

                self._index = SeedIndex.build([s.text for s in self.sources])
            else:
                from quotecheck.match.segments import open_index

                self._index = open_index(
                    self.sources, self.store, self.progress.task if self.progress else None
                )
        return self._index

    # -- windows -------------------------------------------------------------------------

    def window(self, doc: int, a: int, b: int) -> Side:
        """Normalized tokens of ``sources[doc].text[a:b]``, widened to whole words."""
        text = self.sources[doc].text
        a, b = max(0, a), min(len(text), b)
        while a > 0 and not text[a - 1].isspace() and a > b - 100_000:
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        norm = normalize(text[a:b], entities=self.sources[doc].kind == "post")
        return Side(norm, tokens(norm.text, brackets=False), text, a)

    # -- locating ------------------------------------------------------------------------

    def locate(self, quote_text: str, speaker: str | None = None) -> Match | None:
        """The best source span for ``quote_text`` (None when nothing comes close)."""
        qnorm = normalize(quote_text)
        quote = Side(qnorm, tokens(qnorm.text), quote_text)
        segments = split_segments(quote)
        if not segments:
            return None
        best = self.best_chain(quote, segments, speaker, self.index_regions(quote, segments))
        if best is None or best[0] < GOOD_ENOUGH:
            found = self.best_chain(quote, segments, speaker, self.scan_regions(quote, segments, speaker))
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        if best is None and len(segments) > 1:
            return self.stitched(quote, segments, speaker)
        if best is None:
            return self.sentences_joined(quote, segments[0], speaker)
        match = self.to_match(quote, segments, best[1])
        return self.unmarked_stitch(quote, segments, best[1], match, speaker) or match

    def index_regions(self, quote: Side, segments: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """Windows ``(doc, a, b)`` around the index's candidates for the longest segment."""
        t0, t1 = max(segments, key=lambda s: s[1] - s[0])
        text = quote.norm.text[quote.tokens[t0].start : quote.tokens[t1 - 1].end]
        q_off = quote.tokens[t0].start
        found = self.index.candidates(text, limit=5)
        # places with a fraction of the best place's votes are chance bigram hits
        floor = max(2, found[0].votes // 3) if found and found[0].votes >= 4 else 1
        return [self.region(c.doc, c.start - q_off, quote, segments) for c in found if c.votes >= floor]

    def region(
        self, doc: int, start: int, quote: Side, segments: list[tuple[int, int]]
    ) -> tuple[int, int, int]:
        qlen = len(quote.norm.text)
        margin = 40 + qlen // 3 + (len(segments) - 1) * self.max_gap
        return doc, start - margin, start + qlen + margin

    def scan_regions(
        self, quote: Side, segments: list[tuple[int, int]], speaker: str | None
    ) -> list[tuple[int, int, int]]:
        """Windows found by a fuzzy scan of the speaker's material (or of all, when small)."""
        t0, t1 = max(segments, key=lambda s: s[1] - s[0])
        needle = quote.norm.text[quote.tokens[t0].start : quote.tokens[t1 - 1].end].lower()
        q_off = quote.tokens[t0].start
        regions = []
        for doc, a, b in self.scan_scope(speaker):
            norm, lower = self.scan_text(doc, a, b)
            found = fuzz.partial_ratio_alignment(needle, lower, score_cutoff=50)
            if found is None:
                continue
            at = a + norm.offsets[min(found.dest_start, len(norm.text))]
            regions.append(self.region(doc, at - q_off, quote, segments))
        return regions

    def scan_scope(self, speaker: str | None) -> list[tuple[int, int, int]]:
        """``(doc, a, b)`` ranges to scan: the speaker's turns and posts, or everything when
        the sources are small."""
        if self.total <= SMALL_CORPUS or not speaker:
            return (
                [(i, 0, text_length(s)) for i, s in enumerate(self.sources)]
                if self.total <= SMALL_CORPUS
                else []
            )
        scope: list[tuple[int, int, int]] = []
        for i, s in enumerate(self.sources):
            by = s.author or s.handle
            if s.turns:
                scope.extend(
                    (i, t.start, t.end)
                    for t in s.turns
                    if t.speaker and same_person(speaker, t.speaker, self.accounts)
                )
            elif by and same_person(speaker, by, self.accounts):
                scope.append((i, 0, text_length(s)))
        return scope

    def scan_text(self, doc: int, a: int, b: int) -> tuple[Normalized, str]:
        """Normalized and lower-cased ``sources[doc].text[a:b]``, kept for the next quote."""
        key = (doc, a, b)
        if key not in self._scan_text:
            source = self.sources[doc]
            norm = normalize(source.text[a:b], entities=source.kind == "post")
            self._scan_text[key] = (norm, norm.text.lower())
        return self._scan_text[key]

    def best_chain(
        self,
        quote: Side,
        segments: list[tuple[int, int]],
        speaker: str | None,
        regions: list[tuple[int, int, int]],
    ) -> tuple[float, list[Piece]] | None:
        best: tuple[tuple[float, bool, int], float, list[Piece]] | None = None
        for doc, a, b in regions:
            window = self.window(doc, a, b)
            pieces = chain(window, doc, quote, segments)
            if pieces is None:
                continue
            tried = [pieces]
            if speaker and not self.speaker_ok(speaker, doc, window, pieces):
                # the same words again in the speaker's own turn within reach ("HOST: The east
                # side deserves better." / "GUEST: The east side deserves better. …"): the
                # window's first place is not the only one
                start, end = window.span(0, len(window.tokens))
                reach = len(quote.norm.text) + 40  # a turn the region only reaches into
                start, end = start - reach, end + reach
                for t in self.turns_between(doc, start, end):
                    if not t.speaker or not same_person(speaker, t.speaker, self.accounts, self.known):
                        continue
                    own = self.window(doc, max(t.start, start), min(t.end, end))  # near the region
                    found = chain(own, doc, quote, segments)
                    if found is not None:
                        tried.append(found)
            for pieces in tried:
                score = chain_score(quote, pieces)
                speaker_ok = bool(speaker) and self.speaker_ok(speaker or "", doc, pieces[0].window, pieces)
                length = pieces[-1].placement.s1 - pieces[0].placement.s0
                rank = (round(score), speaker_ok, -length)
                if best is None or rank > best[0]:
                    best = (rank, score, pieces)
        return None if best is None else (best[1], best[2])

    def turns_between(self, doc: int, start: int, end: int) -> list[Turn]:
        """The turns of ``sources[doc]`` that reach into ``[start, end)``, found by halving (a
        long transcript's turns are not all read for each quote)."""
        turns = self.sources[doc].turns
        if doc not in self._turn_ends:
            self._turn_ends[doc] = [t.end for t in turns]
        k = bisect.bisect_right(self._turn_ends[doc], start)
        found = []
        while k < len(turns) and turns[k].start < end:
            found.append(turns[k])
            k += 1
        return found

    def speaker_ok(self, speaker: str, doc: int, window: Side, pieces: list[Piece]) -> bool:
        """The source has ``speaker`` saying the first piece's words."""
        said = self.sources[doc].speaker_at(window.span(pieces[0].placement.s0, pieces[0].placement.s1)[0])
        return bool(said and same_person(speaker, said, self.accounts, self.known))

    def stitched(self, quote: Side, segments: list[tuple[int, int]], speaker: str | None) -> Match | None:
        """Each segment located on its own: pieces from different places."""
        pieces: list[Piece] = []
        for seg in segments:
            regions = self.index_regions(quote, [seg]) + self.scan_regions(quote, [seg], speaker)
            found = self.best_chain(quote, [seg], speaker, regions)
            if found is None:
                return None
            pieces.extend(found[1])
        return self.to_match(quote, segments, pieces)

    def unmarked_stitch(
        self,
        quote: Side,
        segments: list[tuple[int, int]],
        pieces: list[Piece],
        match: Match,
        speaker: str | None,
    ) -> Match | None:
        """A long run of quote words missing from the passage, found elsewhere: joined pieces."""
        if len(segments) != 1:
            return None
        piece = pieces[0]
        for op in piece.placement.opcodes:
            added = op.q1 - op.q0
            if op.tag not in ("added", "replace") or added < 6:
                continue
            # a run set against as many other words here is a rewording, unless it stands
            # word for word elsewhere: a sentence from another paragraph put in their place
            reworded = (op.s1 - op.s0) * 2 > added
            seg = (piece.t0 + op.q0, piece.t0 + op.q1)
            found = self.best_chain(quote, [seg], speaker, self.index_regions(quote, [seg]))
            if found is None or found[0] < (WORD_FOR_WORD if reworded else GOOD_ENOUGH):
                continue
            other = found[1][0]
            rest = [s for s in ((piece.t0, seg[0]), (seg[1], piece.t1)) if s[1] > s[0]]
            if not rest:
                continue
            longest = max(rest, key=lambda r: r[1] - r[0])  # "The" before the run is no piece
            kept = self.best_chain(quote, [longest], speaker, [self.window_region(piece)])
            if kept is None:
                continue
            ordered = sorted([*kept[1], other], key=lambda p: p.t0)
            return self.to_match(quote, sorted([(p.t0, p.t1) for p in ordered]), ordered, stitched=True)
        return None

    def sentences_joined(self, quote: Side, seg: tuple[int, int], speaker: str | None) -> Match | None:
        """A quote found nowhere whole may be sentences from different places, run together."""
        text = quote.norm.text
        cuts = [
            k
            for k in range(seg[0] + 2, seg[1] - 1)
            if text[quote.tokens[k - 1].end : quote.tokens[k].start].strip().startswith((".", "?", "!"))
        ]
        for k in cuts[:4]:
            parts = [(seg[0], k), (k, seg[1])]
            pieces: list[Piece] = []
            for part in parts:
                regions = self.index_regions(quote, [part]) + self.scan_regions(quote, [part], speaker)
                found = self.best_chain(quote, [part], speaker, regions)
                if found is None or found[0] < GOOD_ENOUGH:
                    break
                pieces.extend(found[1])
            else:
                return self.to_match(quote, parts, pieces, stitched=True)
        return None

    def window_region(self, piece: Piece) -> tuple[int, int, int]:
        a, b = piece.window.span(0, len(piece.window.tokens))
        return piece.doc, a, b

    def to_match(
        self, quote: Side, segments: list[tuple[int, int]], pieces: list[Piece], stitched: bool = False
    ) -> Match:
        ops: list[DiffOp] = []
        if pieces[0].t0 > 0:
            ops.extend(diff_ops(quote, pieces[0].window, [Opcode("added", 0, pieces[0].t0, 0, 0)]))
        for k, piece in enumerate(pieces):
            p = piece.placement
            if k:
                prev = pieces[k - 1]
                q = Opcode("added", prev.t1, piece.t0, 0, 0)
                same_window = prev.window is piece.window and prev.placement.s1 <= p.s0 and not stitched
                if same_window:
                    between = piece.window.tokens[prev.placement.s1 : p.s0]
                    tag = "equal" if between and all(t.key == "…" for t in between) else "replace"
                    if not between:
                        tag = "added"
                    q = Opcode(tag, prev.t1, piece.t0, prev.placement.s1, p.s0)
                    if tag == "equal" and piece.t0 - prev.t1 != len(between):
                        q = Opcode("replace", prev.t1, piece.t0, prev.placement.s1, p.s0)
                ops.extend(diff_ops(quote, piece.window, [q]))
            shifted = [Opcode(o.tag, o.q0 + piece.t0, o.q1 + piece.t0, o.s0, o.s1) for o in p.opcodes]
            ops.extend(diff_ops(quote, piece.window, shifted))
        last = pieces[-1]
        if last.t1 < len(quote.tokens):
            end = last.placement.s1
            ops.extend(diff_ops(quote, last.window, [Opcode("added", last.t1, len(quote.tokens), end, end)]))
        spans = [Span(*pc.window.span(pc.placement.s0, pc.placement.s1)) for pc in pieces]
        first = pieces[0]
        source = self.sources[first.doc]
        same_source = all(pc.doc == first.doc for pc in pieces)
        if same_source and spans == sorted(spans, key=lambda s: s.start):
            start, end = spans[0].start, spans[-1].end
        else:
            start, end = spans[0].start, spans[0].end
        return Match(
            source,
            start,
            end,
            round(ops_score(ops), 1),
            tuple(spans) if len(spans) > 1 else (),
            tuple(ops),
            tuple(self.sources[pc.doc] for pc in pieces) if not same_source else (),
        )


def text_length(source: Source) -> int:
    """The length of a source's text, without reading it when the manifest knows it."""
    from quotecheck.sources.manifest import FileSource

    return source.length if isinstance(source, FileSource) else len(source.text)


def split_segments(quote: Side) -> list[tuple[int, int]]:
    """Token ranges between ellipses that hold at least one of the speaker's own words."""
    segments: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate([*quote.tokens, None]):
        if t is None or t.key == "…":
            if any(not w.bracketed for w in quote.tokens[start:i]):
                segments.append((start, i))
            start = i + 1
    return segments


def chain(window: Side, doc: int, quote: Side, segments: list[tuple[int, int]]) -> list[Piece] | None:
    """Place every segment in ``window``, in order and without overlap, at the least cost."""
    options: list[list[Placement]] = []
    for t0, t1 in segments:
        seg = quote.tokens[t0:t1]
        max_cost = max(INDEL, int(MAX_EDIT_SHARE * INDEL * len(seg)))
        found = placements(seg, window.tokens, max_cost, text=window.norm.text)
        if not found:
            return None
        options.append(found)
    # best[k][i]: least total cost of segments 0..k ending with option i of segment k
    best: list[list[tuple[int, int]]] = [[(p.cost, -1) for p in options[0]]]
    for k in range(1, len(options)):
        row = []
        for p in options[k]:
            # equal costs: the nearest place of the piece before ("We are … closing" takes the
            # "We are" just before "closing", not one paragraphs earlier: fewer words left out)
            prev = [
                (best[k - 1][i][0] + (p.s0 - q.s1) // 50, p.s0 - q.s1, i)
                for i, q in enumerate(options[k - 1])
                if q.s1 <= p.s0 and best[k - 1][i][0] < 1 << 30
            ]
            if prev:
                cost, _, i = min(prev)
                row.append((cost + p.cost, i))
            else:
                row.append((1 << 30, -1))
        best.append(row)
    last = min(range(len(best[-1])), key=lambda i: best[-1][i][0])
    if best[-1][last][0] >= 1 << 30:
        return None
    picked: list[Piece] = []
    for k in range(len(options) - 1, -1, -1):
        t0, t1 = segments[k]
        picked.append(Piece(doc, window, t0, t1, options[k][last]))
        last = best[k][last][1]
    picked.reverse()
    return picked


def chain_score(quote: Side, pieces: list[Piece]) -> float:
    q_parts: list[str] = []
    s_parts: list[str] = []
    for piece in pieces:
        for op in piece.placement.opcodes:
            qw = quote.tokens[piece.t0 + op.q0 : piece.t0 + op.q1]
            sw = piece.window.tokens[op.s0 : op.s1]
            if qw and all(t.bracketed for t in qw):
                q_parts.extend(t.key for t in sw if t.key != "[sic]")
            else:
                q_parts.extend(t.key for t in qw)
            s_parts.extend(t.key for t in sw)
    return float(fuzz.ratio(" ".join(q_parts), " ".join(s_parts)))


def ops_score(ops: list[DiffOp]) -> float:
    """0–100: how much of the quote is in the source. Omitted source words do not lower it
    (the verdict judges them); [bracketed] stand-ins count as the words they replace."""
    q_parts: list[str] = []
    s_parts: list[str] = []
    for op in ops:
        if op.op == "dropped" or (op.quote_words and all(w == "…" for w in op.quote_words)):
            continue  # omissions (marked or not) do not make the quote's words less found
        if op.quote_words and all(w.startswith("[") and w.endswith("]") for w in op.quote_words):
            q_parts.extend(word_key(w) for w in op.source_words)
        else:
            q_parts.extend(word_key(w) for w in op.quote_words if w != "…")
        s_parts.extend(word_key(w) for w in op.source_words)
    if not q_parts and not s_parts:
        return 0.0
    return float(fuzz.ratio(" ".join(q_parts), " ".join(s_parts)))
