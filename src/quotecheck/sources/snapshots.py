"""How fetched sources use the store: stored snapshots first, ``--refresh`` to fetch again,
``--offline`` to never touch the network. One policy object, shared by every fetching kind,
so that they all behave alike.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.provenance import notice_of
from quotecheck.sources.transcript import turns_of
from quotecheck.store import Snapshot, Store, utc_now

GONE = "gone"
"""Cache namespace of sources known to be gone (a deleted post, a 404 page) and why."""


@dataclass
class SnapshotPolicy:
    store: Store | None = None
    offline: bool = False
    refresh: bool = False

    def stored(self, kind: str, locator: str) -> Snapshot | None:
        """The kept snapshot to use instead of fetching, if any (never when refreshing,
        unless offline: offline always uses what is kept)."""
        if self.store is None or (self.refresh and not self.offline):
            return None
        return self.store.latest(kind, locator)

    def keep(self, snapshot: Snapshot) -> Snapshot:
        if self.store is not None:
            self.store.put_snapshot(snapshot)
        return snapshot

    def keep_all(self, snapshots: list[Snapshot]) -> list[Snapshot]:
        if self.store is not None and snapshots:
            self.store.put_snapshots(snapshots)
        return snapshots

    def gone(self, locator: str) -> SourceProblem | None:
        """A source a previous fetch found gone: reported with the reason and when, so an
        offline run explains a deleted post as well as the run that found it deleted."""
        if self.store is None or (self.refresh and not self.offline):
            return None
        record = self.store.cache_json(GONE, locator)
        if record is None:
            return None
        if not (isinstance(record, dict) and isinstance(record.get("message"), str)):
            raise self.store.damaged(f"the record that {locator} is gone has no message")
        return SourceProblem(
            locator, f"{record['message']} (as of {record.get('checked', 'an earlier run')})"
        )

    def mark_gone(self, problem: SourceProblem) -> SourceProblem:
        if self.store is not None:
            record = {"message": problem.message, "checked": utc_now()}
            self.store.cache_put(GONE, problem.locator, json.dumps(record).encode())
        return problem

    def missing(self, locator: str) -> SourceProblem:
        return SourceProblem(locator, "offline and not in the store (run `quotecheck fetch` first)")


def source_of(snapshot: Snapshot) -> Source:
    """The text of a snapshot as a source to match against, naming the snapshot (and how
    its text was had, when not from the source itself: see ``provenance``)."""
    via, notice = notice_of(snapshot.meta)
    return Source(
        locator=snapshot.locator,
        kind=snapshot.kind,
        text=snapshot.text,
        author=snapshot.author,
        handle=snapshot.handle,
        published=snapshot.published,
        retrieved=snapshot.retrieved,
        turns=turns_of(snapshot.text) if snapshot.kind == "page" else (),
        truncated=bool(snapshot.meta.get("truncated")),
        snapshot=snapshot.short,
        via=via,
        notice=notice,
    )
