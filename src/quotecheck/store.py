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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DEFAULT_DIR = ".quotecheck"
DB_NAME = "store.sqlite3"

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
"""


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


class Store:
    """A handle on one store folder; the database is opened on first use."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.root / DB_NAME, timeout=30)
                db.execute("PRAGMA busy_timeout=30000")
                setup_shared(db)
            except (OSError, sqlite3.Error) as exc:
                from quotecheck.errors import QuotecheckError

                why = getattr(exc, "strerror", None) or str(exc)
                raise QuotecheckError(
                    f"{self.root}: cannot open the snapshot store ({why}); choose another with --store PATH"
                ) from None
            # In WAL mode NORMAL still never leaves a torn or partial transaction when the
            # process is killed; it only skips an fsync per commit (power loss may drop the
            # last commits), which makes one-snapshot writes ~10x faster.
            db.execute("PRAGMA synchronous=NORMAL")
            self._db = db
        return self._db

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
        with self.db:
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
        row = self.db.execute(
            f"SELECT {COLUMNS} FROM snapshots WHERE kind = ? AND locator = ?"
            " ORDER BY retrieved DESC, id DESC LIMIT 1",
            (kind, locator),
        ).fetchone()
        return None if row is None else snapshot_of(row)

    def history(self, kind: str, locator: str) -> list[Snapshot]:
        """Every kept version of ``locator``, oldest first (for audits)."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM snapshots WHERE kind = ? AND locator = ? ORDER BY retrieved, id",
            (kind, locator),
        ).fetchall()
        return [snapshot_of(r) for r in rows]

    def snapshots(self, kind: str | None = None) -> Iterator[Snapshot]:
        """Every kept snapshot (of one kind), by locator and then oldest first: for audits."""
        where, args = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        for row in self.db.execute(
            f"SELECT {COLUMNS} FROM snapshots {where} ORDER BY locator, retrieved, id", args
        ):
            yield snapshot_of(row)

    def find(self, key: str) -> list[Snapshot]:
        """The snapshots a report names: by content hash or its start (``match.snapshot``),
        else every version of a locator (a URL), oldest first."""
        if HEX.fullmatch(key.lower()):
            rows = self.db.execute(
                f"SELECT {COLUMNS} FROM snapshots WHERE substr(hash, 1, ?) = ? ORDER BY retrieved, id",
                (len(key), key.lower()),
            ).fetchall()
            if rows:
                return [snapshot_of(r) for r in rows]
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM snapshots WHERE locator = ? ORDER BY retrieved, id", (key,)
        ).fetchall()
        return [snapshot_of(r) for r in rows]

    def cache_get(self, namespace: str, key: str) -> bytes | None:
        row = self.db.execute(
            "SELECT value FROM cache WHERE namespace = ? AND key = ?", (namespace, key)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def cache_put(self, namespace: str, key: str, value: bytes) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO cache (namespace, key, value) VALUES (?, ?, ?)",
                (namespace, key, value),
            )

    def cache_keep_latest(self, namespace: str, keep: int) -> None:
        """Drop all but the ``keep`` entries of ``namespace`` written last, so that a cache
        of whole-corpus indexes does not grow by one corpus each time a source changes."""
        with self.db:
            self.db.execute(
                "DELETE FROM cache WHERE namespace = ? AND rowid NOT IN "
                "(SELECT rowid FROM cache WHERE namespace = ? ORDER BY rowid DESC LIMIT ?)",
                (namespace, namespace, keep),
            )


def setup_shared(db: sqlite3.Connection, attempts: int = 200) -> None:
    """WAL mode and the schema, retried while another run is doing the same: switching a
    new database to WAL takes a lock that SQLite's busy handler does not wait for."""
    import time

    for attempt in range(attempts):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


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
    kind, locator, author, handle, published, retrieved, raw, text, meta, digest = row
    return Snapshot(
        kind=kind,
        locator=locator,
        text=text,
        retrieved=retrieved,
        raw=bytes(raw or b""),
        author=author,
        handle=handle,
        published=published,
        meta=json.loads(meta or "{}"),
        hash=digest,
    )


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
