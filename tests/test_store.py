"""The snapshot store: whole rows or none when killed, two runs at once, history kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.store import Snapshot, Store, store_dir

SRC = str(Path(__file__).resolve().parent.parent / "src")


def snap(locator: str, text: str, retrieved: str = "2026-03-04T09:00:00Z") -> Snapshot:
    return Snapshot(
        kind="post", locator=locator, text=text, retrieved=retrieved, raw=b"{}", handle="@AliceGrantMayor"
    )


def test_killed_mid_write_leaves_no_partial_rows(tmp_path: Path) -> None:
    """A process killed inside a batch write leaves the store as it was before the batch."""
    Store(tmp_path).put_snapshot(snap("https://x.com/i/status/1", "kept before"))
    writer = textwrap.dedent(
        """
        import sys, time
        from quotecheck.store import Snapshot, Store
        store = Store(sys.argv[1])
        def batch():
            for n in range(2, 6):
                if n == 4:
                    print("half written", flush=True)
                    time.sleep(60)  # killed here, inside the transaction
                yield Snapshot(kind="post", locator=f"https://x.com/i/status/{n}", text=f"post {n}",
                               retrieved="2026-03-04T09:00:00Z")
        store.put_snapshots(batch())
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, "-c", writer, str(tmp_path)], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"half written"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    store = Store(tmp_path)
    rows = store.db.execute("SELECT locator FROM snapshots ORDER BY id").fetchall()
    assert rows == [("https://x.com/i/status/1",)]
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.put_snapshot(snap("https://x.com/i/status/2", "written after the crash"))
    assert store.latest("post", "https://x.com/i/status/2") is not None


def test_two_runs_share_one_store(tmp_path: Path) -> None:
    """Two processes writing at once: every row of both lands, none is lost to a lock."""
    writer = textwrap.dedent(
        """
        import sys
        from quotecheck.store import Snapshot, Store
        store = Store(sys.argv[1])
        for n in range(40):
            store.put_snapshot(Snapshot(kind="page", locator=f"https://example.org/{sys.argv[2]}/{n}",
                                        text=f"page {n}", retrieved="2026-03-04T09:00:00Z"))
            store.cache_put("test", f"{sys.argv[2]}-{n}", b"1")
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    procs = [
        subprocess.Popen([sys.executable, "-c", writer, str(tmp_path), name], env=env) for name in ("a", "b")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    one, two = Store(tmp_path), Store(tmp_path)
    assert one.db.execute("SELECT count(*) FROM snapshots").fetchone() == (80,)
    two.put_snapshot(
        Snapshot(kind="page", locator="https://example.org/c", text="c", retrieved="2026-03-05T00:00:00Z")
    )
    assert one.latest("page", "https://example.org/c") is not None  # seen through the other connection
    assert one.cache_get("test", "b-39") == b"1"


def test_changed_post_is_a_new_snapshot_and_the_old_is_kept(tmp_path: Path) -> None:
    store = Store(tmp_path)
    url = "https://x.com/i/status/7"
    first = store.put_snapshot(snap(url, "We will not close the harbour.", "2026-03-04T09:00:00Z"))
    second = store.put_snapshot(
        snap(url, "We will not close the harbour this winter.", "2026-03-05T09:00:00Z")
    )
    assert first.hash != second.hash
    assert [s.text for s in store.history("post", url)] == [
        "We will not close the harbour.",
        "We will not close the harbour this winter.",
    ]
    latest = store.latest("post", url)
    assert latest is not None and latest.short == second.short
    # the same text fetched again is no new version, only a later retrieval time
    store.put_snapshot(snap(url, "We will not close the harbour this winter.", "2026-03-06T09:00:00Z"))
    assert len(store.history("post", url)) == 2
    assert (
        store.latest("post", url) is not None
        and store.latest("post", url).retrieved == "2026-03-06T09:00:00Z"
    )  # type: ignore[union-attr]


def test_policy_uses_the_store_first_and_offline_names_what_is_missing(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put_snapshot(snap("https://x.com/i/status/1", "kept"))
    assert SnapshotPolicy(store).stored("post", "https://x.com/i/status/1") is not None
    assert SnapshotPolicy(store, refresh=True).stored("post", "https://x.com/i/status/1") is None
    problem = SnapshotPolicy(store, offline=True).missing("https://x.com/i/status/2")
    assert problem.locator == "https://x.com/i/status/2" and "quotecheck fetch" in problem.message


def test_cache_helpers_still_work(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert store.cache_get("index", "k") is None
    store.cache_put("index", "k", b"v1")
    store.cache_put("index", "k", b"v2")
    assert store.cache_get("index", "k") == b"v2"


def test_store_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUOTECHECK_STORE", raising=False)
    article = tmp_path / "drafts" / "a.md"
    assert store_dir(None, article) == tmp_path / "drafts" / ".quotecheck"
    assert store_dir("elsewhere", article) == Path("elsewhere")
    monkeypatch.setenv("QUOTECHECK_STORE", str(tmp_path / "env"))
    assert store_dir(None, article) == tmp_path / "env"


def test_a_store_that_cannot_be_opened_is_one_clear_error(tmp_path: Path) -> None:
    from quotecheck.errors import QuotecheckError

    (tmp_path / "store.sqlite3").write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(QuotecheckError, match=r"snapshot store is damaged \(file is not a database\)"):
        Store(tmp_path).latest("page", "https://example.org/")
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the store folder should be", encoding="utf-8")
    with pytest.raises(QuotecheckError, match="cannot open the snapshot store"):
        Store(blocker / "store").latest("page", "https://example.org/")
