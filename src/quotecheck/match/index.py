"""A word-bigram seed index over all sources, so a quote is located without a full scan.

A full fuzzy scan costs ~15 ms per MB per quote; this index finds the few places worth
aligning. Every word is hashed (vectorised with numpy over blocks of the text: case-folded
code units, a polynomial hash over each word), each pair of neighbouring words becomes a
32-bit seed, and entries are sorted by seed (radix sorts, O(n)) into buckets named by the
seed's top 16 bits. Per entry it keeps the low 16 bits and the character offset: 6 bytes
per word, about 1.1 bytes per source character of news text. Within a bucket the entries
of one seed are contiguous, so a seed's count is two binary searches and a common bigram's
entries are never read. A quote's seeds vote for diagonals (source offset minus quote
offset); the best-voted places are then aligned word by word (quotecheck.match.align).

Large sources keep their index in array files beside the snapshot store (see
``quotecheck.match.segments``), read a slice at a time by the next run rather than rebuilt.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

VERSION = "seed-v2"
"""The seed function and index layout: index files of another version are never read."""
BLOCK = 1 << 18
"""Texts are hashed in blocks of about this many characters (bounded temporary memory)."""
BUCKET_BITS = 16
MAX_POSTINGS = 20000
"""Seeds more common than this (\"of the\") carry no information about where a quote is."""
POSTINGS_BUDGET = 20000
"""Postings voted per quote segment, once MIN_SEEDS seeds are in (rarest seeds first)."""
MIN_SEEDS = 4

U32 = np.uint32
U64 = np.uint64
_B = 1000003  # odd: invertible modulo 2**32
_tables: dict[str, Any] = {}


def _build_tables() -> None:
    """Word-character flags and case folding (filled for ASCII now, other characters as
    they are met), and the powers for the polynomial word hash."""
    word = np.zeros(0x10000, dtype=np.bool_)
    fold = np.arange(0x10000, dtype=U32)
    known = np.zeros(0x10000, dtype=np.bool_)
    known[:0x80] = True
    for cp in range(0x80):
        word[cp] = chr(cp).isalnum()
    fold[ord("A") : ord("Z") + 1] += 32
    n = BLOCK * 2 + 2
    powers = np.full(n, _B, dtype=U32)
    powers[0] = 1
    powers = np.cumprod(powers, dtype=U32)
    inv = np.full(n, pow(_B, -1, 1 << 32), dtype=U32)
    inv[0] = 1
    inv = np.cumprod(inv, dtype=U32)
    _tables.update(word=word, fold=fold, known=known, pow=powers, inv=inv)


def tables() -> dict[str, Any]:
    if not _tables:
        _build_tables()
    return _tables


def learn(cps: np.ndarray) -> None:  # type: ignore[type-arg]
    """Fill the tables for the non-ASCII characters of ``cps`` not seen before."""
    t = tables()
    wide = cps[cps >= 0x80]
    if len(wide) == 0:
        return
    new = np.unique(np.minimum(wide, 0xFFFF))
    new = new[~t["known"][new]]
    for cp in new.tolist():
        ch = chr(cp)
        t["known"][cp] = True
        if ch.isalnum():
            t["word"][cp] = True
            folded = unicodedata.normalize("NFKC", ch).lower()
            if len(folded) == 1:
                t["fold"][cp] = ord(folded)


def code_units(text: str) -> np.ndarray:  # type: ignore[type-arg]
    """One array element per character of ``text``, as narrow as the text allows: bytes
    for ASCII (most news text hashes at memory speed), 16 bits without characters beyond
    the BMP, else 32 bits (characters past 0xFFFF are never word characters)."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    wide = text.encode("utf-16-le", "surrogatepass")
    if len(wide) == 2 * len(text):
        return np.frombuffer(wide, dtype=np.uint16)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.where(cps > 0xFFFF, np.uint32(0xFFFF), cps)  # U+FFFF: a non-character, never a word


def word_hashes(text: str) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """``(starts, hashes)``: the character offset and a 32-bit hash of each word of ``text``.

    Words are runs of letters and digits, case-folded; apostrophes, hyphens and dashes
    separate words on both sides (quote and source alike), so typography never moves a seed.
    """
    t = tables()
    units = code_units(text)
    n = len(units)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, U32)
    if units.dtype == np.uint8:  # ASCII: letters and digits by arithmetic, faster than a table
        isword = ((units | np.uint8(32)) - np.uint8(97) < 26) | (units - np.uint8(48) < 10)
    else:
        learn(units)
        isword = np.take(t["word"], units)
    all_starts, all_hashes = [], []
    block_start = 0
    while block_start < n:
        block_end = min(n, block_start + BLOCK)
        if block_end < n:
            # cut where no word is running, so that no word straddles two blocks
            nonword = np.flatnonzero(~isword[block_end : block_end + BLOCK])
            block_end = block_end + int(nonword[0]) if len(nonword) else min(n, block_end + BLOCK)
        w = isword[block_start:block_end]
        edges = np.flatnonzero(np.diff(w.view(np.int8), prepend=np.int8(0), append=np.int8(0)))
        starts, ends = edges[0::2], edges[1::2]  # a word starts, then ends, then the next starts
        values = folded(units[block_start:block_end])
        values *= t["pow"][: block_end - block_start]
        prefix = np.zeros(len(values) + 1, dtype=U32)
        np.cumsum(values, dtype=U32, out=prefix[1:])
        hashes = (prefix[ends] - prefix[starts]) * t["inv"][starts]
        all_starts.append(starts.astype(np.int64) + block_start)
        all_hashes.append(hashes)
        block_start = block_end
    return np.concatenate(all_starts), np.concatenate(all_hashes)


def folded(units: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
    """Case-folded code points, as 32-bit values."""
    if units.dtype == np.uint8:
        upper = (units - np.uint8(65) < 26).view(np.uint8) << np.uint8(5)
        out: np.ndarray = (units | upper).astype(U32)  # type: ignore[type-arg]
        return out
    taken: np.ndarray = np.take(tables()["fold"], units)  # type: ignore[type-arg]
    return taken


def seeds(text: str) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """``(seed, offset)``: a 32-bit hash of each pair of neighbouring words, and where it starts."""
    starts, hashes = word_hashes(text)
    if len(hashes) < 2:
        return np.zeros(0, U32), np.zeros(0, np.int64)
    with np.errstate(over="ignore"):
        g = (hashes[:-1].astype(U64) << U64(32)) | hashes[1:]
        g *= U64(0x9E3779B97F4A7C15)
        g ^= g >> U64(31)
        g *= U64(0xBF58476D1CE4E5B9)
        g ^= g >> U64(29)
    return (g >> U64(32)).astype(U32), starts[:-1]


def content_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Candidate:
    """A place worth aligning: source number, approximate start offset, seed votes."""

    doc: int
    start: int
    votes: int


class Entries(Protocol):
    """A column of index entries: an array in memory, or a segment's file read a slice at a
    time (see ``quotecheck.match.segments.EntryFile``)."""

    @property
    def nbytes(self) -> int: ...

    def __len__(self) -> int: ...

    def __getitem__(self, key: slice, /) -> np.ndarray: ...  # type: ignore[type-arg]


@dataclass(frozen=True)
class Part:
    """Bucketed seeds of some sources: in memory, or read from a segment's files.

    ``pos`` holds offsets into the part's own concatenation of its documents, which start
    at ``starts``; ``doc_map`` says which current source each of them is (-1: a source no
    longer there, whose entries are skipped). Without ``doc_map`` the part's documents are
    a run of the current sources, in order, the first of them starting at global ``base``.
    """

    bucket_offsets: np.ndarray  # type: ignore[type-arg]
    low: Entries
    pos: Entries
    starts: np.ndarray  # type: ignore[type-arg]
    doc_map: np.ndarray | None = None  # type: ignore[type-arg]
    base: int = 0

    @property
    def nbytes(self) -> int:
        return int(self.bucket_offsets.nbytes + self.low.nbytes + self.pos.nbytes)

    def span(self, seed: int) -> tuple[int, int]:
        """Where ``seed``'s entries are: within its bucket they are sorted by their low
        bits, so two binary searches find them without reading the others (a common
        bigram's bucket holds millions of entries in a large archive)."""
        bucket = seed >> (32 - BUCKET_BITS)
        a, b = int(self.bucket_offsets[bucket]), int(self.bucket_offsets[bucket + 1])
        if a == b:
            return a, a
        key = seed & 0xFFFF
        if key == 0xFFFF:  # no key+1 in 16 bits
            return a + int(self.low[a:b].searchsorted(np.uint16(key))), b
        lo, hi = self.low[a:b].searchsorted(np.array([key, key + 1], dtype=np.uint16))
        return a + int(lo), a + int(hi)

    def postings(self, seed: int) -> np.ndarray:  # type: ignore[type-arg]
        """Where ``seed`` occurs, as offsets into this part."""
        a, b = self.span(seed)
        found: np.ndarray = self.pos[a:b]  # type: ignore[type-arg]
        return found


def bucketed(
    g: np.ndarray,  # type: ignore[type-arg]
    pos: np.ndarray,  # type: ignore[type-arg]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """``(bucket_offsets, low, pos)``: entries sorted by seed, equal seeds in their order
    in ``pos`` (two stable radix sorts of 16-bit keys, O(n))."""
    buckets = (g >> U32(32 - BUCKET_BITS)).astype(np.uint16)
    order = seed_order(buckets, (g & U32(0xFFFF)).astype(np.uint16))
    counts = np.bincount(buckets, minlength=1 << BUCKET_BITS)
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return offsets, (g & U32(0xFFFF)).astype(np.uint16)[order], pos[order]


def seed_order(high: np.ndarray, low: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
    """The stable order of entries by ``(high, low)``: least significant key first (LSD
    radix sort; numpy sorts 16-bit keys stably by radix, wider ones more slowly)."""
    by_low = np.argsort(low, kind="stable")
    order: np.ndarray = by_low[np.argsort(high[by_low], kind="stable")]  # type: ignore[type-arg]
    return order


def doc_starts_of(lengths: Sequence[int]) -> np.ndarray:  # type: ignore[type-arg]
    """Where each document starts when they are laid end to end, one separator apart."""
    starts = np.zeros(len(lengths), dtype=np.int64)
    if len(lengths) > 1:
        np.cumsum(np.asarray(lengths[:-1], dtype=np.int64) + 1, out=starts[1:])
    return starts


class SeedIndex:
    """Seeds of all sources, in one part or several, and where each source starts in the
    global offsets that candidates are voted in."""

    def __init__(self, parts: Sequence[Part], doc_starts: np.ndarray) -> None:  # type: ignore[type-arg]
        self.parts = list(parts)
        self.doc_starts = doc_starts

    @property
    def nbytes(self) -> int:
        return sum(p.nbytes for p in self.parts) + int(self.doc_starts.nbytes)

    @classmethod
    def build(cls, texts: Sequence[str]) -> SeedIndex:
        """Index ``texts`` in memory (small sources: no store, no files)."""
        doc_starts = doc_starts_of([len(t) for t in texts])
        total = int(doc_starts[-1]) + len(texts[-1]) + 1 if texts else 0
        if total >= 1 << 32:
            raise ValueError("sources too large for one index (4 G characters)")
        parts_seed, parts_pos = [], []
        for i, text in enumerate(texts):
            g, starts = seeds(text)
            parts_seed.append(g)
            parts_pos.append(starts.astype(U32) + U32(doc_starts[i]))
        offsets, low, pos = bucketed(
            np.concatenate(parts_seed) if parts_seed else np.zeros(0, U32),
            np.concatenate(parts_pos) if parts_pos else np.zeros(0, U32),
        )
        return cls([Part(offsets, low, pos, doc_starts)], doc_starts)

    def count(self, seed: int) -> int:
        """How many entries ``seed`` has (sources gone since included): cheap, read first."""
        total = 0
        for part in self.parts:
            a, b = part.span(seed)
            total += b - a
        return total

    def postings(self, seed: int) -> np.ndarray:  # type: ignore[type-arg]
        """Where ``seed`` occurs among the current sources, as global offsets."""
        found: list[np.ndarray] = []  # type: ignore[type-arg]
        for part in self.parts:
            local = part.postings(seed)
            if len(local) == 0:
                continue
            if part.doc_map is None:
                found.append(local.astype(np.int64) + part.base)
                continue
            local = local.astype(np.int64)
            doc = np.searchsorted(part.starts, local, side="right") - 1
            current = part.doc_map[doc]
            live = current >= 0
            found.append(local[live] - part.starts[doc[live]] + self.doc_starts[current[live]])
        if not found:
            return np.zeros(0, np.int64)
        return found[0] if len(found) == 1 else np.concatenate(found)

    def candidates(self, text: str, limit: int = 5) -> list[Candidate]:
        """The best-voted places for ``text`` (one segment of a quote), best first."""
        g, qpos = seeds(text)
        if len(g) == 0:
            return []
        seed_list = g.tolist()
        counts = [(self.count(seed), j) for j, seed in enumerate(seed_list)]
        # Rarest seeds first: they say the most about where the quote is, and cost the least.
        counts.sort()
        diags: list[np.ndarray] = []  # type: ignore[type-arg]
        total = 0
        for n, j in counts:
            if n == 0 or n > MAX_POSTINGS:
                continue
            if total + n > POSTINGS_BUDGET and len(diags) >= MIN_SEEDS:
                break
            total += n
            found = self.postings(seed_list[j])
            if len(found):  # counted entries may all be of sources gone since the index was built
                diags.append(found - int(qpos[j]))
        if not diags:
            return []
        diag = np.sort(np.concatenate(diags))  # sorted once: every bin is then a slice
        width = 48 + len(text) // 4
        best: dict[int, tuple[int, int]] = {}
        for shift in (0, width // 2):
            bins = (diag + shift) // width
            edges = np.flatnonzero(np.diff(bins)) + 1
            firsts = np.concatenate(([0], edges))
            votes = np.diff(np.concatenate((firsts, [len(bins)])))
            top = np.argsort(-votes, kind="stable")[: limit * 2]
            for k in top.tolist():
                a, n = int(firsts[k]), int(votes[k])
                middle = a + n // 2
                # the median of the bin's diagonals
                start = int(diag[middle]) if n % 2 else int((int(diag[middle - 1]) + int(diag[middle])) / 2)
                key = start // (width * 2)
                if key not in best or best[key][1] < n:
                    best[key] = (start, n)
        ranked = sorted(best.values(), key=lambda sv: -sv[1])
        result: list[Candidate] = []
        taken: list[int] = []
        for start, count in ranked:
            if any(abs(start - t) < len(text) for t in taken):
                continue
            taken.append(start)
            # the middle of the quote's place decides the source (its start may fall before it)
            doc = int(np.searchsorted(self.doc_starts, start + len(text) // 3, side="right")) - 1
            doc = max(doc, 0)
            result.append(Candidate(doc, start - int(self.doc_starts[doc]), count))
            if len(result) == limit:
                break
        return result
