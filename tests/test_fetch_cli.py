"""An article's links end to end: ``quotecheck fetch`` fills the store, ``--offline`` runs
from it, the report names each match's snapshot, a deleted post leaves its quote unverified."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAKE_TOKEN, Run

Cassette = Callable[[str], Any]

ARTICLE = """\
---
title: Harbour stays open
date: 2026-03-04
---
# Harbour stays open

Mayor Alice Grant [posted on X](https://x.com/AliceGrantMayor/status/1897000000000000101) on Tuesday:
“We will not close the harbour this winter. Boats & crews stay where they are.”

She told the board, according to [the Coastal Courier](https://news.example.org/2026/03/harbour-stays-open):
“The fishing fleet depends on it.”

The harbour board closed its meeting after midnight, and the minutes are expected next week.

In a later post, since removed, Grant wrote: “The north quay will be sold to a developer.”
https://twitter.com/AliceGrantMayor/status/1897000000000000199
"""

POST = "https://x.com/i/status/1897000000000000101"
POST_WORDS = "We will not close the harbour this winter. Boats & crews stay where they are."
GONE = "https://x.com/i/status/1897000000000000199"
PAGE = "https://news.example.org/2026/03/harbour-stays-open"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def quotes_of(result: Any) -> dict[str, dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return {q["text"]: q for q in data["articles"][0]["quotes"]}, data["problems"]  # type: ignore[return-value]


def test_fetch_then_check_offline_from_the_store(
    article: Path, run: Run, cassette: Cassette, x_token: str
) -> None:
    store = article.parent / "store"
    with cassette("cli_article_links"):
        fetched = run("fetch", str(article), "--store", str(store))
    assert fetched.exit_code == 1  # one source is gone, and fetch says so
    assert f"2 sources kept in {store}, 1 missing" in fetched.stdout
    assert f"missing: {GONE}: post deleted or never existed" in fetched.stderr
    assert FAKE_TOKEN not in fetched.output

    # offline: no cassette, no network (a request would fail the test), same answers
    quotes, problems = quotes_of(run(str(article), "--store", str(store), "--offline", "--format", "json"))
    post_quote = quotes[POST_WORDS]
    assert post_quote["verdict"] == "exact"
    assert post_quote["match"]["source"] == POST
    assert post_quote["match"]["author"] == "@AliceGrantMayor"
    assert post_quote["match"]["snapshot"] and len(post_quote["match"]["snapshot"]) == 16
    page_quote = quotes["The fishing fleet depends on it."]
    assert page_quote["verdict"] == "exact" and page_quote["match"]["source"] == PAGE
    assert page_quote["match"]["snapshot"] != post_quote["match"]["snapshot"]
    gone = quotes["The north quay will be sold to a developer."]
    assert gone["verdict"] == "unverified"
    assert gone["findings"][0]["code"] == "source_unavailable"
    assert "deleted" in gone["findings"][0]["message"] and GONE in gone["findings"][0]["message"]
    # the store remembers that the post was gone, so the offline run says why
    assert [p["source"] for p in problems] == [GONE]
    assert problems[0]["message"].startswith("post deleted or never existed")
    assert "(as of 20" in problems[0]["message"]


def test_offline_with_an_empty_store_names_every_missing_source(article: Path, run: Run) -> None:
    result = run(str(article), "--store", str(article.parent / "empty"), "--offline", "--format", "json")
    quotes, problems = quotes_of(result)
    assert sorted(p["source"] for p in problems) == sorted([POST, GONE, PAGE])
    assert all("offline and not in the store" in p["message"] for p in problems)
    assert all(q["verdict"] == "unverified" for q in quotes.values())


def test_refresh_fetches_again_and_keeps_the_old_snapshot(
    article: Path, run: Run, cassette: Cassette, x_token: str
) -> None:
    from quotecheck.store import Snapshot, Store

    store_path = article.parent / "store"
    store = Store(store_path)
    old = store.put_snapshot(
        Snapshot(
            kind="post",
            locator=POST,
            text="We will not close the harbour. Boats & crews stay where they are.",
            retrieved="2026-03-03T19:00:00Z",
            handle="@AliceGrantMayor",
        )
    )
    quotes, _ = quotes_of(run(str(article), "--store", str(store_path), "--offline", "--format", "json"))
    assert quotes[POST_WORDS]["match"]["snapshot"] == old.short

    with cassette("cli_article_links"):
        quotes, _ = quotes_of(run(str(article), "--store", str(store_path), "--refresh", "--format", "json"))
    fresh = quotes[POST_WORDS]
    assert fresh["verdict"] == "exact" and fresh["match"]["snapshot"] != old.short
    history = store.history("post", POST)
    assert history[0].short == old.short and len(history) == 2


def test_no_token_reads_posts_through_oembed_and_the_run_goes_on(
    article: Path, run: Run, cassette: Cassette, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("TWITTER_BEARER_TOKEN", raising=False)
    with cassette("cli_no_token_oembed"):
        quotes, problems = quotes_of(
            run(str(article), "--store", str(article.parent / "s"), "--format", "json")
        )
    assert quotes["The fishing fleet depends on it."]["verdict"] == "exact"
    post = quotes[POST_WORDS]
    assert post["verdict"] == "exact" and post["match"]["via"] == "oembed"
    assert post["match"]["source"] == POST and post["match"]["author"] == "@AliceGrantMayor"
    assert [p["source"] for p in problems] == [GONE]  # deleted: oEmbed says so too
    assert problems[0]["message"].startswith("no X API token (X_BEARER_TOKEN); X's oEmbed: the post: deleted")
    gone = quotes["The north quay will be sold to a developer."]
    assert gone["verdict"] == "unverified" and gone["findings"][0]["code"] == "source_unavailable"


def test_source_url_on_the_command_line(tmp_path: Path, run: Run, cassette: Cassette) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Grant said: “We will not close the harbour this winter.”\n", encoding="utf-8")
    with cassette("web_page"):
        quotes, problems = quotes_of(
            run(str(article), "--source", PAGE, "--store", str(tmp_path / "s"), "--format", "json")
        )
    assert problems == []
    assert quotes["We will not close the harbour this winter."]["match"]["source"] == PAGE


def test_bad_options_are_one_line_and_exit_2(article: Path, run: Run) -> None:
    result = run(str(article), "--offline", "--refresh")
    assert result.exit_code == 2 and "cannot be used together" in result.stderr
    result = run(str(article), "--account", "Alice Grant")
    assert result.exit_code == 2 and "expected NAME=@HANDLE" in result.stderr
    result = run("fetch", str(article), "--source", "notes/")
    assert result.exit_code == 2 and "fetch takes URLs" in result.stderr
    blocker = article.parent / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(str(article), "--store", str(blocker / "store"))
    assert result.exit_code == 2 and "a-file is a file, so the store folder cannot be made" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_account_map_fetches_the_speakers_posts_around_the_article_date(
    tmp_path: Path, run: Run, cassette: Cassette, x_token: str
) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\ndate: 2026-03-04\n---\nAlice Grant wrote: “Our harbour is the heart of this town.”\n",
        encoding="utf-8",
    )
    with cassette("x_timeline"):
        quotes, problems = quotes_of(
            run(
                str(article),
                "--account",
                "Alice Grant=@AliceGrantMayor",
                "--store",
                str(tmp_path / "s"),
                "--format",
                "json",
            )
        )
    assert problems == []
    quote = quotes["Our harbour is the heart of this town."]
    assert quote["verdict"] in {"exact", "edited"} and quote["match"]["author"] == "@AliceGrantMayor"
