"""One safe HTTP GET, for every kind of source fetched over the web.

A draft can link anywhere, and quotecheck runs in CI on drafts anyone can edit. ``get``
is the one place that fetches, so every fetching source (web pages today; oEmbed,
Mastodon, Bluesky or Wayback tomorrow) gets the same guarantees:

- http(s) only, each redirect checked like the first request, at most ``max_redirects``;
- public addresses only (``addresses.HostPolicy``), checked on the address actually
  connected to, so neither a redirect nor a name that changes its answer (DNS rebinding)
  reaches the intranet;
- a deadline for the whole fetch (retries, redirects and body), enforced on the sockets
  themselves: a server trickling one byte a second is cut off; a stalled connect or name
  lookup costs seconds, not minutes;
- a size cap, checked against Content-Length and while reading;
- errors as ``FetchError`` with a message for the report: no exception from below
  (which may carry request headers) reaches the user.

Decoding the body is ``quotecheck.decoding.decode_page``.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from quotecheck.sources.addresses import CannotResolve, HostPolicy, RefusedAddress, literal, resolve

if TYPE_CHECKING:
    import requests

USER_AGENT = "quotecheck/0.1 (+quote verification; one request per page)"
ACCEPT_PAGES = "text/html,text/plain;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class FetchLimits:
    """How one fetch may go, and how many a run makes. Times in seconds."""

    timeout: float = 20.0
    """Longest wait for the next bytes of an answer."""
    connect_timeout: float = 10.0
    """Longest wait for a name lookup, and for a connection."""
    deadline: float = 30.0
    """The whole fetch: tries, redirects and body. A page not had by then is a problem."""
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    """Extra tries after a timeout or a dropped connection (within the deadline)."""
    backoff: float = 1.0
    """Seconds before the first retry, doubled each time."""
    hosts: HostPolicy = field(default_factory=HostPolicy)
    """Which addresses may be fetched from (public ones only by default)."""
    workers: int = 4
    """Pages fetched at once."""
    max_links: int = 20
    """Pages fetched from one article's links; the rest are listed as not fetched."""
    run_deadline: float = 180.0
    """No fetch starts after this many seconds of a run's fetching."""
    wayback: bool = True
    """A page that is gone (404, 410, a host name with no address) is looked up in the
    Wayback Machine: its last copy from before the article's date stands in for it
    (``--no-wayback``, ``[fetch] wayback = false``)."""


DEFAULT_LIMITS = FetchLimits()


ERROR_BODY_BYTES = 64 * 1024
"""How much of an error answer is kept: enough for a service's JSON error (``{"error":
"NotFound"}``), never a whole page."""


class FetchError(Exception):
    """A page that cannot be had: the message says why, for the report. ``gone`` when the
    server says the page is not there (404, 410), rather than failing to answer;
    ``unreachable`` when nothing answered at all; ``unresolved`` when the host name has no
    address (a domain that lapsed: a dead link, like a 404). ``status`` and ``body``: the
    server's error answer (its start), for services that explain errors in JSON."""

    def __init__(
        self,
        message: str,
        gone: bool = False,
        unreachable: bool = False,
        *,
        unresolved: bool = False,
        status: int | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.gone = gone
        self.unreachable = unreachable
        self.unresolved = unresolved
        self.status = status
        self.body = body


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes


class Deadline:
    """A fetch's time limit, enforced on its sockets: when it passes, every socket the
    fetch opened is shut down, which ends a read blocked on a server sending one byte a
    second (a read timeout never fires there: each byte arrives in time)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.ends = clock() + seconds
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(min(seconds, threading.TIMEOUT_MAX), self._expire)  # 1e10: overflow
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        return max(0.0, self.ends - self.clock())

    @property
    def expired(self) -> bool:
        return self.passed or self.left() <= 0

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the deadline passes (a duplicate of it is kept: the
        original may be wrapped in TLS, which takes over its file descriptor)."""
        twin = sock.dup()
        with self._lock:
            self._sockets.append(twin)
            if self.passed:
                shut(twin)

    def _expire(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                shut(sock)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def message(self) -> str:
        return f"no complete answer within the {self.seconds:g} s deadline"

    def __enter__(self) -> Deadline:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # not connected, or already closed
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class Guard:
    """What every new connection of one fetch goes through: the address check, the
    connect timeout within the deadline, the deadline's watch."""

    hosts: HostPolicy
    deadline: Deadline
    connect_timeout: float

    def connect(self, conn: Any) -> socket.socket:
        """Stands in for urllib3's ``HTTPConnection._new_conn``: resolve, check every
        address, connect to the checked one. TLS and the Host header still use the name."""
        from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
        from urllib3.util.connection import create_connection

        host = str(getattr(conn, "_dns_host", conn.host)).rstrip(".")
        wait = min(self.connect_timeout, self.deadline.left())
        if isinstance(conn.timeout, int | float):
            wait = min(wait, conn.timeout)
        if wait <= 0:
            raise ConnectTimeoutError(conn, f"Connection to {host}: {self.deadline.message()}")
        address = self.hosts.pick(host, resolve(host, conn.port, wait))
        try:
            sock = create_connection(
                (address, conn.port),
                max(0.1, min(wait, self.deadline.left())),
                source_address=conn.source_address,
                socket_options=conn.socket_options,
            )
        except TimeoutError as exc:
            raise ConnectTimeoutError(conn, f"Connection to {host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(conn, f"Failed to establish a new connection: {exc}") from exc
        self.deadline.watch(sock)
        return sock


def guarded_session(guard: Guard) -> requests.Session:
    """A requests Session whose every connection goes through ``guard``. Proxies from the
    environment are not used: through a proxy the address check could not see where a
    request goes."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3 import HTTPConnectionPool, HTTPSConnectionPool, PoolManager

    def guarded(pool_class: type[HTTPConnectionPool]) -> type[HTTPConnectionPool]:
        class GuardedPool(pool_class):  # type: ignore[valid-type,misc]
            def _new_conn(self) -> Any:
                conn = super()._new_conn()
                conn._new_conn = functools.partial(guard.connect, conn)
                return conn

        return GuardedPool

    class GuardedAdapter(HTTPAdapter):
        def init_poolmanager(
            self, connections: int, maxsize: int, block: bool = False, **kwargs: Any
        ) -> None:
            super().init_poolmanager(connections, maxsize, block, **kwargs)
            manager: PoolManager = self.poolmanager
            manager.pool_classes_by_scheme = {
                "http": guarded(HTTPConnectionPool),
                "https": guarded(HTTPSConnectionPool),
            }

    session = requests.Session()
    session.trust_env = False
    adapter = GuardedAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def check_url(url: str, hosts: HostPolicy | None = None) -> None:
    """Refuse what is not an http(s) address, and (before any connection) an internal
    address written as a number."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "http://[::1", from an article's link: a problem, not a crash
        raise FetchError(f"not a valid address: {url}") from None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise FetchError(f"not an http(s) address: {url}")
    labels = host.removesuffix(".").split(".") if host and literal(host) is None else []
    if not host or any(not label or len(label) > 63 for label in labels):  # "harbour..example"
        raise FetchError(f"not a valid address: {url}")
    try:
        (hosts or HostPolicy()).check_literal(host)
    except RefusedAddress as exc:
        raise FetchError(str(exc)) from None


def get(
    url: str,
    limits: FetchLimits = DEFAULT_LIMITS,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
    accept: str = ACCEPT_PAGES,
    textual: Callable[[str], bool] | None = None,
) -> Fetched:
    """GET ``url`` within ``limits``: timeouts and dropped connections are retried with
    backoff while the deadline allows, then reported. ``textual``: which Content-Types to
    accept (others are a ``FetchError`` before the body is read). ``session``: a test
    seam; without it the fetch makes its own guarded session."""
    import requests

    check_url(url, limits.hosts)
    with Deadline(limits.deadline) as deadline:
        http = session or guarded_session(Guard(limits.hosts, deadline, limits.connect_timeout))
        try:
            delay = limits.backoff
            for attempt in range(limits.retries + 1):
                try:
                    return get_once(http, url, limits, deadline, accept, textual)
                except (requests.Timeout, requests.ConnectionError) as exc:
                    if deadline.expired:
                        raise
                    if "NameResolutionError" in str(exc) or "Failed to resolve" in str(exc):
                        # no such host, or no name service at all: asking again will not help
                        raise CannotResolve(f"cannot resolve {urlsplit(url).hostname}") from None
                    if attempt == limits.retries or deadline.left() <= delay:
                        what = "timed out" if isinstance(exc, requests.Timeout) else "connection failed"
                        raise FetchError(f"{what} after {attempt + 1} tries", unreachable=True) from None
                    sleep(delay)
                    delay *= 2
            raise AssertionError("unreachable")
        except FetchError:
            raise
        except RefusedAddress as exc:
            raise FetchError(str(exc)) from None
        except CannotResolve as exc:  # "within N s" is a slow name service, not a missing name
            raise FetchError(str(exc), unreachable=True, unresolved="within" not in str(exc)) from None
        except Exception as exc:  # requests', urllib3's, http.client's: named, never shown whole
            if deadline.expired:
                raise FetchError(deadline.message()) from None
            if isinstance(exc, requests.Timeout | requests.ConnectionError):
                raise FetchError("connection failed", unreachable=True) from None
            bad = isinstance(exc, ValueError) and not isinstance(
                exc, requests.RequestException | UnicodeError
            )
            if isinstance(exc, requests.exceptions.InvalidURL) or bad:
                raise FetchError(f"not a valid address: {url}") from None
            raise FetchError(f"cannot fetch ({type(exc).__name__})") from None
        finally:
            if session is None:
                http.close()


def get_once(
    http: requests.Session,
    url: str,
    limits: FetchLimits,
    deadline: Deadline,
    accept: str,
    textual: Callable[[str], bool] | None,
) -> Fetched:
    here = url
    for _ in range(limits.max_redirects + 1):
        left = deadline.left()
        response = http.get(
            here,
            timeout=(min(limits.connect_timeout, left), min(limits.timeout, left)),
            allow_redirects=False,
            stream=True,
            headers={"User-Agent": USER_AGENT, "Accept": accept},
        )
        with response:
            if response.is_redirect:
                target = urljoin(here, response.headers.get("Location", ""))
                check_url(target, limits.hosts)
                here = target
                continue
            if response.status_code >= 400:
                status = f"HTTP {response.status_code} {response.reason or ''}".rstrip()
                raise FetchError(
                    status,
                    gone=response.status_code in {404, 410},
                    status=response.status_code,
                    body=error_body(response, deadline),
                )
            content_type = response.headers.get("Content-Type", "")
            if content_type and textual is not None and not textual(content_type):
                raise FetchError(f"not a text page ({content_type.split(';')[0].strip()})")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(
                    f"page is {int(declared):,} bytes, more than the {limits.max_bytes:,}-byte cap"
                )
            body = bytearray()
            for chunk in response.iter_content(16 * 1024):
                body += chunk
                if len(body) > limits.max_bytes:
                    raise FetchError(f"page is more than the {limits.max_bytes:,}-byte cap")
                if deadline.expired:
                    raise FetchError(deadline.message())
            if deadline.expired:  # the sockets were shut: what was read may be cut short
                raise FetchError(deadline.message())
            return Fetched(url, here, response.status_code, content_type, bytes(body))
    raise FetchError(f"more than {limits.max_redirects} redirects")


def error_body(response: Any, deadline: Deadline) -> bytes:
    """The start of an error answer (``ERROR_BODY_BYTES`` at most), or nothing when it
    cannot be read in time: the status alone still says what happened."""
    body = bytearray()
    try:
        for chunk in response.iter_content(16 * 1024):
            body += chunk
            if len(body) >= ERROR_BODY_BYTES or deadline.expired:
                break
    except Exception:  # a dropped connection while reading an error: the status is enough
        return bytes(body[:ERROR_BODY_BYTES])
    return bytes(body[:ERROR_BODY_BYTES])
