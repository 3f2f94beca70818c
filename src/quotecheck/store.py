"""The snapshot store: an SQLite database of everything fetched, and caches kept between runs.

Every fetched source is kept with where and when it was retrieved, so a run can be repeated
offline and audited later. SQLite gives transactions (a killed process leaves no partial
row) and safe sharing between two runs (WAL, busy timeout).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

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
            self.root.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.root / DB_NAME, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
            db.executescript(SCHEMA)
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

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
