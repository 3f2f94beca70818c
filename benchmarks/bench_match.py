"""Benchmark: 100 edited quotes checked against a large generated archive, whole process.

Generates a folder of news-like text (a head of common English words, typographic
apostrophes, and a long Zipf tail of invented words) in ~250 KB files, an article quoting
it 100 times (8-40 words, up to 20% of the words edited), then prints:

- the cold run (fresh store): wall time, MB/s, peak memory of the process tree;
- the warm run (index and manifest kept): wall time of the whole ``quotecheck`` process;
- located: the quote's source file found and its start within 10 characters;
- store plus index size per source character;
- the index build and the manifest pass alone (in this process), in MB/s;
- the naive scan (rapidfuzz ``partial_ratio_alignment`` of each quote over every file's
  text, timed on a sample and extrapolated) and the speed-ups over it.

Prints ``uptime`` before the timings: the machine is shared. quotecheck's bytecode is
compiled first, as ``pip install`` does: an editable install run with
PYTHONDONTWRITEBYTECODE set would otherwise compile every module from source on each run
(about 0.15 s of a warm run's time on the 2-core machine).

    python benchmarks/bench_match.py                 # ~100 MB under /tmp
    python benchmarks/bench_match.py --size-mb 1000  # 1 GB
    python benchmarks/bench_match.py --size-mb 5     # a quick run
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
COMMON = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "was",
    "he",
    "for",
    "it",
    "with",
    "as",
    "his",
    "on",
    "be",
    "at",
    "by",
    "i",
    "this",
    "had",
    "not",
    "are",
    "but",
    "from",
    "or",
    "have",
    "an",
    "they",
    "which",
    "one",
    "you",
    "were",
    "her",
    "all",
    "she",
    "there",
    "would",
    "their",
    "we",
    "him",
    "been",
    "has",
    "when",
    "who",
    "will",
    "more",
    "no",
    "if",
    "out",
    "so",
    "said",
    "what",
    "up",
    "its",
    "about",
    "into",
    "than",
    "them",
    "can",
    "only",
    "other",
    "new",
    "some",
    "could",
    "time",
    "these",
    "two",
    "may",
    "then",
    "do",
    "first",
    "any",
    "my",
    "now",
    "such",
    "like",
    "our",
    "over",
    "man",
    "me",
    "even",
    "most",
    "made",
    "after",
    "also",
    "did",
    "many",
    "before",
    "must",
    "through",
    "back",
    "years",
    "where",
    "much",
    "your",
    "way",
    "well",
    "down",
    "should",
    "because",
    "each",
    "just",
    "those",
    "people",
    "mr",
    "how",
    "too",
    "little",
    "state",
    "good",
    "very",
    "make",
    "world",
    "still",
    "own",
    "see",
    "men",
    "work",
    "long",
    "get",
    "here",
    "between",
    "both",
    "life",
    "being",
    "under",
    "never",
    "day",
    "same",
    "another",
    "know",
    "while",
    "last",
    "might",
    "us",
    "great",
    "old",
    "year",
    "off",
    "come",
    "since",
    "against",
    "go",
    "came",
    "right",
    "used",
    "take",
    "three",
    "city",
    "government",
    "president",
    "minister",
    "police",
    "council",
    "week",
    "told",
    "report",
    "public",
    "officials",
    "percent",
    "million",
    "company",
    "market",
    "party",
    "election",
    "court",
    "health",
    "school",
    "plan",
    "money",
    "it’s",
    "don’t",
    "won’t",
    "can’t",
    "we’re",
    "they’re",
    "isn’t",
    "that’s",
]
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


def vocabulary(rng: random.Random, size: int = 60_000) -> list[str]:
    """Common English words first (the most frequent, as in news), then invented ones."""
    words: set[str] = set(COMMON)
    tail: list[str] = []
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 3, 4))))
        if word not in words:
            words.add(word)
            tail.append(word)
    return [*COMMON, *tail]


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


def make_quotes(folder: Path, count: int, rng: random.Random) -> list[tuple[str, str, int, int]]:
    """``(quote, file, start, edits)``: 8-40 words of a file, up to 20% of them edited."""
    files = sorted(folder.glob("*.txt"))
    vocab = sorted(set(files[0].read_text(encoding="utf-8")[:50_000].split()))
    quotes = []
    while len(quotes) < count:
        path = files[rng.randrange(len(files))]
        text = path.read_text(encoding="utf-8")
        at = rng.randrange(0, max(1, len(text) - 2000))
        at = text.find(" ", at) + 1
        n = rng.randint(8, 40)
        words, pos = [], at
        for _ in range(n):
            end = text.find(" ", pos)
            words.append(text[pos:end])
            pos = end + 1
        if any("\n" in w for w in words):
            continue
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
        quote = " ".join(words).strip(",.?!")
        quotes.append((quote, str(path), at, edits))
    return quotes


class PeakMemory:
    """Peaks of the memory of a process and its children, polled every 20 ms: ``pss`` (each
    page shared by several processes or with the page cache counted once, split between
    them), ``anon`` (memory the processes allocated: not the pages of mapped files)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.pss, self.anon, self.done = pid, 0, 0, False
        self.thread = threading.Thread(target=self.poll, daemon=True)
        self.thread.start()

    def tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as f:
                        todo.extend(int(c) for c in f.read().split())
            except OSError:
                pass
        return pids

    def poll(self) -> None:
        while not self.done:
            pss = anon = 0
            for pid in self.tree():
                try:
                    with open(f"/proc/{pid}/smaps_rollup") as f:
                        for line in f:
                            name, _, value = line.partition(":")
                            if name == "Pss":
                                pss += int(value.split()[0]) * 1024
                            elif name == "Anonymous":
                                anon += int(value.split()[0]) * 1024
                except OSError:
                    pass
            self.pss, self.anon = max(self.pss, pss), max(self.anon, anon)
            time.sleep(0.02)

    def stop(self) -> tuple[int, int]:
        self.done = True
        self.thread.join()
        return self.pss, self.anon


def run_check(
    article: Path, folder: Path, store: Path, metered: bool = True
) -> tuple[float, float, tuple[int, int], dict[str, object]]:
    """One whole ``quotecheck`` process: wall seconds, CPU seconds (user + system, all its
    processes: what the run costs when other work shares the cores), peak memory (PSS,
    anonymous), the report."""
    command = [sys.executable, "-m", "quotecheck", str(article), "-s", str(folder)]
    command += ["--store", str(store), "-f", "json", "-q", "--no-exit"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # polling memory costs CPU beside the run (reading a large mapping's page tables)
    meter = PeakMemory(proc.pid) if metered else None
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak = meter.stop() if meter else (0, 0)
    if proc.returncode != 0:
        raise SystemExit(f"quotecheck failed ({proc.returncode}): {err.decode()[-2000:]}")
    return wall, cpu, peak, json.loads(out)


def located(report: dict[str, object], quotes: list[tuple[str, str, int, int]]) -> tuple[int, int]:
    """``(located, extracted)``: quotes whose match names the right file and starts within
    10 characters of where the words were taken from."""
    found = [q for a in report["articles"] for q in a["quotes"]]  # type: ignore[index,attr-defined]
    hits = 0
    for got, (_, path, start, _) in zip(found, quotes, strict=False):
        match = got.get("match") or {}
        if match.get("source") == path and abs(int(match.get("start", -99)) - start) <= 10:
            hits += 1
    return hits, len(found)


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load() -> str:
    return os.getloadavg().__repr__()


def compile_bytecode() -> None:
    """Write quotecheck's ``.pyc`` files, as an installed package has them."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("quotecheck")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100.0)
    ap.add_argument("--quotes", type=int, default=100)
    ap.add_argument("--dir", default="/tmp/quotecheck-bench")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--warm-runs", type=int, default=3)
    ap.add_argument("--scan-sample-mb", type=float, default=4.0, help="text scanned to time the naive scan")
    args = ap.parse_args()
    compile_bytecode()

    folder = Path(args.dir) / f"news-{args.size_mb:g}mb-{args.seed}"
    t = time.perf_counter()
    generate(folder, args.size_mb, args.seed)
    files = sorted(folder.glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    print(f"archive: {folder}: {len(files)} files, {size / 1e6:.1f} MB ({time.perf_counter() - t:.1f} s)")
    rng = random.Random(args.seed)
    quotes = make_quotes(folder, args.quotes, rng)
    article = Path(args.dir) / f"article-{args.size_mb:g}mb-{args.seed}.txt"
    article.write_text("\n\n".join(f"“{q},” said Ann Lee." for q, *_ in quotes) + "\n", encoding="utf-8")
    store = Path(args.dir) / f"store-{args.size_mb:g}mb-{args.seed}"
    shutil.rmtree(store, ignore_errors=True)
    for p in files:  # read once, so that cold means "no store", not "nothing in the page cache"
        p.read_bytes()
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)

    print(f"load before cold run: {load()}")
    cold, cpu, (pss, anon), report = run_check(article, folder, store)
    hits, extracted = located(report, quotes)
    print(
        f"cold run (fresh store): {cold:.2f} s = {size / 1e6 / cold:.1f} MB/s (CPU {cpu:.1f} s); "
        f"located {hits}/{extracted}; "
        f"peak memory of the process tree: PSS {pss / 1e6:.0f} MB = {pss / chars:.2f} bytes per source "
        f"character (anonymous {anon / 1e6:.0f} MB = {anon / chars:.2f})"
    )
    stored = du(store)
    print(f"store plus index: {stored / 1e6:.1f} MB = {stored / chars:.3f} bytes per source character")
    os.sync()  # the cold run's files written out first: warm runs are timed without writeback
    print(f"load before warm runs: {load()}")
    walls, cpus = [], []
    for _ in range(args.warm_runs):
        wall, cpu, _, report = run_check(article, folder, store, metered=False)
        walls.append(wall)
        cpus.append(cpu)
    _, _, (pss, anon), _ = run_check(article, folder, store)  # once more, for its memory
    warm = statistics.median(walls)
    hits, extracted = located(report, quotes)
    print(
        f"warm run: median {warm:.3f} s of {', '.join(f'{w:.3f}' for w in walls)} (whole process, "
        f"{len(quotes)} quotes; CPU {', '.join(f'{c:.2f}' for c in cpus)} s); "
        f"peak memory PSS {pss / 1e6:.0f} MB (anonymous {anon / 1e6:.0f} MB)"
    )
    print(f"located: {hits / len(quotes):.3f} ({hits}/{len(quotes)}; {extracted} quotes extracted)")

    stages(folder, chars)

    sample: list[str] = []
    sampled = 0
    for p in files:
        if sampled >= args.scan_sample_mb * 1e6:
            break
        sample.append(p.read_text(encoding="utf-8"))
        sampled += len(sample[-1])
    probe = quotes[: min(3, len(quotes))]
    t = time.perf_counter()
    for q, *_ in probe:
        for text in sample:
            fuzz.partial_ratio_alignment(q, text)
    per_quote = (time.perf_counter() - t) / len(probe) * (chars / sampled)
    naive = per_quote * len(quotes)
    print(
        f"naive scan: {per_quote:.2f} s per quote over {chars / 1e6:.0f} M characters (timed on "
        f"{sampled / 1e6:.1f} M), {naive:.0f} s for {len(quotes)} quotes"
    )
    print(f"speed-up over the naive scan: warm {naive / warm:.0f}x, cold {naive / cold:.0f}x")
    print(f"load after: {load()}")


def stages(folder: Path, chars: int) -> None:
    """The manifest pass and the index build alone, in this process, on a fresh store."""
    import tempfile

    from quotecheck.match.segments import open_index
    from quotecheck.sources import FileSources, gather
    from quotecheck.store import Store

    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        store = Store(tmp)
        t = time.perf_counter()
        sources, _ = gather([FileSources([str(folder)], store=store)])
        read = time.perf_counter() - t
        t = time.perf_counter()
        open_index(sources, store)
        build = time.perf_counter() - t
        store.close()
    print(
        f"stages: reading and manifest {read:.2f} s = {chars / 1e6 / read:.0f} MB/s; "
        f"index build {build:.2f} s = {chars / 1e6 / build:.0f} MB/s"
    )


if __name__ == "__main__":
    main()
