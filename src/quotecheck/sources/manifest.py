"""The manifest of source files kept in the store: what a warm run knows without reading.

For each file it keeps its size, modification time, content digest and the facts matching
needs from every source the file holds (kind, author, transcript turns, length, and the
problems it has). A run stats the files; one whose size, mtime, change time and inode are
unchanged is not read at all: its sources are :class:`FileSource` objects whose text is read
only when a quote's candidate falls there. A file where any of them changed is read and
hashed again; if its bytes are unchanged (a touched file) its digest is too, and so are its
index entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotecheck.errors import QuotecheckError
from quotecheck.model import Source, SourceProblem, Turn

if TYPE_CHECKING:
    from quotecheck.progress import Bars
    from quotecheck.store import Store

READER = "files-1"
"""The version of how files become sources: facts kept by another version are read again."""
MANIFEST_MIN_BYTES = 1_000_000
"""Below this many bytes of source files, reading them all is faster than the store."""
PARALLEL_MIN_BYTES = 32_000_000
"""From this many bytes to read, two processes read them (both cores)."""
TEXTS_READ_BYTES = 32_000_000
"""Texts read on demand are held up to about this many bytes of memory (those used least
recently are dropped first, and read again if asked for): a warm run reads the files where
candidates fall, and holding every one of them grew its memory with the number of quotes."""
TEXT_KEPT_SUFFIXES = {".html", ".htm"}
"""Files whose text the manifest keeps (compressed): a saved page's main text is extracted
by trafilatura, far too slow to redo for each candidate in a warm run."""


@dataclass(frozen=True)
class Entry:
    """A file found under a source path, with what ``stat`` says about it."""

    path: str
    size: int
    mtime_ns: int
    ctime_ns: int = 0
    """When the file's inode last changed: unlike the modification time, no one can set it
    back, so an edit that keeps the size and restores the mtime is still seen."""
    inode: int = 0
    """A file replaced by another (renamed over it) is another inode."""

    @classmethod
    def of(cls, path: str, st: os.stat_result) -> Entry:
        return cls(path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    @property
    def identity(self) -> list[int]:
        """What the manifest keeps beside size and mtime to know the file unchanged."""
        return [self.ctime_ns, self.inode]


class TextsRead:
    """The texts of file sources read on demand, the most recently used ones held up to
    ``limit`` bytes of memory (a text of curly quotes takes two bytes a character)."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = TEXTS_READ_BYTES if limit is None else limit
        self.held = 0
        self.texts: OrderedDict[tuple[str, str], str] = OrderedDict()

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.texts

    def get(self, source: FileSource) -> str:
        key = (source.path, source.key)  # the key names the content: an edited file is another
        text = self.texts.get(key)
        if text is not None:
            self.texts.move_to_end(key)
            return text
        text = source.read_text()
        self.texts[key] = text
        self.held += sys.getsizeof(text)
        while self.held > self.limit and len(self.texts) > 1:
            _, dropped = self.texts.popitem(last=False)
            self.held -= sys.getsizeof(dropped)
        return text


class FileSource(Source):
    """A source from a file whose facts the manifest holds: its text is read when used.

    Everything but ``text`` is set at once; ``text`` is read from the file when something
    asks for it, so a warm run reads only the files where a quote may be. It is held in
    ``texts_read`` (shared by the sources of one run, bounded), not in the source.
    """

    path: str
    part: int
    key: str
    length: int
    kept_in: str | None
    """The store database that keeps this file's text, when it does (saved pages)."""
    texts_read: TextsRead

    def __init__(
        self,
        path: str,
        part: int,
        digest: str,
        facts: dict[str, Any],
        kept_in: str | None = None,
        texts_read: TextsRead | None = None,
    ) -> None:
        values = {
            "locator": facts["locator"],
            "kind": facts["kind"],
            "author": facts.get("author"),
            "handle": facts.get("handle"),
            "published": facts.get("published"),
            "retrieved": facts.get("retrieved"),
            "turns": tuple(Turn(*t) for t in facts.get("turns", ())),
            "truncated": bool(facts.get("truncated")),
            "snapshot": facts.get("snapshot"),
            "path": path,
            "part": part,
            "key": f"{digest}/{part}",
            "length": int(facts["length"]),
            "kept_in": kept_in,
            "texts_read": TextsRead() if texts_read is None else texts_read,
        }
        vars(self).update(values)  # a frozen dataclass: set its fields as its own __init__ does

    def __getattr__(self, name: str) -> Any:
        if name != "text":
            raise AttributeError(name)
        return self.texts_read.get(self)

    def read_text(self) -> str:
        """The text as the reader makes it (or as the store keeps it), read now."""
        return source_text(self.path, self.part, self.length, self.kept_in)

    def __repr__(self) -> str:
        return f"FileSource({self.locator!r}, {self.kind!r}, length={self.length})"


def source_text(path: str, part: int, length: int, kept_in: str | None = None) -> str:
    """Source number ``part`` of the file at ``path`` (from the store when it keeps the
    file's text); a clear error if the file changed under the run."""
    texts = kept_texts(kept_in, path) if kept_in else None
    if texts is None:
        from quotecheck.sources.files import read_sources

        texts = [s.text for s in read_sources(Path(path), with_turns=False) if isinstance(s, Source)]
    if part >= len(texts) or len(texts[part]) != length:
        raise QuotecheckError(f"{path}: changed while being checked; run again")
    return texts[part]


def kept_texts(database: str, path: str) -> list[str] | None:
    """The texts the store keeps for the file at ``path``, or None (then the file is read).

    Its own read-only connection: worker processes call this too."""
    try:
        db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
        try:
            row = db.execute("SELECT texts FROM files WHERE path = ?", (os.path.abspath(path),)).fetchone()
        finally:
            db.close()
        texts = json.loads(zlib.decompress(row[0])) if row and row[0] else None
    except (sqlite3.Error, zlib.error, ValueError):
        return None
    return texts if isinstance(texts, list) else None


def facts_of(path: str) -> dict[str, Any]:
    """Everything the manifest keeps about the file at ``path``, from reading it once.

    A top-level function of plain values, so that worker processes can run it.
    """
    from quotecheck.decoding import NotText, read_capped
    from quotecheck.sources.files import own_report, read_sources

    file = Path(path)
    try:
        data = read_capped(file)
    except OSError as exc:
        return {"digest": "", "items": [["problem", str(file), f"cannot read ({exc.strerror or exc})"]]}
    except NotText as exc:
        return {"digest": "", "items": [["problem", str(file), str(exc)]]}
    digest = hashlib.sha256(data).hexdigest()
    if own_report(file, data):
        return {"digest": digest, "report": True, "items": []}
    items: list[list[Any]] = []
    texts: list[str] = []
    for item in read_sources(file, data=data):
        if isinstance(item, SourceProblem):
            items.append(["problem", named_from(item.locator, path), item.message])
            continue
        facts = {
            "locator": named_from(item.locator, path),
            "kind": item.kind,
            "author": item.author,
            "handle": item.handle,
            "published": item.published,
            "retrieved": item.retrieved,
            "turns": [[t.start, t.end, t.speaker, t.label] for t in item.turns],
            "truncated": item.truncated,
            "snapshot": item.snapshot,
            "length": len(item.text),
        }
        items.append(["source", {k: v for k, v in facts.items() if v not in (None, False, [])}])
        texts.append(item.text)
    found: dict[str, Any] = {"digest": digest, "items": items}
    if file.suffix.lower() in TEXT_KEPT_SUFFIXES and texts:
        found[TEXTS] = zlib.compress(json.dumps(texts, ensure_ascii=False).encode("utf-8"))
    return found


IDENTITY = "stat"
"""The key of an entry's :attr:`Entry.identity` in the facts the manifest keeps (facts kept
without it, by an earlier version, are read again once)."""
TEXTS = "texts"
"""The key of a file's kept texts in what :func:`facts_of` returns (kept in their own column)."""


def named_from(locator: str, path: str) -> str | list[str]:
    """A locator as kept: one that names the file (``PATH``, ``PATH#post``) keeps only what
    follows the path (as ``["file", rest]``), so that the file reached by another path
    (another working folder) is named by that path."""
    return ["file", locator[len(path) :]] if locator.startswith(path) else locator


def named_by(kept: str | list[str], path: str) -> str:
    return path + kept[1] if isinstance(kept, list) else kept


def from_facts(
    path: str, facts: dict[str, Any], kept_in: str | None = None, texts_read: TextsRead | None = None
) -> list[Source | SourceProblem]:
    """The sources and problems of one file, as the manifest describes them (``kept_in``:
    the store database, when it keeps the file's texts; ``texts_read``: where the texts
    read on demand are held, shared by a run's sources)."""
    out: list[Source | SourceProblem] = []
    part = 0
    for item in facts["items"]:
        if item[0] == "problem":
            out.append(SourceProblem(named_by(item[1], path), item[2]))
        else:
            named = {**item[1], "locator": named_by(item[1]["locator"], path)}
            kept = kept_in if facts.get("texts_kept") else None
            out.append(FileSource(path, part, facts["digest"], named, kept, texts_read))
            part += 1
    return out


class Manifest:
    """The store's table of source files: looked up by path, written in one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def lookup(self, entries: Sequence[Entry]) -> dict[str, tuple[int, int, str, dict[str, Any]]]:
        """``path -> (size, mtime_ns, digest, facts)`` for the entries the manifest knows."""
        known: dict[str, tuple[int, int, str, dict[str, Any]]] = {}
        paths = [os.path.abspath(e.path) for e in entries]  # the same file from another folder
        with self.store.guard():
            for start in range(0, len(paths), 500):
                chunk = paths[start : start + 500]
                rows = self.store.db.execute(
                    "SELECT path, size, mtime_ns, digest, facts FROM files WHERE reader = ? AND path IN "
                    f"({','.join('?' * len(chunk))})",
                    (READER, *chunk),
                ).fetchall()
                by_key = dict(zip(chunk, [e.path for e in entries[start : start + 500]], strict=True))
                for path, size, mtime_ns, digest, facts in rows:
                    try:
                        known[by_key[path]] = (size, mtime_ns, digest, json.loads(facts))
                    except ValueError:
                        raise self.store.damaged(f"the manifest entry of {path} is not JSON") from None
        return known

    def record(self, rows: Sequence[tuple[Entry, dict[str, Any], bytes | None]]) -> None:
        """Keep the facts of the files read this run, all in one transaction."""
        if not rows:
            return
        from quotecheck.store import utc_now

        now = utc_now()
        with self.store.guard(), self.store.db:
            self.store.db.executemany(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, digest, reader, facts, seen, texts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        os.path.abspath(e.path),
                        e.size,
                        e.mtime_ns,
                        f["digest"],
                        READER,
                        json.dumps(f, ensure_ascii=False),
                        now,
                        texts,
                    )
                    for e, f, texts in rows
                ],
            )


def read_with_manifest(
    entries: Sequence[Entry],
    store: Store,
    bars: Bars | None = None,
) -> Iterator[tuple[Entry, dict[str, Any]]]:
    """The facts of every entry, in order: kept ones for unchanged files, the others read
    (by two processes when there is much to read) and kept for the next run."""
    from quotecheck.store import CACHE_FAILURES
    from quotecheck.workers import parallel_map

    manifest = Manifest(store)
    known = manifest.lookup(entries)
    facts: dict[str, dict[str, Any]] = {}
    stale: list[Entry] = []
    for entry in entries:
        before = known.get(entry.path)
        if (
            before is not None
            and before[:2] == (entry.size, entry.mtime_ns)
            and before[3].get(IDENTITY) == entry.identity
        ):
            facts[entry.path] = before[3]
        else:
            stale.append(entry)
    if stale:
        from quotecheck.progress import task

        weights = [e.size for e in stale]
        with task(bars, "reading sources", sum(weights)) as advance:
            read = parallel_map(facts_of, [e.path for e in stale], weights, PARALLEL_MIN_BYTES, advance)
        fresh = list(zip(stale, read, strict=True))
        kept: list[tuple[Entry, dict[str, Any], bytes | None]] = []
        for entry, found in fresh:
            # a touched file whose bytes are unchanged has the same digest, so the same index
            # entries; its facts are the new ones (its modification time is its retrieval time)
            texts = found.pop(TEXTS, None)
            if texts is not None:
                found["texts_kept"] = True
            found[IDENTITY] = (
                entry.identity
            )  # as stat saw it before the read: a change since is seen next run
            facts[entry.path] = found
            kept.append((entry, found, texts))
        # the manifest only saves reading next time: a store that cannot keep it costs time
        with suppress(*CACHE_FAILURES):
            manifest.record(kept)
    for entry in entries:
        yield entry, facts[entry.path]


def stat_entry(path: str) -> Entry | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Entry.of(path, st)
