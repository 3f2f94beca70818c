"""End to end through the CLI: an article linking an X post (no token: read through X's
oEmbed), a Bluesky post, a Mastodon post and a dead page (read from the Wayback Machine);
then the same check offline from the store. Every exchange replays from a cassette."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run

Cassette = Callable[[str], Any]

ARTICLE = """\
---
title: Quay plans split the harbour board
date: 2026-03-04
---
# Quay plans split the harbour board

Mayor Alice Grant [wrote on X](https://x.com/AliceGrantMayor/status/1897000000000000101) on Tuesday:
“We will not close the harbour this winter. Boats & crews stay where they are.”

Grant went further on Bluesky: “The north quay stays in public hands.”
https://bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2a

Harbour master Tom Reyes wrote on Mastodon: “Every invoice for the repairs will be published online.”
https://toot.example.net/@benokafor/113900000000000001

The plans were first set out in [a council notice](https://council.example.gov/notices/north-quay),
since taken down, which said: “The quay will be offered to developers in the spring.”
"""
X_WORDS = "We will not close the harbour this winter. Boats & crews stay where they are."
BSKY_WORDS = "The north quay stays in public hands."
MASTO_WORDS = "Every invoice for the repairs will be published online."
NOTICE_WORDS = "The quay will be offered to developers in the spring."
DEAD = "https://council.example.gov/notices/north-quay"
COPY = f"https://web.archive.org/web/20260302081244/{DEAD}"


@pytest.fixture(autouse=True)
def no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("TWITTER_BEARER_TOKEN", raising=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "quay.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def checked(result: Any) -> tuple[dict[str, dict[str, Any]], list[dict[str, str]]]:
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return {q["text"]: q for q in data["articles"][0]["quotes"]}, data["problems"]


def codes(quote: dict[str, Any]) -> list[str]:
    return [f["code"] for f in quote["findings"]]


def test_posts_without_a_paid_api_and_a_dead_page(article: Path, run: Run, cassette: Cassette) -> None:
    store = article.parent / "store"
    with cassette("cli_public_posts"):
        result = run(str(article), "--store", str(store), "--format", "json")
    quotes, problems = checked(result)
    assert problems == []
    assert result.exit_code == 1  # the Mastodon quote is misattributed

    x_post = quotes[X_WORDS]
    assert x_post["verdict"] == "exact" and x_post["match"]["via"] == "oembed"
    assert x_post["match"]["author"] == "@AliceGrantMayor" and x_post["match"]["published"] == "2026-03-03"
    assert "source_via_oembed" in codes(x_post)

    bluesky = quotes[BSKY_WORDS]
    assert bluesky["verdict"] == "exact" and bluesky["speaker"] == "Alice Grant"
    assert bluesky["match"]["author"] == "@alicegrant.bsky.social" and "via" not in bluesky["match"]
    assert bluesky["findings"] == []  # a shortened link at the post's end is no post cut short

    mastodon = quotes[MASTO_WORDS]
    assert mastodon["verdict"] == "misattributed"  # Tom Reyes is named; the post is Ben Okafor's
    assert mastodon["match"]["said_by"] == "Ben Okafor"
    assert mastodon["match"]["author"] == "@benokafor@toot.example.net"
    assert (
        "attributed to Tom Reyes, but the source has these words from Ben Okafor"
        in mastodon["findings"][0]["message"]
    )

    notice = quotes[NOTICE_WORDS]
    assert notice["verdict"] == "exact" and notice["match"]["source"] == COPY
    assert notice["match"]["via"] == "wayback"
    [archived] = [f for f in notice["findings"] if f["code"] == "source_archived"]
    assert archived["level"] == "info" and "is gone (HTTP 404 Not Found)" in archived["message"]
    assert "copy of 2026-03-02 08:12 UTC" in archived["message"]
    assert "using the Wayback Machine's copy of 2026-03-02 08:12 UTC" in result.stderr

    # offline: no cassette (a request would fail the test), the same verdicts from the store
    again, problems = checked(run(str(article), "--store", str(store), "--offline", "--format", "json"))
    assert problems == []
    assert {text: q["verdict"] for text, q in again.items()} == {
        text: q["verdict"] for text, q in quotes.items()
    }
    assert again[NOTICE_WORDS]["match"]["source"] == COPY and again[X_WORDS]["match"]["via"] == "oembed"


def test_the_markdown_report_says_where_the_words_came_from(
    article: Path, run: Run, cassette: Cassette
) -> None:
    with cassette("cli_public_posts"):
        result = run(str(article), "--store", str(article.parent / "s"), "--format", "markdown")
    assert result.exit_code == 1, result.output
    assert COPY in result.stdout and "Wayback Machine's copy of 2026-03-02" in result.stdout
    assert "oEmbed" in result.stdout


@pytest.mark.parametrize("how", ["option", "config"])
def test_wayback_can_be_turned_off(how: str, article: Path, run: Run, cassette: Cassette) -> None:
    args = [str(article), "--store", str(article.parent / "s"), "--format", "json"]
    if how == "option":
        args.append("--no-wayback")
    else:
        (article.parent / "quotecheck.toml").write_text("[fetch]\nwayback = false\n", encoding="utf-8")
    with cassette("cli_public_posts"):
        quotes, problems = checked(run(*args))
    assert problems == [{"source": DEAD, "message": "HTTP 404 Not Found"}]
    notice = quotes[NOTICE_WORDS]
    assert notice["verdict"] == "unverified" and codes(notice)[0] == "source_unavailable"
    assert quotes[X_WORDS]["verdict"] == "exact"  # the rest is fetched as usual


def test_fetch_fills_the_store_for_offline_checks(article: Path, run: Run, cassette: Cassette) -> None:
    store = article.parent / "store"
    with cassette("cli_public_posts"):
        fetched = run("fetch", str(article), "--store", str(store))
    assert fetched.exit_code == 0, fetched.output
    assert f"4 sources kept in {store}" in fetched.stdout
    listed = run("store", "list", "--store", str(store), "--json")
    assert listed.exit_code == 0, listed.output
    assert COPY in listed.stdout and "bsky.app/profile/alicegrant.bsky.social" in listed.stdout
    quotes, problems = checked(run(str(article), "--store", str(store), "--offline", "--format", "json"))
    assert problems == [] and quotes[NOTICE_WORDS]["match"]["source"] == COPY


def test_fetch_progress_names_each_link_on_a_terminal(
    article: Path, run: Run, cassette: Cassette, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotecheck.progress import Progress

    screen = io.StringIO()
    monkeypatch.setattr(
        Progress, "for_terminal", classmethod(lambda cls, quiet=False: cls(not quiet, stream=screen))
    )
    with cassette("cli_public_posts"):
        result = run(str(article), "--store", str(article.parent / "s"), "--format", "json")
    assert result.exit_code == 1, result.output
    drawn = screen.getvalue()
    assert "quotecheck: fetching" in drawn
    for name in ("council.example.gov/notices/north-quay", "x.com/i/status/1897000000000000101",
                 "bsky.app/profile/alicegrant.bsky.social/post/3mdq2kzv7fs2a"):  # fmt: skip
        assert name in drawn
    assert "4/4" in drawn  # how many, once all are done

    screen.truncate(0)
    with cassette("cli_public_posts"):
        quiet = run(str(article), "--store", str(article.parent / "q"), "--format", "json", "--quiet")
    assert quiet.exit_code == 1 and screen.getvalue() == "" and quiet.stderr == ""


def test_no_progress_when_stderr_is_not_a_terminal(article: Path, run: Run, cassette: Cassette) -> None:
    with cassette("cli_public_posts"):
        result = run(str(article), "--store", str(article.parent / "s"), "--format", "json")
    # the runner's stderr is no terminal: only the one line about the archived copy
    assert result.stderr.strip().splitlines() == [
        f"quotecheck: {DEAD} is gone (HTTP 404 Not Found): using the Wayback Machine's copy of 2026-03-02 08:12 UTC"
    ]
