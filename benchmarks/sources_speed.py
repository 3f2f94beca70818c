"""Speed of the sources stage: snapshot store writes and look-ups, post reading, page text.

Prints figures; not a test. Run: .venv/bin/python benchmarks/sources_speed.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from quotecheck.sources.posts import posts_of
from quotecheck.store import Snapshot, Store

POSTS = 5000


def fake_response(n: int) -> dict[str, object]:
    """An API v2 page of ``n`` posts written here (entities, a note, a reply)."""
    data = []
    for i in range(n):
        text = f"@someone Post number {i} about the harbour &amp; the fleet https://t.co/abc{i:05d}"
        data.append(
            {
                "id": str(10**18 + i),
                "text": text,
                "author_id": "1",
                "created_at": "2026-03-04T10:00:00.000Z",
                "referenced_tweets": [{"type": "replied_to", "id": "5"}] if i % 3 == 0 else [],
                "entities": {
                    "urls": [{"url": f"https://t.co/abc{i:05d}", "expanded_url": f"https://example.org/{i}"}]
                },
            }
        )
    return {
        "data": data,
        "includes": {"users": [{"id": "1", "name": "Alice Grant", "username": "AliceGrantMayor"}]},
    }


def main() -> None:
    response = fake_response(POSTS)
    start = time.perf_counter()
    posts = list(posts_of(response))
    elapsed = time.perf_counter() - start
    print(
        f"read {len(posts)} posts as a reader saw them: {elapsed * 1000:.1f} ms ({len(posts) / elapsed:,.0f} posts/s)"
    )

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        snaps = [
            Snapshot(
                kind="post",
                locator=f"https://x.com/i/status/{p.id}",
                text=p.text,
                retrieved="2026-03-04T10:00:00Z",
            )
            for p in posts
        ]
        start = time.perf_counter()
        for i in range(0, len(snaps), 100):  # one transaction per API batch, as fetched
            store.put_snapshots(snaps[i : i + 100])
        elapsed = time.perf_counter() - start
        print(
            f"store {len(snaps)} snapshots in batches of 100: {elapsed * 1000:.1f} ms ({len(snaps) / elapsed:,.0f}/s)"
        )
        start = time.perf_counter()
        for snap in snaps[:2000]:
            store.put_snapshot(snap)
        elapsed = time.perf_counter() - start
        print(f"store 2000 snapshots one transaction each: {elapsed * 1000:.1f} ms ({2000 / elapsed:,.0f}/s)")
        start = time.perf_counter()
        for snap in snaps:
            assert store.latest("post", snap.locator) is not None
        elapsed = time.perf_counter() - start
        print(
            f"look up {len(snaps)} latest snapshots: {elapsed * 1000:.1f} ms ({len(snaps) / elapsed:,.0f}/s)"
        )
        size = (Path(folder) / "store.sqlite3").stat().st_size
        print(f"store size: {size / 1024:.0f} KiB for {len(snaps)} snapshots")

    from quotecheck.sources.html_text import page_text

    paragraphs = "".join(
        f"<p>Item {i}: the harbour board met on Tuesday and talked for hours about wall number {i}.</p>\n"
        for i in range(400)
    )
    page = "<html><body><nav><a href='/'>Home</a></nav><article>" + paragraphs + "</article></body></html>"
    start = time.perf_counter()
    page_text(page)
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(5):
        text = page_text(page).text
    elapsed = (time.perf_counter() - start) / 5
    print(
        f"page main text ({len(page) / 1024:.0f} KiB HTML → {len(text) / 1024:.0f} KiB text): first {first * 1000:.0f} ms"
        f" (imports trafilatura), then {elapsed * 1000:.0f} ms a page"
    )


if __name__ == "__main__":
    main()
