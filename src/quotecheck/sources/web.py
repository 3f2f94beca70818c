"""Web pages by URL: fetched through ``safe_http.get`` (public http(s) addresses only, a
deadline, a size cap, few redirects), a few at a time, the main text extracted, every
fetch kept in the snapshot store.

A run with many dead links still ends in bounded time: pages are fetched by a small pool,
each within its deadline, none started after the run's fetching deadline, and once two
hosts have failed to answer with none answering, the network is taken to be down.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from quotecheck.decoding import charset_of, decode_page
from quotecheck.model import Source, SourceProblem
from quotecheck.progress import FetchCount
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.provenance import capture_time
from quotecheck.sources.safe_http import (
    DEFAULT_LIMITS,
    USER_AGENT,
    Fetched,
    FetchError,
    FetchLimits,
    check_url,
    get,
)
from quotecheck.sources.snapshots import SnapshotPolicy, source_of
from quotecheck.sources.wayback import CACHE as WAYBACK_CACHE
from quotecheck.sources.wayback import CDX, Capture, NoCopy, archived_snapshot, closest_copy
from quotecheck.store import Snapshot, utc_now

if TYPE_CHECKING:
    import requests

__all__ = [
    "USER_AGENT",
    "FetchError",
    "FetchLimits",
    "Fetched",
    "WebPages",
    "charset_of",
    "check_url",
    "fetch",
    "page_snapshot",
]

TEXTUAL = re.compile(r"\s*(?:text/|application/(?:[\w.+-]*\+)?(?:xhtml|xml|json)\b)", re.I)
UNREACHABLE_HOSTS = 2
"""Hosts that fail to connect, with none answering, before a run stops trying the network."""


def is_textual(content_type: str) -> bool:
    return TEXTUAL.match(content_type) is not None


def fetch(
    url: str,
    limits: FetchLimits = DEFAULT_LIMITS,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched:
    """A web page: ``safe_http.get`` for text (HTML, plain text, XML, JSON) only."""
    return get(url, limits, session, sleep, textual=is_textual)


class Network:
    """What a run has learnt of the network, shared by the pool's threads."""

    def __init__(self, limits: FetchLimits, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.ends = clock() + limits.run_deadline
        self.run_deadline = limits.run_deadline
        self.unreachable: list[str] = []
        self.answered = False
        self.lock = threading.Lock()

    def refusal(self) -> str | None:
        """Why a fetch should not start, if it should not."""
        with self.lock:
            if len(self.unreachable) >= UNREACHABLE_HOSTS and not self.answered:
                # no network here: say so at once rather than wait out every page's retries
                hosts = ", ".join(self.unreachable[:UNREACHABLE_HOSTS])
                return f"not fetched: the network seems unreachable ({hosts} did not answer)"
        if self.clock() >= self.ends:
            return f"not fetched: the run's {self.run_deadline:g} s for fetching had passed"
        return None

    def heard(self, url: str, answered: bool) -> None:
        with self.lock:
            if answered:
                self.answered = True
            else:
                self.unreachable.append(urlsplit(url).hostname or url)


@dataclass(frozen=True)
class Rescue:
    """A dead page and what the Wayback Machine gave for it: a copy (fetched now, or kept
    from an earlier run) or why there is none. ``live``: the live fetch's error, when the
    page was tried this run."""

    why: str
    copy: tuple[Capture, Fetched] | Snapshot | NoCopy
    live: FetchError | None = None


Outcome = Fetched | SourceProblem | FetchError | Rescue


class WebPages(SourceProvider):
    """Pages at the given URLs, from the store first (see ``SnapshotPolicy``); a dead one
    from the Wayback Machine (see ``wayback``) unless ``limits.wayback`` is off."""

    def __init__(
        self,
        urls: list[str],
        policy: SnapshotPolicy,
        limits: FetchLimits = DEFAULT_LIMITS,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        dates: Mapping[str, date | None] | None = None,
        notify: Callable[[str], None] | None = None,
        count: FetchCount | None = None,
    ) -> None:
        self.urls = list(dict.fromkeys(urls))
        self.policy = policy
        self.limits = limits
        self.session = session
        self.sleep = sleep
        self.clock = clock
        self.dates = dates or {}
        """The date of the article that links each page: the archive's copy must be older."""
        self.notify = notify
        self.count = count or FetchCount(None)

    def collect(self) -> Iterator[Source | SourceProblem]:
        ready: dict[str, Source | SourceProblem] = {}
        todo: list[str] = []
        ask_archive: dict[str, str] = {}
        """Pages known gone from an earlier run, with why: only the archive is asked."""
        copies: dict[str, Snapshot] = {}
        """Archived copies kept from an earlier run, for pages tried again now."""
        for url in self.urls:
            kept = self.policy.stored("page", url)
            if kept is not None:
                ready[url] = source_of(kept)
                continue
            copy = self.kept_copy(url)
            gone = self.policy.gone(url)
            if gone is not None:
                if isinstance(copy, Snapshot):
                    ready[url] = source_of(copy)
                elif isinstance(copy, str):
                    ready[url] = SourceProblem(url, f"{gone.message}; {copy}")
                elif self.limits.wayback and not self.policy.offline:
                    ask_archive[url] = gone.message
                    todo.append(url)
                else:
                    ready[url] = gone
            elif self.policy.offline:
                ready[url] = source_of(copy) if isinstance(copy, Snapshot) else self.policy.missing(url)
            else:
                todo.append(url)
                if isinstance(copy, Snapshot):
                    copies[url] = copy
        network = Network(self.limits, self.clock)

        def one(url: str) -> Outcome:
            refused = network.refusal()
            if refused is not None:
                return SourceProblem(url, refused)
            self.count.start(url)
            try:
                if url in ask_archive:
                    return Rescue(ask_archive[url], self.archived(url, network))
                try:
                    fetched = fetch(url, self.limits, self.session, self.sleep)
                except FetchError as exc:
                    network.heard(url, answered=not exc.unreachable)
                    dead = exc.gone or exc.unresolved
                    if dead and url in copies:
                        return Rescue(str(exc), copies[url], exc)
                    if dead and self.limits.wayback:
                        return Rescue(str(exc), self.archived(url, network), exc)
                    return exc
                network.heard(url, answered=True)
                return fetched
            finally:
                self.count.finish(url)

        fetched: dict[str, Outcome] = {}
        if todo:
            self.count.expect(len(todo))
            with ThreadPoolExecutor(max(1, self.limits.workers), thread_name_prefix="fetch") as pool:
                fetched = dict(zip(todo, pool.map(one, todo), strict=True))
        for url in self.urls:  # in the order given, and the store written from this thread only
            if url in ready:
                yield ready[url]
                continue
            result = fetched[url]
            if isinstance(result, Rescue):
                yield self.rescued(url, result)
            elif isinstance(result, FetchError):
                problem = SourceProblem(url, str(result))
                yield self.policy.mark_gone(problem) if result.gone else problem
            elif isinstance(result, SourceProblem):
                yield result
            else:
                yield source_of(self.policy.keep(page_snapshot(result)))

    # --- dead pages and the Wayback Machine ---------------------------------------------

    def kept_copy(self, url: str) -> Snapshot | str | None:
        """The archived copy an earlier run used for ``url`` (or why it found none), if the
        Wayback Machine is to be used and the store is (not when refreshing)."""
        store = self.policy.store
        if not self.limits.wayback or store is None or (self.policy.refresh and not self.policy.offline):
            return None
        record = store.cache_json(WAYBACK_CACHE, url)
        if record is None:
            return None
        if not isinstance(record, dict):
            raise store.damaged(f"the record of the archived copy of {url} is not an object")
        if isinstance(record.get("none"), str):
            return f"{record['none']} (as of {record.get('checked', 'an earlier run')})"
        copy = store.latest("page", str(record.get("copy", "")))
        return copy

    def archived(self, url: str, network: Network) -> tuple[Capture, Fetched] | NoCopy:
        found = closest_copy(url, self.dates.get(url), self.limits, self.session, self.sleep)
        network.heard(CDX, answered=not (isinstance(found, NoCopy) and "could not be asked" in found.reason))
        return found

    def rescued(self, url: str, rescue: Rescue) -> Source | SourceProblem:
        if rescue.live is not None and rescue.live.gone:
            self.policy.mark_gone(SourceProblem(url, rescue.why))
        copy = rescue.copy
        if isinstance(copy, NoCopy):
            if copy.definite and self.policy.store is not None:
                record = {"none": copy.reason, "checked": utc_now()}
                self.policy.store.cache_put(WAYBACK_CACHE, url, json.dumps(record).encode())
            return SourceProblem(url, f"{rescue.why}; {copy.reason}")
        if isinstance(copy, Snapshot):
            snapshot = copy
        else:
            capture, fetched = copy
            snapshot = self.policy.keep(archived_snapshot(url, capture, fetched, rescue.why))
            if self.policy.store is not None:
                record = {"copy": snapshot.locator, "captured": capture.timestamp, "checked": utc_now()}
                self.policy.store.cache_put(WAYBACK_CACHE, url, json.dumps(record).encode())
        if self.notify is not None:
            when = capture_time(str(snapshot.meta.get("captured", "")))
            self.notify(f"{url} is gone ({rescue.why}): using the Wayback Machine's copy of {when}")
        return source_of(snapshot)


def page_snapshot(fetched: Fetched) -> Snapshot:
    from quotecheck.sources.html_text import page_text

    raw = decode_page(fetched.body, fetched.content_type)
    if "html" in fetched.content_type or raw.lstrip()[:1] == "<":
        page = page_text(raw, fetched.final_url)
        text, author, published, title = page.text, page.author, page.published, page.title
    else:
        text, author, published, title = raw.replace("\r\n", "\n"), None, None, None
    meta = {"final_url": fetched.final_url, "status": fetched.status, "content_type": fetched.content_type}
    if title:
        meta["title"] = title
    return Snapshot(
        kind="page",
        locator=fetched.url,
        text=text,
        retrieved=utc_now(),
        raw=fetched.body,
        author=author,
        published=published,
        meta=meta,
    )
