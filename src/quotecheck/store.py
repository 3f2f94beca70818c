"""The snapshot store: an SQLite database of everything fetched, and caches kept between runs.

Every fetched source is kept with where and when it was retrieved, so a run can be repeated
offline and audited later. SQLite gives transactions (a killed process leaves no partial
row) and safe sharing between two runs (WAL, busy timeout).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quotecheck.errors import QuotecheckError

DEFAULT_DIR = ".quotecheck"
DB_NAME = "store.sqlite3"
INDEX_DIR = "index"

SCHEMA_VERSION = 1
"""The layout this code writes (``PRAGMA user_version``). 0: snapshots and a cache table that
also held the match index as blobs (before the index moved to files); 1: adds the manifest of
source files and the index segments, and drops the old index blobs."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshots (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    locator     TEXT NOT NULL,
    author      TEXT,
    handle      TEXT,
    published   TEXT,
    retrieved   TEXT NOT NULL,
    raw         BLOB,
    text        TEXT NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}',
    hash        TEXT NOT NULL,
    UNIQUE (kind, locator, hash)
);
CREATE INDEX IF NOT EXISTS snapshots_by_locator ON snapshots (kind, locator, retrieved);
CREATE TABLE IF NOT EXISTS cache (
    namespace   TEXT NOT NULL,
    key         TEXT NOT NULL,
    value       BLOB NOT NULL,
    PRIMARY KEY (namespace, key)
);
CREATE TABLE IF NOT EXISTS files (
    path        TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    digest      TEXT NOT NULL,
    reader      TEXT NOT NULL,
    facts       TEXT NOT NULL,
    seen        TEXT NOT NULL,
    texts       BLOB
);
CREATE TABLE IF NOT EXISTS segments (
    key         TEXT PRIMARY KEY,
    version     TEXT NOT NULL,
    docs        INTEGER NOT NULL,
    chars       INTEGER NOT NULL,
    entries     INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    built       TEXT NOT NULL,
    used        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS segment_docs (
    segment     TEXT NOT NULL,
    doc         INTEGER NOT NULL,
    content     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    locator     TEXT NOT NULL,
    PRIMARY KEY (segment, doc)
);
CREATE INDEX IF NOT EXISTS segment_docs_by_content ON segment_docs (content);
"""

OLD_INDEX_NAMESPACES = ("seed-v1", "seed-v1-corpus")
"""Where schema 0 kept the match index (per-source seeds and whole-corpus blobs)."""


def store_dir(explicit: str | Path | None = None, near: str | Path | None = None) -> Path:
    """Where the store lives: ``--store``, else ``QUOTECHECK_STORE``, else ``.quotecheck/``
    beside ``near`` (the article or config), else in the current folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("QUOTECHECK_STORE")
    if env:
        return Path(env)
    if near is not None:
        base = Path(near)
        return (base if base.is_dir() else base.parent) / DEFAULT_DIR
    return Path(DEFAULT_DIR)


class StoreUnavailable(QuotecheckError):
    """The store cannot be opened or written (a read-only checkout, a full disk, a lock held
    too long). Caches carry on without it; what only the store holds cannot."""


class StoreDamaged(QuotecheckError):
    """The store holds something that is not what quotecheck wrote (a malformed database, a
    row that is not whole): always a clear error, never a guess."""


CACHE_FAILURES = (StoreUnavailable, StoreDamaged)
"""What a cache (the manifest, the index) survives by working without the store: it only
saves time, so a store that cannot be opened or is damaged never stops a check of local
files. What only the store holds (fetched snapshots) fails with the error instead."""


class Store:
    """A handle on one store folder; the database is opened on first use."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._db: sqlite3.Connection | None = None

    @property
    def database_files(self) -> tuple[Path, Path, Path]:
        """The SQLite database and the write-ahead log and shared-memory files beside it."""
        database = self.root / DB_NAME
        return database, Path(f"{database}-wal"), Path(f"{database}-shm")

    @property
    def index_dir(self) -> Path:
        """Where the match index's array files live, beside the database."""
        return self.root / INDEX_DIR

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.root / DB_NAME, timeout=30)
            except (OSError, sqlite3.Error, ValueError) as exc:  # ValueError: a NUL in the path
                raise self.unavailable(exc) from None
            with self.guard():
                try:
                    db.execute("PRAGMA busy_timeout=30000")
                    setup_shared(db, self.root)
                    # In WAL mode NORMAL still never leaves a torn or partial transaction when
                    # the process is killed; it only skips an fsync per commit (power loss may
                    # drop the last commits), which makes one-snapshot writes ~10x faster.
                    db.execute("PRAGMA synchronous=NORMAL")
                except BaseException:
                    db.close()
                    raise
            self._db = db
        return self._db

    @contextmanager
    def guard(self) -> Iterator[None]:
        """SQLite's failures as one-line errors naming the store: damage (a malformed file,
        not a database) as :class:`StoreDamaged`, the rest (read-only, full, locked) as
        :class:`StoreUnavailable`."""
        try:
            yield
        except QuotecheckError:
            raise
        except sqlite3.OperationalError as exc:
            raise self.unavailable(exc) from None
        except sqlite3.DatabaseError as exc:
            raise self.damaged(str(exc)) from None

    def unavailable(self, exc: BaseException) -> StoreUnavailable:
        why = getattr(exc, "strerror", None) or str(exc)
        return StoreUnavailable(
            f"{self.root}: cannot open the snapshot store ({why}); choose another with --store PATH"
        )

    def damaged(self, why: str) -> StoreDamaged:
        return StoreDamaged(
            f"{self.root}: the snapshot store is damaged ({why}); move it aside, "
            "or choose another with --store PATH"
        )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def put_snapshot(self, snapshot: Snapshot) -> Snapshot:
        """Keep ``snapshot``; one transaction, so a killed run leaves it whole or absent."""
        return self.put_snapshots([snapshot])[0]

    def put_snapshots(self, snapshots: Iterable[Snapshot]) -> list[Snapshot]:
        """Keep several snapshots in one transaction (a batch of posts is kept together).

        The same content seen again only moves its ``retrieved`` time forward; changed
        content is a new row and the old one stays, so an edited post keeps its history.
        """
        kept: list[Snapshot] = []
        with self.guard(), self.db:
            for snap in snapshots:
                self.db.execute(
                    "INSERT INTO snapshots (kind, locator, author, handle, published, retrieved, raw,"
                    " text, meta, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (kind, locator, hash) DO UPDATE SET retrieved = excluded.retrieved,"
                    " raw = excluded.raw, meta = excluded.meta",
                    (
                        snap.kind,
                        snap.locator,
                        snap.author,
                        snap.handle,
                        snap.published,
                        snap.retrieved,
                        snap.raw,
                        snap.text,
                        json.dumps(snap.meta, ensure_ascii=False, sort_keys=True),
                        snap.hash,
                    ),
                )
                kept.append(snap)
        return kept

    def latest(self, kind: str, locator: str) -> Snapshot | None:
        """The most recently retrieved snapshot of ``locator``: what a run uses first."""
        with self.guard():
            row = self.db.execute(
                f"SELECT {COLUMNS} FROM snapshots WHERE kind = ? AND locator = ?"
                " ORDER BY retrieved DESC, id DESC LIMIT 1",
                (kind, locator),
            ).fetchone()
        return None if row is None else self.snapshot_of(row)

    def history(self, kind: str, locator: str) -> list[Snapshot]:
        """Every kept version of ``locator``, oldest first (for audits)."""
        with self.guard():
            rows = self.db.execute(
                f"SELECT {COLUMNS} FROM snapshots WHERE kind = ? AND locator = ? ORDER BY retrieved, id",
                (kind, locator),
            ).fetchall()
        return [self.snapshot_of(r) for r in rows]

    def snapshot_of(self, row: tuple[Any, ...]) -> Snapshot:
        try:
            return snapshot_of(row)
        except ValueError as exc:
            raise self.damaged(str(exc)) from None

    def snapshots(self, kind: str | None = None) -> Iterator[Snapshot]:
        """Every kept snapshot (of one kind), by locator and then oldest first: for audits."""
        where, args = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        with self.guard():
            rows = self.db.execute(
                f"SELECT {COLUMNS} FROM snapshots {where} ORDER BY locator, retrieved, id", args
            ).fetchall()
        for row in rows:
            yield self.snapshot_of(row)

    def find(self, key: str) -> list[Snapshot]:
        """The snapshots a report names: by content hash or its start (``match.snapshot``),
        else every version of a locator (a URL), oldest first."""
        with self.guard():
            rows = []
            if HEX.fullmatch(key.lower()):
                rows = self.db.execute(
                    f"SELECT {COLUMNS} FROM snapshots WHERE substr(hash, 1, ?) = ? ORDER BY retrieved, id",
                    (len(key), key.lower()),
                ).fetchall()
            if not rows:
                rows = self.db.execute(
                    f"SELECT {COLUMNS} FROM snapshots WHERE locator = ? ORDER BY retrieved, id", (key,)
                ).fetchall()
        return [self.snapshot_of(r) for r in rows]

    def cache_get(self, namespace: str, key: str) -> bytes | None:
        with self.guard():
            row = self.db.execute(
                "SELECT value FROM cache WHERE namespace = ? AND key = ?", (namespace, key)
            ).fetchone()
        return None if row is None else bytes(row[0])

    def cache_json(self, namespace: str, key: str) -> Any:
        """A cache entry written as JSON, or None; anything else is damage, not a crash."""
        value = self.cache_get(namespace, key)
        if value is None:
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise self.damaged(f"the {namespace} entry for {key} is not JSON") from None

    def cache_put(self, namespace: str, key: str, value: bytes) -> None:
        with self.guard(), self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO cache (namespace, key, value) VALUES (?, ?, ?)",
                (namespace, key, value),
            )


def setup_shared(db: sqlite3.Connection, root: Path, attempts: int = 200) -> None:
    """WAL mode, the schema and its migration, retried while another run is doing the same:
    switching a new database to WAL takes a lock that SQLite's busy handler does not wait for."""
    import time

    for attempt in range(attempts):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            migrate(db, root)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def migrate(db: sqlite3.Connection, root: Path) -> None:
    """Bring a store written by an older quotecheck to :data:`SCHEMA_VERSION`, in one
    transaction (a killed migration leaves the old store as it was)."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise QuotecheckError(
            f"{root}: this snapshot store was written by a newer quotecheck (schema {version}, "
            f"this one reads {SCHEMA_VERSION}); upgrade quotecheck or choose another with --store PATH"
        )
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another run may have done it
        if version < SCHEMA_VERSION:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            # Schema 0 kept the index as SQLite blobs; the index now lives in files.
            marks = ",".join("?" * len(OLD_INDEX_NAMESPACES))
            db.execute(f"DELETE FROM cache WHERE namespace IN ({marks})", OLD_INDEX_NAMESPACES)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


HEX = re.compile(r"[0-9a-f]{4,64}")
COLUMNS = "kind, locator, author, handle, published, retrieved, raw, text, meta, hash"


@dataclass(frozen=True)
class Snapshot:
    """One fetched thing as kept: what, who, when, the raw response and the text used."""

    kind: str
    locator: str
    text: str
    retrieved: str
    raw: bytes = b""
    author: str | None = None
    handle: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(
                self, "hash", content_hash(self.text, self.author, self.handle, self.published)
            )

    @property
    def short(self) -> str:
        """The name a report gives this snapshot: the start of its content hash."""
        return self.hash[:16]


def content_hash(text: str, *parts: str | None) -> str:
    """A hash of what a quote is checked against (text and attribution), not of the raw
    response: counters and request ids that change on every fetch make no new snapshot."""
    digest = hashlib.sha256(text.encode("utf-8"))
    for part in parts:
        digest.update(b"\x00" + (part or "").encode("utf-8"))
    return digest.hexdigest()


def snapshot_of(row: tuple[Any, ...]) -> Snapshot:
    """A row as a snapshot; ValueError naming what is wrong when the row is not whole."""
    kind, locator, author, handle, published, retrieved, raw, text, meta, digest = row
    if not isinstance(text, str):
        raise ValueError(f"the snapshot of {locator} has no text")
    texts, optional = (kind, locator, retrieved, digest), (author, handle, published, meta)
    if (
        not all(isinstance(v, str) for v in texts)
        or not all(v is None or isinstance(v, str) for v in optional)
        or not (raw is None or isinstance(raw, bytes))
    ):  # SQLite keeps any type in any column: a store written by another tool
        raise ValueError(f"the snapshot of {locator} has columns of the wrong type")
    try:
        meta = json.loads(meta or "{}")
    except ValueError:
        raise ValueError(f"the snapshot of {locator} has meta that is not JSON") from None
    if not isinstance(meta, dict):
        raise ValueError(f"the snapshot of {locator} has meta that is not a JSON object")
    return Snapshot(
        kind=kind,
        locator=locator,
        text=text,
        retrieved=retrieved,
        raw=bytes(raw or b""),
        author=author,
        handle=handle,
        published=published,
        meta=meta,
        hash=digest,
    )


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
