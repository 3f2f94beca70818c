"""The store's schema version and migration, and a damaged store as one clear error."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from quotecheck.store import SCHEMA_VERSION, Snapshot, Store
from tests.conftest import Run

URL = "https://example.org/harbour-meeting"
PAGE = "MAYOR ALICE GRANT: We will not close the harbour this winter.\n\nBEN OKAFOR: Repairs start in May.\n"
ARTICLE = "Mayor Alice Grant said: “We will not close the harbour this winter.”\n"

SCHEMA_0 = """
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, locator TEXT NOT NULL, author TEXT, handle TEXT,
    published TEXT, retrieved TEXT NOT NULL, raw BLOB, text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}', hash TEXT NOT NULL, UNIQUE (kind, locator, hash)
);
CREATE INDEX snapshots_by_locator ON snapshots (kind, locator, retrieved);
CREATE TABLE cache (namespace TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,
                    PRIMARY KEY (namespace, key));
"""
"""The schema quotecheck wrote before it had a version (index blobs in ``cache``)."""


def old_store(root: Path) -> None:
    """A store as the code before schema versions left it: a page, a gone record and the
    index kept as blobs."""
    root.mkdir()
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA_0)
    snap = Snapshot(kind="page", locator=URL, text=PAGE, retrieved="2026-03-04T09:00:00Z")
    db.execute(
        "INSERT INTO snapshots (kind, locator, retrieved, raw, text, meta, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (snap.kind, snap.locator, snap.retrieved, b"<html>", snap.text, "{}", snap.hash),
    )
    rows = [
        ("seed-v1", "a" * 32, b"\x00" * 4096),
        ("seed-v1-corpus", "b" * 32, b"\x01" * 65536),
        ("gone", "https://example.org/old", json.dumps({"message": "HTTP 404", "checked": "x"}).encode()),
    ]
    db.executemany("INSERT INTO cache VALUES (?, ?, ?)", rows)
    db.commit()
    db.close()


def test_a_store_written_before_schema_versions_is_migrated(tmp_path: Path, run: Run) -> None:
    root = tmp_path / "store"
    old_store(root)
    store = Store(root)
    assert store.db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    namespaces = [n for (n,) in store.db.execute("SELECT namespace FROM cache")]
    assert namespaces == ["gone"]  # the old index blobs are gone, the rest is kept
    kept = store.latest("page", URL)
    assert kept is not None and kept.text == PAGE
    tables = {n for (n,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"files", "segments", "segment_docs"} <= tables
    store.close()
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(str(article), "-s", URL, "--offline", "--store", str(root), "-f", "json", "--no-links")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["quotes"][0]["verdict"] == "exact"


def test_a_store_from_a_newer_quotecheck_is_refused(tmp_path: Path, run: Run) -> None:
    root = tmp_path / "store"
    old_store(root)
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(str(article), "-s", URL, "--offline", "--store", str(root))
    assert result.exit_code == 2
    assert "written by a newer quotecheck" in result.stderr and "Traceback" not in result.output


def damage_pages(root: Path) -> None:
    """Garbage over every page but the first: the header reads, any table does not."""
    path = root / "store.sqlite3"
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def null_text(root: Path) -> None:
    """A snapshot row with NULL text (a store edited by hand, or by another tool)."""
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("PRAGMA writable_schema = ON")
    db.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'text        TEXT NOT NULL', 'text TEXT')"
        " WHERE name = 'snapshots'"
    )
    db.commit()
    db.close()
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("UPDATE snapshots SET text = NULL")
    db.commit()
    db.close()


def meta_not_json(root: Path) -> None:
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute('UPDATE snapshots SET meta = \'{"kind": "page"\'')
    db.commit()
    db.close()


def gone_without_message(root: Path) -> None:
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("DELETE FROM snapshots")
    db.execute(
        "INSERT INTO cache VALUES ('gone', ?, ?)", (URL, json.dumps({"checked": "2026-03-04"}).encode())
    )
    db.commit()
    db.close()


def raw_as_text(root: Path) -> None:
    """Columns of the wrong type (a store written by another tool): the raw response as
    text, the kind as a number."""
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("UPDATE snapshots SET raw = 'not bytes', kind = 5")
    db.commit()
    db.close()


DAMAGE = [
    (damage_pages, "database disk image is malformed"),
    (null_text, f"the snapshot of {URL} has no text"),
    (meta_not_json, f"the snapshot of {URL} has meta that is not JSON"),
    (gone_without_message, f"the record that {URL} is gone has no message"),
]


@pytest.mark.parametrize(("damage", "says"), DAMAGE)
def test_a_damaged_store_is_one_clear_error(tmp_path: Path, run: Run, damage: object, says: str) -> None:
    root = tmp_path / "store"
    store = Store(root)
    store.put_snapshot(Snapshot(kind="page", locator=URL, text=PAGE, retrieved="2026-03-04T09:00:00Z"))
    store.close()
    damage(root)  # type: ignore[operator]
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(str(article), "-s", URL, "--offline", "--store", str(root), "--no-links")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("quotecheck: error: ") and "snapshot store is damaged" in lines[0]
    assert says in lines[0]


def test_a_damaged_store_never_stops_a_check_of_local_files(tmp_path: Path, run: Run) -> None:
    """The store only caches what local files give: damaged, it costs time, not the check."""
    root = tmp_path / "store"
    Store(root).put_snapshot(Snapshot(kind="page", locator=URL, text=PAGE, retrieved="2026-03-04T09:00:00Z"))
    damage_pages(root)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "meeting.txt").write_text(PAGE + "filler words for the archive. " * 40_000, encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(str(article), "-s", str(sources), "--store", str(root), "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["quotes"][0]["verdict"] == "exact"


AUDITS = [["store", "list"], ["store", "show", URL], ["store", "export"]]


@pytest.mark.parametrize("command", AUDITS, ids=[" ".join(c[1:2]) for c in AUDITS])
@pytest.mark.parametrize(
    ("damage", "says"),
    [
        *[d for d in DAMAGE if d[0] is not gone_without_message],  # no snapshot to show there
        (raw_as_text, f"the snapshot of {URL} has columns of the wrong type"),
    ],
)
def test_auditing_a_damaged_store_is_one_clear_error(
    tmp_path: Path, run: Run, command: list[str], damage: object, says: str
) -> None:
    """`store list|show|export` read every row: damage there ended in a traceback."""
    root = tmp_path / "store"
    store = Store(root)
    store.put_snapshot(Snapshot(kind="page", locator=URL, text=PAGE, retrieved="2026-03-04T09:00:00Z"))
    store.close()  # written back from the log into the database file, which is damaged
    damage(root)  # type: ignore[operator]
    result = run(*command, "--store", str(root))
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("quotecheck: error: ") and "snapshot store is damaged" in lines[0]
    assert says in lines[0]


def test_a_check_against_a_snapshot_of_the_wrong_types_is_one_clear_error(tmp_path: Path, run: Run) -> None:
    root = tmp_path / "store"
    Store(root).put_snapshot(Snapshot(kind="page", locator=URL, text=PAGE, retrieved="2026-03-04T09:00:00Z"))
    db = sqlite3.connect(root / "store.sqlite3")
    db.execute("UPDATE snapshots SET raw = 'not bytes'")
    db.commit()
    db.close()
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run(str(article), "-s", URL, "--offline", "--store", str(root), "--no-links")
    assert result.exit_code == 2, result.output
    assert "has columns of the wrong type" in result.stderr and "Traceback" not in result.output
