"""The index of large sources, kept as array files beside the snapshot store.

An index is made of segments. A segment indexes a list of documents (sources, named by a
key of their content) and is three ``.npy`` files in ``<store>/index/``: ``KEY.bkt.npy``
(where each of the 65,536 seed buckets starts), ``KEY.low.npy`` (the low 16 bits of each
entry's seed) and ``KEY.pos.npy`` (its offset in the segment's documents laid end to end).
SQLite keeps what each segment holds (``segments``, ``segment_docs``), never the arrays.

A run maps the segments that hold its sources (a source gone or changed since is skipped in
them) and builds one new segment for the sources no segment holds. A segment mostly dead is
not mapped (its live sources are indexed again); when there would be more than
:data:`MAX_SEGMENTS`, all but the largest are indexed again as one.
Segments replaced this way are pruned at once; others unused for a while are pruned later.

A build streams: sources are hashed in runs of a few million characters (two processes on
two cores for a large build), each run written to disk sorted by the top 8 bits of its
seeds, then the runs are merged one partition at a time into the final files. Memory stays
bounded whatever the size of the sources.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from quotecheck.match.index import BUCKET_BITS, VERSION, Part, SeedIndex, content_key, doc_starts_of, seeds
from quotecheck.progress import Bars, task

if TYPE_CHECKING:
    from quotecheck.model import Source
    from quotecheck.store import Store

RUN_CHARS = 4_000_000
"""Characters hashed per run, at least: bounds each worker's memory (about 10 bytes a
character). Large builds use fewer, larger runs (:data:`RUNS`)."""
RUNS = 120
"""About this many runs for a large build: the merge reads one slice per run and partition."""
PARTITION_ENTRIES = 300_000
"""Entries per merge partition, about: small enough for the sorts to stay in cache."""
PARALLEL_MIN_CHARS = 24_000_000
"""From this many characters to index, two processes hash and merge."""
REUSE_SHARE = 0.5
"""A segment is mapped again only while at least this share of its text is still current."""
MAX_SEGMENTS = 4
"""More segments than this for one set of sources: all are rebuilt into one."""
UNUSED_DAYS = 30
"""Segments no run has used for this long are pruned (other sets of sources that shared
the store, long gone)."""
FILES = ("bkt", "low", "pos")
Load = tuple[str, int, str] | str
"""How a build gets a document's text: ``(path, part, store database or "")`` or the text."""


@dataclass(frozen=True)
class Doc:
    """A source as the index sees it: its content key, length, name, and how to get its
    text (``(path, part, kept_in)`` of a file source, read when hashed, or the text itself)."""

    key: str
    length: int
    locator: str
    load: Load


def docs_of(sources: Sequence[Source]) -> list[Doc]:
    from quotecheck.sources.manifest import FileSource

    docs = []
    for s in sources:
        if isinstance(s, FileSource):
            docs.append(Doc(s.key, s.length, s.locator, (s.path, s.part, s.kept_in or "")))
        else:
            docs.append(Doc(content_key(s.text), len(s.text), s.locator, s.text))
    return docs


@dataclass(frozen=True)
class Segment:
    """What a segment holds: its key and its documents' content keys, lengths and names."""

    key: str
    contents: tuple[str, ...]
    lengths: tuple[int, ...]
    locators: tuple[str, ...]

    @property
    def chars(self) -> int:
        return sum(self.lengths)

    @property
    def starts(self) -> np.ndarray:  # type: ignore[type-arg]
        return doc_starts_of(self.lengths)

    @classmethod
    def of(cls, docs: Sequence[Doc]) -> Segment:
        digest = hashlib.blake2b(VERSION.encode(), digest_size=16)
        for d in docs:
            digest.update(f"\n{d.key}:{d.length}".encode())
        return cls(
            digest.hexdigest(),
            tuple(d.key for d in docs),
            tuple(d.length for d in docs),
            tuple(d.locator for d in docs),
        )


def segment_paths(folder: Path, key: str) -> dict[str, Path]:
    return {name: folder / f"{key}.{name}.npy" for name in FILES}


def map_segment(
    folder: Path,
    segment: Segment,
    doc_map: np.ndarray,  # type: ignore[type-arg]
    current_starts: np.ndarray,  # type: ignore[type-arg]
) -> Part:
    """The segment's arrays, opened (not read): entries are read as quotes need them.

    ``doc_map``: the current source number of each of the segment's documents (-1: gone)."""
    paths = segment_paths(folder, segment.key)
    offsets = np.load(paths["bkt"]).view(np.ndarray)
    low = EntryFile(paths["low"])
    pos = EntryFile(paths["pos"])
    if len(offsets) != (1 << BUCKET_BITS) + 1 or len(low) != len(pos) or int(offsets[-1]) != len(low):
        raise ValueError(f"index segment {segment.key} is not whole")
    first = int(doc_map[0]) if len(doc_map) else 0
    if first >= 0 and np.array_equal(doc_map, np.arange(first, first + len(doc_map))):
        # the segment's documents are current sources in a row: one shift maps them all
        return Part(offsets, low, pos, segment.starts, None, int(current_starts[first]))
    return Part(offsets, low, pos, segment.starts, doc_map)


class EntryFile:
    """A column of a segment's entries (an ``.npy`` file), read a slice at a time with
    ``pread``. Not memory-mapped: every page a mapping touches counts in the process's
    memory, and the kernel maps up to 16 cached neighbours of each (madvise or not), so a
    hundred quotes had most of a 100 MB index mapped in. The file stays open (not its
    name): a segment built in a temporary folder is still read after the folder is gone."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            self.header = f.tell()
        if len(shape) != 1 or fortran:
            raise ValueError(f"{path}: not an index column")
        self.dtype = np.dtype(dtype)
        self.length = int(shape[0])
        self.fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self.fd)
        if os.fstat(self.fd).st_size != self.header + self.nbytes:
            raise ValueError(f"{path}: cut short")

    @property
    def nbytes(self) -> int:
        return self.length * self.dtype.itemsize

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, key: slice, /) -> np.ndarray:  # type: ignore[type-arg]
        start, stop, step = key.indices(self.length)
        if step != 1:
            raise ValueError("an index column is read in runs of entries")
        size = self.dtype.itemsize
        count = max(0, stop - start)
        data = os.pread(self.fd, count * size, self.header + start * size)
        if len(data) != count * size:
            raise OSError(f"index file cut short while being read ({len(data)} of {count * size} bytes)")
        return np.frombuffer(data, dtype=self.dtype)


# -- building ------------------------------------------------------------------------------


def build_segment(docs: Sequence[Doc], folder: Path, progress: Bars | None = None) -> Segment:
    """Write the segment of ``docs`` into ``folder`` (whole or not at all: temporary names
    until every file is complete)."""
    segment = Segment.of(docs)
    starts = doc_starts_of([d.length for d in docs])
    total = int(starts[-1]) + docs[-1].length + 1 if docs else 0
    if total >= 1 << 32:
        raise ValueError("sources too large for one index segment (4 G characters)")
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"build-{segment.key[:8]}-", dir=folder))
    try:
        bits = partition_bits(total)
        run_chars = max(RUN_CHARS, total // RUNS)
        runs: list[tuple[list[tuple[Load, int, int]], str, int]] = []
        batch: list[tuple[Load, int, int]] = []
        size = 0
        for doc, start in zip(docs, starts.tolist(), strict=True):
            batch.append((doc.load, start, doc.length))
            size += doc.length
            if size >= run_chars:
                runs.append((batch, str(work / f"run{len(runs)}"), bits))
                batch, size = [], 0
        if batch:
            runs.append((batch, str(work / f"run{len(runs)}"), bits))
        from quotecheck.workers import parallel_map

        weights = [sum(item[2] for item in spec) for spec, _, _ in runs]
        with task(progress, "indexing sources", sum(weights)) as advance:
            counts = parallel_map(hash_run, runs, weights, PARALLEL_MIN_CHARS, advance)
        bucket_counts = np.sum(counts, axis=0, dtype=np.int64) if counts else np.zeros(1 << BUCKET_BITS)
        offsets = np.zeros((1 << BUCKET_BITS) + 1, dtype=np.int64)
        np.cumsum(bucket_counts, out=offsets[1:])
        entries = int(offsets[-1])
        paths = segment_paths(folder, segment.key)
        temp = {name: work / f"out.{name}.npy" for name in FILES}
        np.save(temp["bkt"], offsets)
        for name, dtype in (("low", np.uint16), ("pos", np.uint32)):
            empty_array_file(temp[name], dtype, entries)
        # each run's entries are sorted by partition: where each partition starts in each run
        per_part = np.asarray(counts, dtype=np.int64).reshape(len(counts), 1 << bits, -1).sum(axis=2)
        run_offsets = np.zeros((len(counts), (1 << bits) + 1), dtype=np.int64)
        np.cumsum(per_part, axis=1, out=run_offsets[:, 1:])
        out_offsets = offsets[:: 1 << (BUCKET_BITS - bits)]
        halves = [(0, 1 << (bits - 1)), (1 << (bits - 1), 1 << bits)]
        jobs = [
            (a, b, bits, [path for _, path, _ in runs], run_offsets.tolist(), out_offsets.tolist(), str(work))
            for a, b in halves
        ]
        with task(progress, "writing the index", entries) as advance:
            parallel_map(merge_partitions, jobs, [entries // 2] * 2, PARALLEL_MIN_CHARS // 6, advance)
        for name in FILES:
            os.replace(temp[name], paths[name])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return segment


def partition_bits(chars: int) -> int:
    """Bits of the seed that name a merge partition, for a build of ``chars`` characters
    (about six characters a word): partitions of about :data:`PARTITION_ENTRIES` entries."""
    partitions = max(1, chars // 6 // PARTITION_ENTRIES)
    return min(12, max(4, partitions.bit_length()))


def hash_run(job: tuple[list[tuple[Load, int, int]], str, int]) -> np.ndarray:  # type: ignore[type-arg]
    """Hash one run of documents, write its entries sorted by partition (the top ``bits``
    of their seed), and return how many entries fall in each seed bucket. Runs in a
    worker process."""
    spec, out, bits = job
    parts_g, parts_pos = [], []
    for text, start in texts_of(spec):
        g, at = seeds(text)
        parts_g.append(g)
        parts_pos.append(at.astype(np.uint32) + np.uint32(start))
    g = np.concatenate(parts_g) if parts_g else np.zeros(0, np.uint32)
    pos = np.concatenate(parts_pos) if parts_pos else np.zeros(0, np.uint32)
    del parts_g, parts_pos
    order = np.argsort((g >> np.uint32(32 - bits)).astype(np.uint16), kind="stable")
    np.save(out + ".g.npy", g[order])
    np.save(out + ".p.npy", pos[order])
    return np.bincount(g >> np.uint32(32 - BUCKET_BITS), minlength=1 << BUCKET_BITS)


def texts_of(spec: Sequence[tuple[Load, int, int]]) -> Iterator[tuple[str, int]]:
    """``(text, start)`` of each document of a run; a file holding several sources (saved
    posts) is read once for all of them."""
    from quotecheck.errors import QuotecheckError
    from quotecheck.model import Source
    from quotecheck.sources.files import read_sources
    from quotecheck.sources.manifest import kept_texts

    read: tuple[str, list[str]] | None = None
    for load, start, length in spec:
        if isinstance(load, str):
            yield load, start
            continue
        path, part, kept_in = load
        if read is None or read[0] != path:
            texts = kept_texts(kept_in, path) if kept_in else None
            if texts is None:
                texts = [s.text for s in read_sources(Path(path), with_turns=False) if isinstance(s, Source)]
            read = (path, texts)
        if part >= len(read[1]) or len(read[1][part]) != length:
            raise QuotecheckError(f"{path}: changed while being checked; run again")
        yield read[1][part], start


def empty_array_file(path: Path, dtype: Any, length: int) -> None:
    """An ``.npy`` file of ``length`` zeros (sparse until written)."""
    with open(path, "wb") as f:
        np.lib.format.write_array_header_1_0(
            f, {"descr": np.dtype(dtype).str, "fortran_order": False, "shape": (length,)}
        )
        f.truncate(f.tell() + np.dtype(dtype).itemsize * length)


class ArrayFile:
    """An ``.npy`` file read and written at element offsets with ``pread``/``pwrite``: no
    mapping, so a build's memory is what it holds, not the pages of every file it touched."""

    def __init__(self, path: str, dtype: Any, writable: bool = False) -> None:
        self.fd = os.open(path, os.O_RDWR if writable else os.O_RDONLY)
        with open(path, "rb") as f:
            np.lib.format.read_magic(f)
            np.lib.format.read_array_header_1_0(f)
            self.header = f.tell()
        self.dtype = np.dtype(dtype)

    def read(self, start: int, stop: int) -> np.ndarray:  # type: ignore[type-arg]
        size = self.dtype.itemsize
        data = os.pread(self.fd, (stop - start) * size, self.header + start * size)
        return np.frombuffer(data, dtype=self.dtype)

    def write(self, start: int, values: np.ndarray) -> None:  # type: ignore[type-arg]
        data = values.astype(self.dtype, copy=False).tobytes()
        at = self.header + start * self.dtype.itemsize
        while data:
            done = os.pwrite(self.fd, data, at)
            data, at = data[done:], at + done

    def close(self) -> None:
        os.close(self.fd)


def merge_partitions(job: tuple[int, int, int, list[str], list[list[int]], list[int], str]) -> None:
    """Merge partitions ``[a, b)`` of every run into the output files, each partition sorted
    by seed. Runs in a worker process (two write the same files, each its own partitions)."""
    from quotecheck.match.index import seed_order

    a, b, bits, runs, run_offsets, out_offsets, work = job
    rest = np.uint32((1 << (BUCKET_BITS - bits)) - 1)  # the bucket's bits below the partition's
    narrow = np.uint8 if BUCKET_BITS - bits <= 8 else np.uint16  # one radix pass, or two
    g_runs = [ArrayFile(r + ".g.npy", np.uint32) for r in runs]
    p_runs = [ArrayFile(r + ".p.npy", np.uint32) for r in runs]
    low_out = ArrayFile(os.path.join(work, "out.low.npy"), np.uint16, writable=True)
    pos_out = ArrayFile(os.path.join(work, "out.pos.npy"), np.uint32, writable=True)
    shift = np.uint32(32 - BUCKET_BITS)
    try:
        for p in range(a, b):
            g = np.concatenate(
                [gr.read(ro[p], ro[p + 1]) for gr, ro in zip(g_runs, run_offsets, strict=True)]
            )
            pos = np.concatenate(
                [pr.read(ro[p], ro[p + 1]) for pr, ro in zip(p_runs, run_offsets, strict=True)]
            )
            low = (g & np.uint32(0xFFFF)).astype(np.uint16)
            # the partition fixes the top bits of the bucket; the rest often fits a byte
            order = seed_order(((g >> shift) & rest).astype(narrow), low)
            low_out.write(out_offsets[p], low[order])
            pos_out.write(out_offsets[p], pos[order])
    finally:
        for f in [*g_runs, *p_runs, low_out, pos_out]:
            f.close()


# -- the store's side: which segments exist, which a run can use ---------------------------


class Catalog:
    """The segments the store knows about (in SQLite) and their files (in the index folder)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.folder = store.index_dir

    def plan(self, docs: Sequence[Doc]) -> tuple[list[tuple[Segment, np.ndarray]], list[int]]:  # type: ignore[type-arg]
        """Segments to map, each with the current document number of each of its documents
        (-1: gone), and the documents no mapped segment holds."""
        db = self.store.db
        wanted: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            wanted.setdefault(d.key, []).append(i)
        keys = list(wanted)
        live: dict[str, int] = {}
        with self.store.guard():
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                rows = db.execute(
                    "SELECT d.segment, SUM(d.length) FROM segment_docs d JOIN segments s ON s.key = d.segment"
                    f" WHERE s.version = ? AND d.content IN ({','.join('?' * len(chunk))}) GROUP BY d.segment",
                    (VERSION, *chunk),
                ).fetchall()
                for segment, chars in rows:
                    live[segment] = live.get(segment, 0) + int(chars)
        chosen: list[tuple[Segment, np.ndarray]] = []  # type: ignore[type-arg]
        taken = [False] * len(docs)
        for key in sorted(live, key=lambda k: -live[k]):
            segment = self.segment(key)
            if segment is None:
                continue
            doc_map = np.full(len(segment.contents), -1, dtype=np.int64)
            claimed = []
            for j, content in enumerate(segment.contents):
                for i in wanted.get(content, ()):
                    if not taken[i] and docs[i].length == segment.lengths[j]:
                        taken[i] = True
                        claimed.append(i)
                        doc_map[j] = i
                        break
            if sum(docs[i].length for i in claimed) < REUSE_SHARE * segment.chars:
                for i in claimed:
                    taken[i] = False
                continue
            chosen.append((segment, doc_map))
        if len(chosen) + (1 if not all(taken) else 0) > MAX_SEGMENTS:
            # too many pieces: keep the largest, index the rest again as one
            for _, doc_map in chosen[1:]:
                for i in doc_map[doc_map >= 0].tolist():
                    taken[i] = False
            chosen = chosen[:1]
        return chosen, [i for i, t in enumerate(taken) if not t]

    def segment(self, key: str) -> Segment | None:
        with self.store.guard():
            rows = self.store.db.execute(
                "SELECT content, length, locator FROM segment_docs WHERE segment = ? ORDER BY doc", (key,)
            ).fetchall()
        if not rows:
            return None
        return Segment(key, tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(r[2] for r in rows))

    def record(self, segment: Segment) -> None:
        """Keep what ``segment`` holds: one transaction, after its files are complete."""
        from quotecheck.store import utc_now

        paths = segment_paths(self.folder, segment.key)
        size = sum(p.stat().st_size for p in paths.values())
        entries = int(np.load(paths["low"], mmap_mode="r").shape[0])
        now = utc_now()
        with self.store.guard(), self.store.db as db:
            db.execute("DELETE FROM segment_docs WHERE segment = ?", (segment.key,))
            db.execute(
                "INSERT OR REPLACE INTO segments (key, version, docs, chars, entries, bytes, built, used)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (segment.key, VERSION, len(segment.contents), segment.chars, entries, size, now, now),
            )
            starts = segment.starts.tolist()
            db.executemany(
                "INSERT INTO segment_docs (segment, doc, content, start, length, locator)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (segment.key, j, c, starts[j], n, loc)
                    for j, (c, n, loc) in enumerate(
                        zip(segment.contents, segment.lengths, segment.locators, strict=True)
                    )
                ],
            )

    def touch(self, keys: Sequence[str]) -> None:
        from quotecheck.store import utc_now

        with self.store.guard(), self.store.db as db:
            db.executemany("UPDATE segments SET used = ? WHERE key = ?", [(utc_now(), k) for k in keys])

    def superseded(self, used: set[str], locators: set[str]) -> list[str]:
        """Segments this run did not use that hold one of its sources: an older index of
        the same files (a file changed, was added or removed since)."""
        with self.store.guard():
            rows = self.store.db.execute("SELECT key FROM segments").fetchall()
        out = []
        for (key,) in rows:
            if key in used:
                continue
            segment = self.segment(key)
            if segment is None or any(loc in locators for loc in segment.locators):
                out.append(key)
        return out

    def unused(self, days: float) -> list[str]:
        """Segments of another index version, or that no run has used for ``days``."""
        from datetime import UTC, datetime, timedelta

        since = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.store.guard():
            rows = self.store.db.execute(
                "SELECT key FROM segments WHERE version != ? OR used <= ?", (VERSION, since)
            ).fetchall()
        return [key for (key,) in rows]

    def orphans(self) -> list[Path]:
        """Files in the index folder that no segment owns: left by a run killed while it
        built, or by a failed write. Builds still running (started in the last hour) are spared."""
        import time

        if not self.folder.is_dir():
            return []
        with self.store.guard():
            known = {key for (key,) in self.store.db.execute("SELECT key FROM segments")}
        out = []
        for path in self.folder.iterdir():
            if path.name.split(".", 1)[0] in known:
                continue
            try:
                if time.time() - path.stat().st_mtime < 3600:
                    continue
            except OSError:
                continue
            out.append(path)
        return out

    def drop(self, keys: Sequence[str]) -> int:
        """Remove segments: their rows first (one transaction), then their files."""
        if not keys:
            return 0
        with self.store.guard(), self.store.db as db:
            db.executemany("DELETE FROM segment_docs WHERE segment = ?", [(k,) for k in keys])
            db.executemany("DELETE FROM segments WHERE key = ?", [(k,) for k in keys])
        freed = 0
        for key in keys:
            for path in segment_paths(self.folder, key).values():
                try:
                    freed += path.stat().st_size
                    path.unlink()
                except OSError:
                    pass
        return freed


def open_index(sources: Sequence[Source], store: Store, progress: Bars | None = None) -> SeedIndex:
    """The index of ``sources``: segments the store has mapped, the rest built and kept.

    The store only saves time: when it cannot be read or written the index is built in a
    temporary folder; an index built but not recorded (a full disk, a lock) is still used.
    """
    from quotecheck.store import CACHE_FAILURES

    docs = docs_of(sources)
    starts = doc_starts_of([d.length for d in docs])
    catalog: Catalog | None = None
    try:
        chosen, missing = Catalog(store).plan(docs)
        catalog = Catalog(store)
    except CACHE_FAILURES:  # no store to read: build this run's index in a temporary folder
        chosen, missing = [], list(range(len(docs)))
    parts: list[Part] = []
    used: list[str] = []
    for segment, doc_map in chosen:
        try:
            parts.append(map_segment(store.index_dir, segment, doc_map, starts))
            used.append(segment.key)
        except (OSError, ValueError):  # files gone or cut short: index those documents again
            missing.extend(int(i) for i in doc_map if i >= 0)
    missing.sort()
    if missing:
        parts.append(build_part([docs[i] for i in missing], missing, starts, store, catalog, progress))
        if catalog is not None:
            used.append(Segment.of([docs[i] for i in missing]).key)
    if catalog is not None:
        try:
            catalog.touch(used)
            stale = catalog.superseded(set(used), {d.locator for d in docs})
            catalog.drop(stale + [k for k in catalog.unused(UNUSED_DAYS) if k not in used and k not in stale])
        except (*CACHE_FAILURES, OSError):
            pass
    return SeedIndex(parts, starts)


def build_part(
    docs: list[Doc],
    numbers: list[int],
    starts: np.ndarray,  # type: ignore[type-arg]
    store: Store,
    catalog: Catalog | None,
    progress: Bars | None,
) -> Part:
    """Build the segment of ``docs`` (current numbers ``numbers``) and map it."""
    from quotecheck.store import CACHE_FAILURES

    doc_map = np.asarray(numbers, dtype=np.int64)
    folder = store.index_dir
    if catalog is not None:
        try:
            segment = build_segment(docs, folder, progress)
            part = map_segment(folder, segment, doc_map, starts)
        except OSError:
            catalog = None  # an index folder that cannot be written: build in a temporary one
        else:
            try:
                catalog.record(segment)
            except (*CACHE_FAILURES, OSError):
                pass  # not recorded: next run builds again, but this run has its index
            return part
    scratch = Path(tempfile.mkdtemp(prefix="quotecheck-index-"))
    try:
        segment = build_segment(docs, scratch, progress)
        return map_segment(scratch, segment, doc_map, starts)  # open files outlive their names
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
