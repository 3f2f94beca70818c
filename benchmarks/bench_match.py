"""Benchmark: locate 100 edited quotes in a large synthetic folder of text.

Prints recall (the quote located in the right source, overlapping its true span), the warm
matching time (index kept in the store), the speed-up over a rapidfuzz
``partial_ratio_alignment`` scan of the same text (extrapolated from a sample), the index
build speed and the index size per source character.

    python benchmarks/bench_match.py                # ~100 MB under /tmp
    python benchmarks/bench_match.py --size-mb 5    # a quick run
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import time
from pathlib import Path

from rapidfuzz import fuzz

from quotecheck.match import Matcher
from quotecheck.match.index import SeedIndex
from quotecheck.model import Source
from quotecheck.normalize import normalize
from quotecheck.sources import FileSources, gather
from quotecheck.store import Store

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ca",
    "ce",
    "co",
    "da",
    "de",
    "di",
    "do",
    "fa",
    "fe",
    "fi",
    "ga",
    "go",
    "ha",
    "he",
    "hi",
    "ka",
    "ke",
    "ki",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "pa",
    "pe",
    "pi",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "wa",
    "we",
    "wi",
    "ya",
    "yo",
    "za",
    "ze",
    "zo",
]
FILE_CHARS = 250_000


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words)


def sentence(rng: random.Random, vocab: list[str], cum: list[float]) -> str:
    words = rng.choices(vocab, cum_weights=cum, k=rng.randint(6, 24))
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] += ","
    return " ".join(words) + rng.choice((".", ".", ".", "?", "!"))


def generate(folder: Path, size_mb: float, seed: int) -> None:
    """A deterministic folder of paragraphs of Zipf-distributed words, in ~250 KB files."""
    marker = folder / f".complete-{size_mb}-{seed}"
    if marker.exists():
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    cum = list(itertools.accumulate(1 / (i + 1) ** 1.05 for i in range(len(vocab))))
    total, n = 0, 0
    while total < size_mb * 1_000_000:
        parts: list[str] = []
        size = 0
        while size < FILE_CHARS:
            para = " ".join(sentence(rng, vocab, cum) for _ in range(rng.randint(2, 8)))
            parts.append(para)
            size += len(para) + 2
        text = "\n\n".join(parts) + "\n"
        (folder / f"doc{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
        n += 1
    marker.touch()


def make_quotes(
    sources: list[Source], count: int, rng: random.Random
) -> list[tuple[str, int, int, int, int]]:
    """``(quote, doc, start, end, edits)``: 8–40 words, up to 20% of them edited."""
    vocab = sorted({w for s in sources[:5] for w in s.text[:50_000].split()})
    quotes = []
    while len(quotes) < count:
        doc = rng.randrange(len(sources))
        text = sources[doc].text
        at = rng.randrange(0, max(1, len(text) - 2000))
        at = text.find(" ", at) + 1
        n = rng.randint(8, 40)
        words, pos = [], at
        for _ in range(n):
            end = text.find(" ", pos)
            words.append(text[pos:end])
            pos = end + 1
        end = at + len(" ".join(words))
        edits = rng.randint(0, n // 5)
        for _ in range(edits):
            kind = rng.random()
            i = rng.randrange(len(words))
            if kind < 0.5:
                words[i] = rng.choice(vocab)
            elif kind < 0.75 and len(words) > 8:
                del words[i]
            else:
                words.insert(i, rng.choice(vocab))
        quotes.append((" ".join(words), doc, at, end, edits))
    return quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100.0)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--dir", default="/tmp/quotecheck-bench")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--scan-sample-mb", type=float, default=4.0, help="text scanned to time the full scan")
    args = ap.parse_args()

    folder = Path(args.dir) / f"corpus-{args.size_mb:g}mb-{args.seed}"
    t = time.perf_counter()
    generate(folder, args.size_mb, args.seed)
    print(f"corpus: {folder} ({time.perf_counter() - t:.1f} s to generate or find)")
    sources, _ = gather([FileSources([str(folder)])])
    chars = sum(len(s.text) for s in sources)
    print(f"sources: {len(sources)} files, {chars / 1e6:.1f} M characters")
    rng = random.Random(args.seed)
    quotes = make_quotes(sources, args.quotes, rng)

    t = time.perf_counter()
    index = SeedIndex.build([s.text for s in sources])
    build = time.perf_counter() - t
    print(f"index build (cold, no store): {build:.2f} s = {chars / 1e6 / build:.1f} MB/s")
    print(f"index size: {index.nbytes / 1e6:.1f} MB = {index.nbytes / chars:.2f} bytes per source character")

    store_root = Path(args.dir) / "store"
    shutil.rmtree(store_root, ignore_errors=True)
    store = Store(store_root)
    t = time.perf_counter()
    Matcher(sources, store=store).index  # noqa: B018 - builds and persists
    print(f"first run with store (build + persist): {time.perf_counter() - t:.2f} s")
    store.close()

    store = Store(store_root)
    matcher = Matcher(sources, store=store)
    t = time.perf_counter()
    matcher.index  # noqa: B018 - loads the kept index
    print(f"warm run: index loaded from store in {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    found = [matcher.locate(q) for q, *_ in quotes]
    warm = time.perf_counter() - t
    oks = [
        m is not None and m.source is sources[doc] and m.start < end and m.end > start
        for m, (_, doc, start, end, _) in zip(found, quotes, strict=True)
    ]
    hits = sum(oks)
    misses = [
        (edits, q[:60], None if m is None else (m.score, m.source.locator, m.start))
        for ok, m, (q, _, _, _, edits) in zip(oks, found, quotes, strict=True)
        if not ok
    ]
    print(f"recall: {hits / len(quotes):.3f} ({hits}/{len(quotes)} quotes of 8-40 words, up to 20% edited)")
    heavy = [ok for ok, (q, *_, edits) in zip(oks, quotes, strict=True) if edits * 100 >= 15 * len(q.split())]
    if heavy:
        print(f"  of which {len(heavy)} with 15-20% of words edited: recall {sum(heavy) / len(heavy):.3f}")
    for miss in misses[:5]:
        print("  missed:", miss)
    print(f"warm matching: {warm:.3f} s for {len(quotes)} quotes ({warm / len(quotes) * 1000:.1f} ms each)")
    store.close()

    # The full scan: partial_ratio_alignment of each quote over every source, timed on a sample.
    sample: list[str] = []
    size = 0
    for s in sources:
        if size >= args.scan_sample_mb * 1e6:
            break
        sample.append(normalize(s.text).text.lower())
        size += len(s.text)
    probe = quotes[: min(3, len(quotes))]
    t = time.perf_counter()
    for q, *_ in probe:
        ql = normalize(q).text.lower()
        for text in sample:
            fuzz.partial_ratio_alignment(ql, text)
    per_quote = (time.perf_counter() - t) / len(probe) * (chars / size)
    print(
        f"full scan: {per_quote:.2f} s per quote over {chars / 1e6:.0f} M chars "
        f"(timed on {size / 1e6:.1f} M), {per_quote * len(quotes):.0f} s for {len(quotes)} quotes"
    )
    print(f"speed-up of warm matching over the full scan: {per_quote * len(quotes) / warm:.0f}x")


if __name__ == "__main__":
    main()
