"""Web pages by URL, replayed from cassettes: main text, redirects, size cap, failures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.web import FetchError, FetchLimits, WebPages, fetch
from quotecheck.store import Store

Cassette = Callable[[str], Any]
PAGE = "https://news.example.org/2026/03/harbour-stays-open"


def collect(provider: WebPages) -> tuple[list[Source], list[SourceProblem]]:
    items = list(provider.collect())
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, SourceProblem)]


def test_page_main_text_without_menus_and_teasers(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("web_page"):
        [page], problems = collect(WebPages([PAGE], SnapshotPolicy(store)))
    assert problems == []
    assert "“We will not close the harbour this winter. The fishing fleet depends on it,”" in page.text
    assert "Ferry timetable" not in page.text and "Subscribe" not in page.text and "Sport" not in page.text
    assert (page.kind, page.locator, page.author) == ("page", PAGE, "Dana Reyes")
    assert page.published == "2026-03-04"
    kept = store.latest("page", PAGE)
    assert kept is not None and kept.short == page.snapshot and kept.raw.startswith(b"<!doctype html>")


def test_redirects_are_followed_and_the_final_address_kept(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    start = "http://news.example.org/harbour"
    with cassette("web_redirect"):
        [page], _ = collect(WebPages([start], SnapshotPolicy(store)))
    assert page.locator == start and "fishing fleet depends on it" in page.text
    kept = store.latest("page", start)
    assert kept is not None and kept.meta["final_url"] == PAGE


def test_too_many_redirects_are_refused(cassette: Cassette) -> None:
    with cassette("web_redirect"), pytest.raises(FetchError, match="more than 1 redirects"):
        fetch("http://news.example.org/harbour", FetchLimits(max_redirects=1))


def test_redirect_to_a_file_address_is_refused(cassette: Cassette) -> None:
    with cassette("web_redirect_to_file"), pytest.raises(FetchError, match="not an http"):
        fetch("https://news.example.org/trap")


def test_only_http_addresses_are_fetched() -> None:
    [problem] = list(WebPages(["ftp://news.example.org/x"], SnapshotPolicy()).collect())
    assert isinstance(problem, SourceProblem) and "not an http(s) address" in problem.message


def test_oversized_page_is_stopped_at_the_cap(cassette: Cassette) -> None:
    limits = FetchLimits(max_bytes=1000)
    with cassette("web_oversized"):
        with pytest.raises(FetchError, match="more than the 1,000-byte cap"):
            fetch("https://news.example.org/huge", limits)  # no Content-Length: counted while read
        with pytest.raises(FetchError, match=r"page is 3,\d{3} bytes, more than the 1,000-byte cap"):
            fetch("https://news.example.org/huge-declared", limits)


def test_http_error_is_a_problem_for_that_page(cassette: Cassette) -> None:
    no_archive = FetchLimits(wayback=False)  # a dead page's Wayback copy: tests/test_wayback.py
    with cassette("web_not_found"):
        [problem] = list(WebPages(["https://news.example.org/gone"], SnapshotPolicy(), no_archive).collect())
    assert isinstance(problem, SourceProblem) and problem.message == "HTTP 404 Not Found"


def test_connection_errors_are_retried_then_reported() -> None:
    import requests

    class DeadSession(requests.Session):
        calls = 0

        def get(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            self.calls += 1
            assert kwargs["timeout"] == (4.0, 5.0)  # (connect, read), both within the deadline
            raise requests.ConnectionError("connection refused")

    slept: list[float] = []
    session = DeadSession()
    limits = FetchLimits(timeout=5.0, connect_timeout=4.0, retries=2, backoff=0.5, workers=1)
    urls = [PAGE, "https://radio.example.net/a", "https://tv.example.com/b", "https://tv.example.com/c"]
    problems = list(WebPages(urls, SnapshotPolicy(), limits, session, slept.append).collect())
    assert [p.message for p in problems if isinstance(p, SourceProblem)] == [
        "connection failed after 3 tries",
        "connection failed after 3 tries",
        "not fetched: the network seems unreachable (news.example.org, radio.example.net did not answer)",
        "not fetched: the network seems unreachable (news.example.org, radio.example.net did not answer)",
    ]
    assert session.calls == 6 and slept == [0.5, 1.0, 0.5, 1.0]  # two hosts tried, then no more waiting


def test_a_page_that_is_not_text_is_refused(cassette: Cassette) -> None:
    with cassette("web_not_text"), pytest.raises(FetchError, match=r"not a text page \(application/pdf\)"):
        fetch("https://news.example.org/report.pdf")


def test_a_host_that_does_not_resolve_is_not_retried() -> None:
    import requests

    class NoNames(requests.Session):
        calls = 0

        def get(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            self.calls += 1
            raise requests.ConnectionError(
                "HTTPSConnectionPool(host='news.example.org', port=443): Max retries exceeded "
                "(Caused by NameResolutionError(\"Failed to resolve 'news.example.org'\"))"
            )

    slept: list[float] = []
    session = NoNames()
    with pytest.raises(FetchError, match=r"cannot resolve news\.example\.org"):
        fetch(PAGE, FetchLimits(), session, slept.append)
    assert session.calls == 1 and slept == []


def test_encoding_from_the_header_else_the_page() -> None:
    from quotecheck.sources.web import charset_of

    latin = "<html><head><meta charset='iso-8859-1'></head><body>Café</body></html>".encode("latin-1")
    assert charset_of("text/html", latin) == "iso8859-1"
    assert charset_of("text/html; charset=windows-1252", latin) == "cp1252"
    assert charset_of("text/html", b"<html><body>plain</body></html>") == "utf-8"
    assert charset_of("text/html; charset=nonsense", b"") == "utf-8"


def test_the_suite_cannot_open_a_socket_to_the_outside() -> None:
    """The guard in conftest.py refuses before any packet is sent (192.0.2.1 is TEST-NET)."""
    import socket

    with pytest.raises(AssertionError, match="tried to open a socket"):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
