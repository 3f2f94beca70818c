"""Safe fetching: no internal addresses (SSRF), on the first request and on every redirect,
also when a name changes its answer; deadlines that cut off trickling servers, stalled
connects and slow name lookups; pages fetched a few at a time, with a cap per article.

Pages are served on 127.0.0.1 by threads (see ``loopback`` in conftest.py). 127.0.0.1 is
itself an internal address: the tests that fetch from it allow it explicitly, and the
tests of refusal check that nothing reached the server.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.article import document_from_text
from quotecheck.sources.addresses import HostPolicy
from quotecheck.sources.remote import Remote, plan
from quotecheck.sources.safe_http import FetchError, FetchLimits
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.web import WebPages, fetch
from tests.conftest import Run, http_answer

PAGE = """<html><head><title>Ferry notes</title></head><body><article>
<h1>Ferry notes</h1>
<p>The harbour master spoke at the quay on Monday morning.</p>
<p>“The evening ferry will run until the end of October,” said Ines Laurent, the harbour master.</p>
<p>Timetables are posted at the ticket office and on the board by the slipway.</p>
</article></body></html>"""
LOOPBACK = FetchLimits(hosts=HostPolicy(allowed=("127.0.0.0/8",)), deadline=5.0, retries=0)
"""127.0.0.1 allowed (the test server), every other internal address still refused."""


def serve_page(path: str, conn: Any) -> None:
    conn.sendall(http_answer(PAGE))


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every address a socket connects to (loopback ones go through)."""
    seen: list[Any] = []
    guarded = socket.socket.connect  # conftest's guard: loopback only

    def record(self: socket.socket, address: Any) -> Any:
        seen.append(address)
        return guarded(self, address)

    monkeypatch.setattr(socket.socket, "connect", record)
    return seen


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]) -> list[str]:
    """Names resolve to the given addresses (each call takes the next list, the last one
    repeating); numbers resolve as usual. Returns the names looked up, in order."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def lookup(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in answers:
            asked.append(host)
            queue = answers[host]
            address = queue.pop(0) if len(queue) > 1 else queue[0]
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return asked


# --- 1. internal addresses are refused --------------------------------------------------

INTERNAL = [
    ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
    ("http://127.8.9.10:8080/admin", "a loopback address"),
    ("http://10.0.0.1/", "a private network address"),
    ("http://172.16.0.1/", "a private network address"),
    ("http://172.31.255.254/", "a private network address"),
    ("http://192.168.1.1/router", "a private network address"),
    ("http://169.254.169.254/latest/meta-data/", "a link-local address (where cloud metadata"),
    ("http://0.0.0.0:8000/", "the unspecified address"),
    ("http://[::1]/", "::1 is a loopback address"),
    ("http://[fc00::1]/", "a private network address"),
    ("http://[fd12:3456::1]/", "a private network address"),
    ("http://[fe80::1]/", "a link-local address"),
    ("http://[::ffff:127.0.0.1]/", "a loopback address (127.0.0.1) in IPv6 form"),
    ("http://[::ffff:10.1.2.3]/", "a private network address (10.1.2.3) in IPv6 form"),
    ("http://[::ffff:169.254.169.254]/", "a link-local address"),
    ("http://[64:ff9b::a9fe:a9fe]/", "(169.254.169.254) in IPv6 form"),  # NAT64
    ("http://[2002:7f00:1::]/", "(127.0.0.1) in IPv6 form"),  # 6to4
    ("http://100.64.0.1/", "a reserved address, not on the public internet"),  # carrier-grade NAT
]


@pytest.mark.parametrize(("url", "why"), INTERNAL)
def test_internal_addresses_are_refused_before_any_connection(
    url: str, why: str, connects: list[Any]
) -> None:
    with pytest.raises(FetchError) as refused:
        fetch(url)
    assert str(refused.value).startswith("refused: ") and why in str(refused.value)
    assert "--allow-private-hosts opens intranet addresses" in str(refused.value)
    assert connects == []


@pytest.mark.parametrize("host", ["localhost", "2130706433", "0x7f.0.0.1", "127.1", "0177.0.0.1"])
def test_names_and_odd_spellings_of_loopback_are_refused(
    host: str, loopback: Callable[..., Any], connects: list[Any]
) -> None:
    """Written so that no address parser sees a number (decimal, hex, octal, short forms):
    they are checked on what they resolve to, and nothing reaches the server."""
    server = loopback(serve_page)
    with pytest.raises(FetchError, match=r"^refused: .*(127\.0\.0\.1|::1).*a loopback address"):
        fetch(f"http://{host}:{server.port}/notes")
    assert server.hits == [] and connects == []


def test_a_name_resolving_to_an_internal_address_is_refused(
    monkeypatch: pytest.MonkeyPatch, connects: list[Any]
) -> None:
    fake_dns(monkeypatch, {"intranet.example.test": ["10.20.30.40"], "both.example.test": ["93.184.215.14"]})
    with pytest.raises(
        FetchError, match=r"refused: intranet\.example\.test resolves to 10\.20\.30\.40, a private"
    ):
        fetch("https://intranet.example.test/wiki")
    assert connects == []


def test_a_name_with_a_public_and_an_internal_address_is_refused(
    monkeypatch: pytest.MonkeyPatch, connects: list[Any]
) -> None:
    real = socket.getaddrinfo

    def two(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "split.example.test":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.10", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", two)
    with pytest.raises(FetchError, match=r"resolves to 192\.168\.0\.10"):
        fetch("http://split.example.test/")
    assert connects == []


def test_the_connection_goes_to_the_address_that_was_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name answers a public address when checked, then 127.0.0.1. The
    socket connects to the checked address (no second lookup), and the retry, which looks
    the name up again, is refused."""
    asked = fake_dns(monkeypatch, {"rebind.example.test": ["93.184.215.14", "127.0.0.1"]})
    connected: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> Any:
        connected.append(address)
        raise ConnectionRefusedError("connection refused")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    limits = FetchLimits(retries=1, backoff=0.01)
    with pytest.raises(
        FetchError, match=r"refused: rebind\.example\.test resolves to 127\.0\.0\.1, a loopback"
    ):
        fetch("http://rebind.example.test/page", limits)
    assert connected == [("93.184.215.14", 80)]
    assert asked == ["rebind.example.test", "rebind.example.test"]  # one lookup per connection


def test_redirects_to_internal_addresses_are_refused(
    loopback: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"metadata.example.test": ["169.254.169.254"]})
    targets = {
        "/to-number": "http://10.0.0.7/admin",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/iam/",
        "/to-name": "http://metadata.example.test/latest/",
        "/to-ipv6": "http://[::1]:8080/",
        "/to-file": "file:///etc/passwd",
    }

    def redirect(path: str, conn: Any) -> None:
        if path in targets:
            conn.sendall(
                f"HTTP/1.1 302 Found\r\nLocation: {targets[path]}\r\nContent-Length: 0\r\n\r\n".encode()
            )
        else:
            serve_page(path, conn)

    server = loopback(redirect)
    assert b"evening ferry" in fetch(f"{server.url}/page", LOOPBACK).body  # the allowed first hop
    for path, why in [
        ("/to-number", "refused: 10.0.0.7 is a private network address"),
        ("/to-metadata", "refused: 169.254.169.254 is a link-local address"),
        ("/to-name", "refused: metadata.example.test resolves to 169.254.169.254"),
        ("/to-ipv6", "refused: ::1 is a loopback address"),
        ("/to-file", "not an http(s) address: file:///etc/passwd"),
    ]:
        with pytest.raises(FetchError) as refused:
            fetch(f"{server.url}{path}", LOOPBACK)
        assert str(refused.value).startswith(why), path


def test_allow_private_opens_intranet_addresses(loopback: Callable[..., Any]) -> None:
    server = loopback(serve_page)
    with pytest.raises(FetchError, match="refused"):
        fetch(f"{server.url}/notes")
    intranet = FetchLimits(hosts=HostPolicy(allow_private=True))
    assert b"evening ferry" in fetch(f"{server.url}/notes", intranet).body
    assert server.hits == ["/notes"]


ARTICLE = """\
# Ferry season

The ferry keeps its evening crossing this autumn.

“The evening ferry will run until the end of October,” said Ines Laurent, the harbour
master, in [a note to residents]({url}/notes).
"""


def test_cli_refuses_a_loopback_link_unless_allowed(
    tmp_path: Path, run: Run, loopback: Callable[..., Any]
) -> None:
    server = loopback(serve_page)
    article = tmp_path / "ferry.md"
    article.write_text(ARTICLE.format(url=server.url), encoding="utf-8")
    store = ["--store", str(tmp_path / "store"), "-f", "json"]

    refused = run(str(article), *store)
    report = json.loads(refused.stdout)
    [quote] = report["articles"][0]["quotes"]
    assert quote["verdict"] == "unverified"
    assert "refused: 127.0.0.1 is a loopback address" in quote["findings"][0]["message"]
    assert report["problems"][0]["source"] == f"{server.url}/notes"
    assert server.hits == []

    allowed = json.loads(run(str(article), *store, "--allow-private-hosts").stdout)
    [quote] = allowed["articles"][0]["quotes"]
    assert quote["verdict"] == "exact" and quote["match"]["source"] == f"{server.url}/notes"
    assert server.hits == ["/notes"]


def test_config_key_allows_private_hosts_for_check_and_fetch(
    tmp_path: Path, run: Run, loopback: Callable[..., Any]
) -> None:
    server = loopback(serve_page)
    article = tmp_path / "ferry.md"
    article.write_text(ARTICLE.format(url=server.url), encoding="utf-8")
    (tmp_path / "quotecheck.toml").write_text(
        "[fetch]\nallow_private_hosts = true\ndeadline = 5\nmax_links = 10\nworkers = 2\nrun_deadline = 60\n",
        encoding="utf-8",
    )
    fetched = run("fetch", str(article), "--store", str(tmp_path / "store"))
    assert fetched.exit_code == 0, fetched.output
    assert "1 sources kept" in fetched.stdout
    offline = json.loads(
        run(str(article), "--store", str(tmp_path / "store"), "--offline", "-f", "json").stdout
    )
    assert offline["articles"][0]["quotes"][0]["verdict"] == "exact"
    assert server.hits == ["/notes"]


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ("allow_private_hosts = 1", "fetch.allow_private_hosts: expected bool"),
        ("deadline = 0", "fetch.deadline: expected more than 0"),
        ("deadline = nan", "fetch.deadline: expected a number of seconds"),
        ("deadline = 1e10", "fetch.deadline: expected at most 86400 seconds (a day), got 10000000000.0"),
        ("run_deadline = 1e308", "fetch.run_deadline: expected at most 86400 seconds"),
        ("workers = 0", "fetch.workers: expected 1 or more"),
        ("max_links = -1", "fetch.max_links: expected 0 or more"),
        ("max_links = 2.5", "fetch.max_links: expected a whole number"),
        ("timeout = 3", "unknown key 'fetch.timeout'"),
    ],
)
def test_bad_fetch_settings_are_usage_errors(tmp_path: Path, run: Run, table: str, error: str) -> None:
    article = tmp_path / "ferry.md"
    article.write_text("“We sail at nine,” the captain said.\n", encoding="utf-8")
    (tmp_path / "quotecheck.toml").write_text(f"[fetch]\n{table}\n", encoding="utf-8")
    result = run(str(article))
    assert result.exit_code == 2 and error in result.stderr and result.stderr.count("\n") == 1


# --- 4. deadlines -------------------------------------------------------------------------


def trickle_body(path: str, conn: Any) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(600):
        conn.sendall(b"x")
        time.sleep(0.05)


def trickle_headers(path: str, conn: Any) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 1000:
        conn.sendall(bytes([byte]))
        time.sleep(0.05)


@pytest.mark.parametrize("respond", [trickle_body, trickle_headers])
def test_a_trickling_server_is_cut_off_at_the_deadline(
    loopback: Callable[..., Any], respond: Callable[[str, Any], None]
) -> None:
    """Each byte comes well within the read timeout, so only the deadline ends it."""
    server = loopback(respond)
    limits = FetchLimits(hosts=HostPolicy(allow_private=True), deadline=1.0, timeout=5.0, retries=2)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no complete answer within the 1 s deadline"):
        fetch(f"{server.url}/slow", limits)
    assert time.monotonic() - started < 3.0
    assert server.hits == ["/slow"]  # no retry once the deadline has passed


def test_a_stalled_connect_costs_the_connect_timeout_not_minutes() -> None:
    """A listening socket whose backlog is full: the kernel drops further SYNs, as a
    firewall that drops packets does."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    try:
        limits = FetchLimits(
            hosts=HostPolicy(allow_private=True), connect_timeout=0.3, retries=1, backoff=0.05
        )
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"(timed out|connection failed) after 2 tries"):
            fetch(f"http://127.0.0.1:{port}/", limits)
        assert time.monotonic() - started < 3.0
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_a_name_lookup_that_hangs_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def hang(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "slow-dns.example.test":
            time.sleep(5)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hang)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"cannot resolve slow-dns\.example\.test within 0\.5 s"):
        fetch("http://slow-dns.example.test/", FetchLimits(connect_timeout=0.5))
    assert time.monotonic() - started < 2.0


def test_pages_are_fetched_a_few_at_a_time(loopback: Callable[..., Any], tmp_path: Path) -> None:
    # Requests are counted as waiting until just before the answer is sent: a count that
    # fell only after sending raced the client, which may already be asking for its next page.
    lock = threading.Lock()
    waiting = [0]
    most_waiting = [0]

    def slow_page(path: str, conn: Any) -> None:
        with lock:
            waiting[0] += 1
            most_waiting[0] = max(most_waiting[0], waiting[0])
        time.sleep(0.3)
        with lock:
            waiting[0] -= 1
        serve_page(path, conn)

    server = loopback(slow_page)
    urls = [f"{server.url}/notes/{n}" for n in range(8)]
    limits = FetchLimits(hosts=HostPolicy(allow_private=True), workers=4)
    items = list(WebPages(urls, SnapshotPolicy(), limits).collect())
    assert [item.locator for item in items] == urls  # reported in the order given
    assert all("evening ferry" in item.text for item in items)  # type: ignore[union-attr]
    assert 2 <= most_waiting[0] <= 4


def test_a_run_with_many_dead_links_ends_in_bounded_time(loopback: Callable[..., Any]) -> None:
    """Every page answers, slowly: no fetch starts after the run's fetching deadline, and
    the pages not fetched are named with the reason."""

    def slow_page(path: str, conn: Any) -> None:
        time.sleep(0.4)
        serve_page(path, conn)

    server = loopback(slow_page)
    urls = [f"{server.url}/notes/{n}" for n in range(30)]
    limits = FetchLimits(hosts=HostPolicy(allow_private=True), workers=2, run_deadline=1.0, deadline=2.0)
    started = time.monotonic()
    items = list(WebPages(urls, SnapshotPolicy(), limits).collect())
    took = time.monotonic() - started
    late = [i for i in items if "the run's 1 s for fetching had passed" in getattr(i, "message", "")]
    assert took < 3.5 and 2 <= len(items) - len(late) <= 10 and len(late) >= 20
    assert len(server.hits) == len(items) - len(late)


def test_an_article_with_many_links_fetches_only_the_first_ones() -> None:
    links = "\n".join(f"- [note {n}](https://news.example.org/notes/{n})" for n in range(25))
    doc = document_from_text(
        f"# Notes\n\n{links}\n\nAlso [note 3](https://news.example.org/notes/3).\n", "notes.md", "markdown"
    )
    wanted = plan(
        [doc], Remote(urls=["https://news.example.org/extra"], web_limits=FetchLimits(max_links=20))
    )
    [web] = wanted.providers
    assert isinstance(web, WebPages)
    assert web.urls == [
        "https://news.example.org/extra",
        *(f"https://news.example.org/notes/{n}" for n in range(20)),
    ]
    assert [p.locator for p in wanted.problems] == [
        f"https://news.example.org/notes/{n}" for n in range(20, 25)
    ]
    assert wanted.problems[0].message == (
        "not fetched: notes.md links to more than 20 pages, and quotecheck fetches the first 20 (fetch.max_links)"
    )
