"""What a store holds and what can be dropped from it: ``quotecheck store info|prune``.

Droppable: manifest entries of files no longer there, index segments of an older index
version or unused for a while, index files no segment owns (a killed build), and the free
pages SQLite keeps after deletions (reclaimed by ``VACUUM``). Snapshots are never pruned:
they are the record a check can be repeated and audited against.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.store import SCHEMA_VERSION, Store


@dataclass(frozen=True)
class StoreInfo:
    """Sizes and counts of one store, and what ``prune`` would drop."""

    root: str
    schema: int
    database_bytes: int
    free_bytes: int
    index_bytes: int
    snapshots: dict[str, int]
    cache: dict[str, int]
    manifest_files: int
    manifest_gone: list[str] = field(default_factory=list)
    segments: int = 0
    segment_chars: int = 0
    segments_unused: list[str] = field(default_factory=list)
    orphan_files: list[str] = field(default_factory=list)


def file_size(path: Path) -> int:
    """Bytes in ``path``; for a folder (a killed build's run files) all that it holds."""
    try:
        if not path.is_dir() or path.is_symlink():
            return path.stat().st_size
        return sum(file_size(child) for child in path.iterdir())
    except OSError:
        return 0


def store_info(store: Store, unused_days: float) -> StoreInfo:
    """Everything ``store info`` shows; reads, never writes (but for opening the store)."""
    from quotecheck.match.segments import Catalog

    db = store.db
    catalog = Catalog(store)
    with store.guard():
        snapshots = dict(db.execute("SELECT kind, COUNT(*) FROM snapshots GROUP BY kind").fetchall())
        cache = dict(db.execute("SELECT namespace, COUNT(*) FROM cache GROUP BY namespace").fetchall())
        paths = [p for (p,) in db.execute("SELECT path FROM files")]
        segments, chars = db.execute("SELECT COUNT(*), COALESCE(SUM(chars), 0) FROM segments").fetchone()
        page = db.execute("PRAGMA page_size").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0] * page
    database = sum(file_size(p) for p in store.database_files)
    index = sum(file_size(p) for p in store.index_dir.iterdir()) if store.index_dir.is_dir() else 0
    return StoreInfo(
        root=str(store.root),
        schema=SCHEMA_VERSION,
        database_bytes=database,
        free_bytes=free,
        index_bytes=index,
        snapshots=snapshots,
        cache=cache,
        manifest_files=len(paths),
        manifest_gone=[p for p in paths if not os.path.exists(p)],
        segments=segments,
        segment_chars=chars,
        segments_unused=catalog.unused(unused_days),
        orphan_files=[str(p) for p in catalog.orphans()],
    )


@dataclass(frozen=True)
class Pruned:
    """What ``prune`` dropped (or would drop, with ``dry_run``)."""

    manifest_entries: int
    segments: int
    orphan_files: int
    bytes_before: int
    bytes_after: int


def prune_store(store: Store, unused_days: float, dry_run: bool = False) -> Pruned:
    """Drop what :func:`store_info` lists as droppable, then reclaim the free pages."""
    from quotecheck.match.segments import Catalog

    info = store_info(store, unused_days)
    before = info.database_bytes + info.index_bytes
    if dry_run:
        return Pruned(
            len(info.manifest_gone), len(info.segments_unused), len(info.orphan_files), before, before
        )
    catalog = Catalog(store)
    with store.guard(), store.db as db:
        db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in info.manifest_gone])
    catalog.drop(info.segments_unused)
    for name in info.orphan_files:
        path = Path(name)
        try:
            if path.is_dir():
                import shutil

                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            pass
    with store.guard():
        store.db.execute("VACUUM")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = store_info(store, unused_days)
    return Pruned(
        len(info.manifest_gone),
        len(info.segments_unused),
        len(info.orphan_files),
        before,
        after.database_bytes + after.index_bytes,
    )
