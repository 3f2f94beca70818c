"""Web pages by URL: fetched through ``safe_http.get`` (public http(s) addresses only, a
deadline, a size cap, few redirects), a few at a time, the main text extracted, every
fetch kept in the snapshot store.

A run with many dead links still ends in bounded time: pages are fetched by a small pool,
each within its deadline, none started after the run's fetching deadline, and once two
hosts have failed to answer with none answering, the network is taken to be down.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from quotecheck.decoding import charset_of, decode_page
from quotecheck.model import Source, SourceProblem
from quotecheck.sources.base import SourceProvider
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


class WebPages(SourceProvider):
    """Pages at the given URLs, from the store first (see ``SnapshotPolicy``)."""

    def __init__(
        self,
        urls: list[str],
        policy: SnapshotPolicy,
        limits: FetchLimits = DEFAULT_LIMITS,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.urls = list(dict.fromkeys(urls))
        self.policy = policy
        self.limits = limits
        self.session = session
        self.sleep = sleep
        self.clock = clock

    def collect(self) -> Iterator[Source | SourceProblem]:
        ready: dict[str, Source | SourceProblem] = {}
        todo: list[str] = []
        for url in self.urls:
            kept = self.policy.stored("page", url)
            gone = self.policy.gone(url) if kept is None else None
            if kept is not None:
                ready[url] = source_of(kept)
            elif gone is not None:
                ready[url] = gone
            elif self.policy.offline:
                ready[url] = self.policy.missing(url)
            else:
                todo.append(url)
        network = Network(self.limits, self.clock)

        def one(url: str) -> Fetched | SourceProblem | FetchError:
            refused = network.refusal()
            if refused is not None:
                return SourceProblem(url, refused)
            try:
                fetched = fetch(url, self.limits, self.session, self.sleep)
            except FetchError as exc:
                network.heard(url, answered=not exc.unreachable)
                return exc
            network.heard(url, answered=True)
            return fetched

        fetched: dict[str, Fetched | SourceProblem | FetchError] = {}
        if todo:
            with ThreadPoolExecutor(max(1, self.limits.workers), thread_name_prefix="fetch") as pool:
                fetched = dict(zip(todo, pool.map(one, todo), strict=True))
        for url in self.urls:  # in the order given, and the store written from this thread only
            if url in ready:
                yield ready[url]
                continue
            result = fetched[url]
            if isinstance(result, FetchError):
                problem = SourceProblem(url, str(result))
                yield self.policy.mark_gone(problem) if result.gone else problem
            elif isinstance(result, SourceProblem):
                yield result
            else:
                yield source_of(self.policy.keep(page_snapshot(result)))


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
