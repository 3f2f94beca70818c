"""A word-bigram seed index over all sources, so a quote is located without a full scan.

A full fuzzy scan costs ~15 ms per MB per quote; this index finds the few places worth
aligning. Every word is hashed (vectorised with numpy: case-folded code points, a
polynomial hash over each word), each pair of neighbouring words becomes a 32-bit seed,
and seeds are bucketed by their top 16 bits (a radix sort, O(n)). Per entry it keeps the
low 16 bits and the global character offset: 6 bytes per word, about 1 byte per source
character. A quote's seeds vote for diagonals (source offset minus quote offset); the
best-voted places are then aligned word by word (quotecheck.match.align).

Per-source seeds and the assembled index are kept in the snapshot store keyed by content
hash, so a second run over unchanged sources does not rebuild, and a changed file is the
only one re-hashed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from quotecheck.store import Store

VERSION = "seed-v1"
BLOCK = 1 << 20
"""Texts are hashed in blocks of about this many characters (bounded temporary memory)."""
BUCKET_BITS = 16
MAX_POSTINGS = 20000
"""Seeds more common than this (\"of the\") carry no information about where a quote is."""
POSTINGS_BUDGET = 20000
"""Postings voted per quote segment, once MIN_SEEDS seeds are in (rarest seeds first)."""
MIN_SEEDS = 4

U64 = np.uint64
_B = 1000003  # odd: invertible modulo 2**64
_MASK64 = (1 << 64) - 1
_tables: dict[str, Any] = {}


def _build_tables() -> None:
    """Word-character flags and case folding (filled for ASCII now, other characters as
    they are met), and the powers for the polynomial word hash."""
    word = np.zeros(0x10000, dtype=np.bool_)
    fold = np.arange(0x10000, dtype=np.uint64)
    known = np.zeros(0x10000, dtype=np.bool_)
    known[:0x80] = True
    for cp in range(0x80):
        word[cp] = chr(cp).isalnum()
    fold[ord("A") : ord("Z") + 1] += 32
    n = BLOCK * 2 + 2
    powers = np.full(n, _B, dtype=U64)
    powers[0] = 1
    powers = np.cumprod(powers, dtype=U64)
    inv = np.full(n, pow(_B, -1, 1 << 64), dtype=U64)
    inv[0] = 1
    inv = np.cumprod(inv, dtype=U64)
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


def word_hashes(text: str) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """``(starts, hashes)``: the character offset and a 64-bit hash of each word of ``text``.

    Words are runs of letters and digits, case-folded; apostrophes, hyphens and dashes
    separate words on both sides (quote and source alike), so typography never moves a seed.
    """
    t = tables()
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    n = len(cps)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, U64)
    learn(cps)
    small = np.minimum(cps, 0xFFFF)
    isword = t["word"][small] & (cps <= 0xFFFF)
    all_starts, all_hashes = [], []
    block_start = 0
    while block_start < n:
        block_end = min(n, block_start + BLOCK)
        if block_end < n:
            # cut where no word is running, so that no word straddles two blocks
            nonword = np.flatnonzero(~isword[block_end : block_end + BLOCK])
            block_end = block_end + int(nonword[0]) if len(nonword) else min(n, block_end + BLOCK)
        w = isword[block_start:block_end]
        edges = np.diff(w.view(np.int8), prepend=np.int8(0), append=np.int8(0))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1)
        values = t["fold"][small[block_start:block_end]] * t["pow"][: block_end - block_start]
        prefix = np.zeros(len(values) + 1, dtype=U64)
        np.cumsum(values, dtype=U64, out=prefix[1:])
        hashes = (prefix[ends] - prefix[starts]) * t["inv"][starts]
        all_starts.append(starts.astype(np.int64) + block_start)
        all_hashes.append(hashes)
        block_start = block_end
    return np.concatenate(all_starts), np.concatenate(all_hashes)


def seeds(text: str) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    """``(seed, offset)``: a 32-bit hash of each pair of neighbouring words, and where it starts."""
    starts, hashes = word_hashes(text)
    if len(hashes) < 2:
        return np.zeros(0, np.uint32), np.zeros(0, np.int64)
    with np.errstate(over="ignore"):
        g = hashes[:-1] * U64(0x9E3779B97F4A7C15) ^ hashes[1:]
        g ^= g >> U64(31)
        g *= U64(0xBF58476D1CE4E5B9)
        g ^= g >> U64(29)
    return (g >> U64(32)).astype(np.uint32), starts[:-1]


def content_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Candidate:
    """A place worth aligning: source number, approximate start offset, seed votes."""

    doc: int
    start: int
    votes: int


CORPUS_INDEXES_KEPT = 3
"""Whole-corpus indexes kept in the store: a few source sets may share one store."""


class SeedIndex:
    """Bucketed seeds of all sources, with where each source starts in the global offsets."""

    def __init__(
        self,
        bucket_offsets: np.ndarray,  # type: ignore[type-arg]
        low: np.ndarray,  # type: ignore[type-arg]
        pos: np.ndarray,  # type: ignore[type-arg]
        doc_starts: np.ndarray,  # type: ignore[type-arg]
    ) -> None:
        self.bucket_offsets = bucket_offsets
        self.low = low
        self.pos = pos
        self.doc_starts = doc_starts

    @property
    def nbytes(self) -> int:
        return int(self.bucket_offsets.nbytes + self.low.nbytes + self.pos.nbytes + self.doc_starts.nbytes)

    @classmethod
    def build(cls, texts: Sequence[str], store: Store | None = None) -> SeedIndex:
        """Index ``texts``, reusing per-text seeds and the assembled index from ``store``."""
        doc_starts = np.zeros(len(texts), dtype=np.int64)
        total = 0
        for i, text in enumerate(texts):
            doc_starts[i] = total
            total += len(text) + 1
        if total >= 1 << 32:
            raise ValueError("sources too large for one index (4 G characters)")
        keys = [content_key(t) for t in texts] if store is not None else []
        corpus_key = hashlib.blake2b("\n".join(keys).encode(), digest_size=16).hexdigest()
        if store is not None:
            blob = store.cache_get(VERSION + "-corpus", corpus_key)
            if blob is not None:
                return cls.from_bytes(blob, doc_starts)
        parts_seed, parts_pos = [], []
        for i, text in enumerate(texts):
            cached = store.cache_get(VERSION, keys[i]) if store is not None else None
            if cached is not None:
                n = len(cached) // 8
                g = np.frombuffer(cached, dtype=np.uint32, count=n)
                local = np.frombuffer(cached, dtype=np.uint32, offset=4 * n, count=n)
            else:
                g, starts = seeds(text)
                local = starts.astype(np.uint32)
                if store is not None:
                    store.cache_put(VERSION, keys[i], g.tobytes() + local.tobytes())
            parts_seed.append(g)
            parts_pos.append(local.astype(np.uint32) + np.uint32(doc_starts[i]))
        index = cls.assemble(
            np.concatenate(parts_seed) if parts_seed else np.zeros(0, np.uint32),
            np.concatenate(parts_pos) if parts_pos else np.zeros(0, np.uint32),
            doc_starts,
        )
        if store is not None:
            store.cache_put(VERSION + "-corpus", corpus_key, index.to_bytes())
            store.cache_keep_latest(VERSION + "-corpus", CORPUS_INDEXES_KEPT)
        return index

    @classmethod
    def assemble(
        cls,
        g: np.ndarray,  # type: ignore[type-arg]
        pos: np.ndarray,  # type: ignore[type-arg]
        doc_starts: np.ndarray,  # type: ignore[type-arg]
    ) -> SeedIndex:
        buckets = (g >> np.uint32(32 - BUCKET_BITS)).astype(np.uint16)
        order = np.argsort(buckets, kind="stable")  # radix sort for 16-bit keys
        counts = np.bincount(buckets, minlength=1 << BUCKET_BITS)
        offsets = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        low = (g & np.uint32(0xFFFF)).astype(np.uint16)[order]
        return cls(offsets, low, pos[order], doc_starts)

    def to_bytes(self) -> bytes:
        head = np.array([len(self.low)], dtype=np.int64).tobytes()
        return head + self.bucket_offsets.tobytes() + self.low.tobytes() + self.pos.tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes, doc_starts: np.ndarray) -> SeedIndex:  # type: ignore[type-arg]
        n = int(np.frombuffer(blob, dtype=np.int64, count=1)[0])
        at = 8
        offsets = np.frombuffer(blob, dtype=np.int64, offset=at, count=(1 << BUCKET_BITS) + 1)
        at += offsets.nbytes
        low = np.frombuffer(blob, dtype=np.uint16, offset=at, count=n)
        at += low.nbytes
        pos = np.frombuffer(blob, dtype=np.uint32, offset=at, count=n)
        return cls(offsets, low, pos, doc_starts)

    def postings(self, seed: int) -> np.ndarray:  # type: ignore[type-arg]
        bucket = seed >> (32 - BUCKET_BITS)
        a, b = int(self.bucket_offsets[bucket]), int(self.bucket_offsets[bucket + 1])
        if a == b:
            return self.pos[0:0]
        hit = self.low[a:b] == (seed & 0xFFFF)
        found: np.ndarray = self.pos[a:b][hit]  # type: ignore[type-arg]
        return found

    def candidates(self, text: str, limit: int = 5) -> list[Candidate]:
        """The best-voted places for ``text`` (one segment of a quote), best first."""
        g, qpos = seeds(text)
        if len(g) == 0:
            return []
        hits = [(self.postings(seed), j) for j, seed in enumerate(g.tolist())]
        # Rarest seeds first: they say the most about where the quote is, and cost the least.
        hits.sort(key=lambda h: len(h[0]))
        diags: list[np.ndarray] = []  # type: ignore[type-arg]
        total = 0
        for found, j in hits:
            if len(found) == 0 or len(found) > MAX_POSTINGS:
                continue
            if total + len(found) > POSTINGS_BUDGET and len(diags) >= MIN_SEEDS:
                break
            total += len(found)
            diags.append(found.astype(np.int64) - int(qpos[j]))
        if not diags:
            return []
        diag = np.concatenate(diags)
        width = 48 + len(text) // 4
        best: dict[int, tuple[int, int]] = {}
        for shift in (0, width // 2):
            bins = (diag + shift) // width
            ubins, votes = np.unique(bins, return_counts=True)
            top = np.argsort(-votes, kind="stable")[: limit * 2]
            for k in top.tolist():
                in_bin = diag[bins == ubins[k]]
                start = int(np.median(in_bin))
                key = start // (width * 2)
                if key not in best or best[key][1] < int(votes[k]):
                    best[key] = (start, int(votes[k]))
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
