"""Web pages by URL: fetched carefully (HTTP(S) only, a timeout, a size cap, few redirects),
the main text extracted, every fetch kept in the snapshot store.

A draft can link anywhere; fetching must never hang a run, fill the memory or be sent to a
``file:`` or ``ftp:`` address by a redirect. Each hop is checked before it is followed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.snapshots import SnapshotPolicy, source_of
from quotecheck.store import Snapshot, utc_now

if TYPE_CHECKING:
    import requests

TEXTUAL = re.compile(r"\s*(?:text/|application/(?:[\w.+-]*\+)?(?:xhtml|xml|json)\b)", re.I)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
UNREACHABLE_HOSTS = 2
"""Hosts that fail to connect, with none answering, before a run stops trying the network."""
USER_AGENT = "quotecheck/0.1 (+quote verification; one request per page)"


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 20.0
    """Seconds to connect and between bytes read."""
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    """Extra tries after a timeout or a dropped connection."""
    backoff: float = 1.0
    """Seconds before the first retry, doubled each time."""


class FetchError(Exception):
    """A page that cannot be had: the message says why, for the report. ``gone`` when the
    server says the page is not there (404, 410), rather than failing to answer."""

    def __init__(self, message: str, gone: bool = False, unreachable: bool = False) -> None:
        super().__init__(message)
        self.gone = gone
        self.unreachable = unreachable


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes


class WebPages(SourceProvider):
    """Pages at the given URLs, from the store first (see ``SnapshotPolicy``)."""

    def __init__(
        self,
        urls: list[str],
        policy: SnapshotPolicy,
        limits: FetchLimits = FetchLimits(),
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.urls = list(dict.fromkeys(urls))
        self.policy = policy
        self.limits = limits
        self.session = session
        self.sleep = sleep

    def collect(self) -> Iterator[Source | SourceProblem]:
        unreachable: list[str] = []  # hosts that did not answer, while none has
        answered = False
        for url in self.urls:
            kept = self.policy.stored("page", url)
            if kept is not None:
                yield source_of(kept)
                continue
            gone = self.policy.gone(url)
            if gone is not None:
                yield gone
                continue
            if self.policy.offline:
                yield self.policy.missing(url)
                continue
            if len(unreachable) >= UNREACHABLE_HOSTS and not answered:
                # no network here: say so at once rather than wait out every page's retries
                yield SourceProblem(
                    url,
                    f"not fetched: the network seems unreachable ({', '.join(unreachable)} did not answer)",
                )
                continue
            try:
                fetched = fetch(url, self.limits, self.session, self.sleep)
            except FetchError as exc:
                if exc.unreachable:
                    unreachable.append(urlsplit(url).hostname or url)
                else:
                    answered = True
                problem = SourceProblem(url, str(exc))
                yield self.policy.mark_gone(problem) if exc.gone else problem
                continue
            answered = True
            yield source_of(self.policy.keep(page_snapshot(fetched)))


def page_snapshot(fetched: Fetched) -> Snapshot:
    from quotecheck.sources.html_text import page_text

    raw = fetched.body.decode(charset_of(fetched.content_type, fetched.body), errors="replace")
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


def charset_of(content_type: str, body: bytes = b"") -> str:
    """The page's encoding: the Content-Type header's, else the page's own <meta charset>,
    else UTF-8 (what nearly every page is today)."""
    import codecs

    declared = [part.strip().partition("=") for part in content_type.split(";")[1:]]
    names = [value for key, _, value in declared if key.lower() == "charset" and value]
    sniffed = META_CHARSET.search(body[:4096])
    if sniffed:
        names.append(sniffed.group(1).decode("ascii", "replace"))
    for name in names:
        try:
            return codecs.lookup(name.strip("\"'")).name
        except LookupError:
            continue
    return "utf-8"


def check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1", from an article's link: a problem, not a crash
        raise FetchError(f"not a valid address: {url}") from None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise FetchError(f"not an http(s) address: {url}")


def fetch(
    url: str,
    limits: FetchLimits = FetchLimits(),
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched:
    """GET ``url`` within the limits; timeouts and dropped connections are retried with
    backoff, then reported."""
    import requests

    check_url(url)
    own = session is None
    http = session or requests.Session()
    try:
        delay = limits.backoff
        for attempt in range(limits.retries + 1):
            try:
                return fetch_once(http, url, limits)
            except (requests.Timeout, requests.ConnectionError) as exc:
                if "NameResolutionError" in str(exc) or "Failed to resolve" in str(exc):
                    # no such host, or no name service at all: asking again will not help
                    raise FetchError(f"cannot resolve {urlsplit(url).hostname}", unreachable=True) from None
                if attempt == limits.retries:
                    what = "timed out" if isinstance(exc, requests.Timeout) else "connection failed"
                    raise FetchError(f"{what} after {attempt + 1} tries", unreachable=True) from None
                sleep(delay)
                delay *= 2
            except (requests.RequestException, ValueError) as exc:  # a bad port or host, a broken body
                bad = isinstance(exc, ValueError)  # requests' InvalidURL and urllib3's parse errors
                raise FetchError(
                    f"not a valid address: {url}" if bad else f"cannot fetch ({type(exc).__name__})"
                ) from None
        raise AssertionError("unreachable")
    finally:
        if own:
            http.close()


def fetch_once(http: requests.Session, url: str, limits: FetchLimits) -> Fetched:
    here = url
    for _ in range(limits.max_redirects + 1):
        response = http.get(
            here,
            timeout=limits.timeout,
            allow_redirects=False,
            stream=True,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"},
        )
        with response:
            if response.is_redirect:
                target = urljoin(here, response.headers.get("Location", ""))
                check_url(target)
                here = target
                continue
            if response.status_code >= 400:
                status = f"HTTP {response.status_code} {response.reason or ''}".rstrip()
                raise FetchError(status, gone=response.status_code in {404, 410})
            content_type = response.headers.get("Content-Type", "")
            if content_type and not TEXTUAL.match(content_type):
                raise FetchError(f"not a text page ({content_type.split(';')[0].strip()})")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(
                    f"page is {int(declared):,} bytes, more than the {limits.max_bytes:,}-byte cap"
                )
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > limits.max_bytes:
                    raise FetchError(f"page is more than the {limits.max_bytes:,}-byte cap")
            return Fetched(
                url, here, response.status_code, response.headers.get("Content-Type", ""), bytes(body)
            )
    raise FetchError(f"more than {limits.max_redirects} redirects")
