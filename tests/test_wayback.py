"""Dead links read from the Wayback Machine, replayed from cassettes: the CDX index for the
last copy up to the article's date, the copy's original bytes, kept and reused offline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.wayback import Capture, cdx_query, parse_cdx
from quotecheck.sources.web import FetchLimits, WebPages
from quotecheck.store import Store

Cassette = Callable[[str], Any]
DEAD = "https://council.example.gov/notices/north-quay"
NO_COPY = "https://council.example.gov/notices/never-archived"
LAPSED = "https://harbour-news.example/2026/03/quay"
ARTICLE_DAY = date(2026, 3, 4)


def pages(urls: list[str], store: Store | None, limits: FetchLimits | None = None, **policy: Any) -> WebPages:
    notes: list[str] = []
    provider = WebPages(
        urls,
        SnapshotPolicy(store, **policy),
        limits or FetchLimits(),
        dates=dict.fromkeys(urls, ARTICLE_DAY),
        notify=notes.append,
    )
    provider.notes = notes  # type: ignore[attr-defined]
    return provider


def test_cdx_query_asks_for_the_last_good_copy_up_to_the_day() -> None:
    assert cdx_query(DEAD, ARTICLE_DAY) == (
        "https://web.archive.org/cdx/search/cdx?url=https%3A%2F%2Fcouncil.example.gov%2Fnotices%2Fnorth-quay"
        "&output=json&to=20260304&limit=-1&filter=statuscode%3A200"
    )
    assert "&to=" not in cdx_query(DEAD, None)


def test_cdx_answers_are_read_in_every_documented_shape() -> None:
    header = '["urlkey","timestamp","original","mimetype","statuscode","digest","length"]'
    row = '["gov,example)/a","{ts}","https://example.gov/a","text/html","200","ABC","100"]'
    two = f"[{header},{row.format(ts='20250101000000')},{row.format(ts='20260101000000')}]"
    assert parse_cdx(two.encode()) == Capture("20260101000000", "https://example.gov/a")
    resumed = f'[{header},{row.format(ts="20250101000000")},[],["gov%2Cexample%29%2Fa+20250101000000%21"]]'
    assert parse_cdx(resumed.encode()) == Capture("20250101000000", "https://example.gov/a")
    fields = '[["timestamp","original"],["20240202020202","https://example.gov/a"]]'  # fl=timestamp,original
    assert parse_cdx(fields.encode()) == Capture("20240202020202", "https://example.gov/a")
    assert parse_cdx(b"[]") is None and parse_cdx(b"") is None and parse_cdx(f"[{header}]".encode()) is None
    for broken in (b"<html>busy</html>", b'{"error": "x"}', b'[["urlkey"],["a"]]'):
        with pytest.raises(ValueError):
            parse_cdx(broken)


def test_a_dead_page_is_read_from_its_last_copy_before_the_article(
    cassette: Cassette, tmp_path: Path
) -> None:
    store = Store(tmp_path / "store")
    provider = pages([DEAD], store)
    with cassette("wayback_dead_link"):
        [page] = list(provider.collect())
    assert isinstance(page, Source)
    assert page.locator == f"https://web.archive.org/web/20260302081244/{DEAD}"  # the copy a reader opens
    assert "The quay will be offered to developers in the spring." in page.text
    assert "Council home" not in page.text  # the page's own menu, as for any page
    assert page.via == "wayback" and page.kind == "page"
    assert page.notice == (
        f"the live page {DEAD} is gone (HTTP 404 Not Found); these words are from the Wayback "
        "Machine's copy of 2026-03-02 08:12 UTC"
    )
    assert provider.notes == [  # type: ignore[attr-defined]
        f"{DEAD} is gone (HTTP 404 Not Found): using the Wayback Machine's copy of 2026-03-02 08:12 UTC"
    ]
    kept = store.latest("page", page.locator)
    assert kept is not None and kept.meta["archive_of"] == DEAD and kept.raw.startswith(b"<!doctype html>")
    # offline: the live page is known gone, its copy is in the store; nothing is asked
    [again] = list(pages([DEAD], store, offline=True).collect())
    assert isinstance(again, Source) and again.snapshot == page.snapshot and again.via == "wayback"


def test_no_copy_is_a_problem_saying_both_and_is_remembered(cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("wayback_dead_link"):
        [problem] = list(pages([NO_COPY], store).collect())
    assert isinstance(problem, SourceProblem)
    assert problem.message == "HTTP 404 Not Found; no copy in the Wayback Machine up to 2026-03-04"
    [again] = list(pages([NO_COPY], store).collect())  # no cassette: nothing is asked again
    assert (
        isinstance(again, SourceProblem)
        and "no copy in the Wayback Machine up to 2026-03-04" in again.message
    )


def test_a_host_that_no_longer_resolves_is_a_dead_link_too(cassette: Cassette, tmp_path: Path) -> None:
    import requests

    class LapsedDomain(requests.Session):
        def get(self, url: str | bytes, **kwargs: Any) -> Any:  # type: ignore[override]
            if str(url).startswith(LAPSED):
                raise requests.ConnectionError(
                    "HTTPSConnectionPool(host='harbour-news.example', port=443): Max retries exceeded "
                    "(Caused by NameResolutionError(\"Failed to resolve 'harbour-news.example'\"))"
                )
            return super().get(url, **kwargs)

    store = Store(tmp_path / "store")
    provider = WebPages([LAPSED], SnapshotPolicy(store), session=LapsedDomain())  # no article date
    with cassette("wayback_dead_link"):
        [page] = list(provider.collect())
    assert isinstance(page, Source) and page.locator == f"https://web.archive.org/web/20260301120000/{LAPSED}"
    assert "(cannot resolve harbour-news.example)" in (page.notice or "")
    # the live page is not marked gone (a name may come back), but offline its copy is used
    [again] = list(WebPages([LAPSED], SnapshotPolicy(store, offline=True)).collect())
    assert isinstance(again, Source) and again.via == "wayback"


def test_wayback_off_leaves_a_dead_link_dead(cassette: Cassette, tmp_path: Path) -> None:
    limits = replace(FetchLimits(), wayback=False)
    with cassette("wayback_dead_link") as recorded:
        [problem] = list(pages([DEAD], Store(tmp_path / "store"), limits).collect())
    assert isinstance(problem, SourceProblem) and problem.message == "HTTP 404 Not Found"
    assert recorded.play_count == 1  # the live page only: the archive was not asked


def test_offline_never_asks_the_archive(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    SnapshotPolicy(store).mark_gone(SourceProblem(DEAD, "HTTP 404 Not Found"))
    [problem] = list(pages([DEAD], store, offline=True).collect())  # no cassette: a request would fail
    assert isinstance(problem, SourceProblem) and problem.message.startswith("HTTP 404 Not Found (as of ")
