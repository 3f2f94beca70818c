"""Posts on X through tweepy, replayed from hand-written cassettes in the API v2 shape."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.xapi import Timeline, XLimits, XPosts
from quotecheck.store import Store
from tests.conftest import CASSETTES, FAKE_TOKEN

Cassette = Callable[[str], Any]
P1, P2, P3, P4, GONE = (f"18970000000000001{n:02d}" for n in (1, 2, 3, 4, 99))


class Clock:
    """Time that moves only when the code under test sleeps: no test waits for real."""

    def __init__(self, now: float) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def collect(provider: XPosts) -> tuple[list[Source], list[SourceProblem]]:
    items = list(provider.collect())
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, SourceProblem)]


def posts(ids: list[str], store: Store | None = None, **kwargs: Any) -> XPosts:
    clock = kwargs.pop("clock", None) or Clock(1772600000.0)
    return XPosts(
        ids, kwargs.pop("timelines", []), SnapshotPolicy(store), sleep=clock.sleep, clock=clock, **kwargs
    )


def test_post_by_url_is_the_text_a_reader_saw(x_token: str, cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("x_post_by_url"):
        sources, problems = collect(posts([P1], store))
    assert problems == []
    [post] = sources
    assert post.text == (
        "We will not close the harbour this winter. Boats & crews stay where they are. "
        "Details: https://harbour.example.gov/winter-plan"
    )
    assert (post.author, post.handle, post.kind) == ("Alice Grant", "@AliceGrantMayor", "post")
    assert post.published == "2026-03-03T18:20:00.000Z"
    assert post.locator == f"https://x.com/i/status/{P1}"
    assert not post.truncated
    kept = store.latest("post", post.locator)
    assert kept is not None and kept.short == post.snapshot
    assert b"t.co/Hb7WinTer1" in kept.raw  # the raw response is kept as it came


def test_long_post_comes_from_note_tweet(x_token: str, cassette: Cassette) -> None:
    with cassette("x_note_tweet"):
        [post], problems = collect(posts([P2]))
    assert problems == []
    assert post.text.startswith("The harbour board met for four hours tonight.")
    assert post.text.endswith("so anyone can see where the money goes. https://harbour.example.gov/minutes")
    assert "…" not in post.text and not post.truncated


def test_retweet_is_the_original_authors_words(x_token: str, cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("x_retweet"):
        [post], _ = collect(posts([P3], store))
    assert post.handle == "@AliceGrantMayor" and post.author == "Alice Grant"
    assert post.text.startswith("The repairs will cost about 4 million pounds")
    assert post.text.endswith("where the money goes.") and not post.truncated
    kept = store.latest("post", post.locator)
    assert kept is not None and kept.meta["retweeted_by"] == "@BenOkafor"


def test_reply_drops_the_leading_mentions(x_token: str, cassette: Cassette) -> None:
    with cassette("x_reply"):
        [post], _ = collect(posts([P4]))
    assert post.text == "The fleet needs the harbour open all year, not only this winter."
    assert post.handle == "@BenOkafor"


def test_deleted_post_is_a_problem_with_the_reason(x_token: str, cassette: Cassette) -> None:
    with cassette("x_deleted"):
        sources, problems = collect(posts([P1, GONE]))
    assert [s.locator for s in sources] == [f"https://x.com/i/status/{P1}"]
    [problem] = problems
    assert problem.locator == f"https://x.com/i/status/{GONE}"
    assert problem.message.startswith("post deleted or never existed")


def test_rate_limit_waits_until_the_reset_then_goes_on(x_token: str, cassette: Cassette) -> None:
    clock = Clock(1772600000.0)
    messages: list[str] = []
    with cassette("x_rate_limited"):
        sources, problems = collect(posts([P1], clock=clock, notify=messages.append))
    assert problems == [] and len(sources) == 1
    assert clock.slept == [31.0]  # reset 1772600030, plus a second of margin
    assert messages and "rate limit" in messages[0] and "31 s" in messages[0]


def test_rate_limit_past_the_limit_stops_and_keeps_what_was_fetched(
    x_token: str, cassette: Cassette, tmp_path: Path
) -> None:
    clock = Clock(1772600000.0)  # the second page's limit resets an hour later
    timeline = Timeline(
        "@AliceGrantMayor", datetime(2026, 3, 1, 12, tzinfo=UTC), datetime(2026, 3, 5, 12, tzinfo=UTC)
    )
    store = Store(tmp_path / "store")
    provider = posts([], store, clock=clock, timelines=[timeline], limits=XLimits(max_wait=120))
    with cassette("x_timeline_rate_limited"):
        sources, problems = collect(provider)
    assert clock.slept == []
    assert len(sources) == 2  # the first page
    [problem] = problems
    assert "rate limit" in problem.message and "kept the 2 posts" in problem.message
    assert store.latest("post", "https://x.com/i/status/1897000000000000111") is not None
    # an incomplete window is not remembered as fetched: the next run asks again
    assert store.cache_get("x-timeline", timeline.key) is None


def test_unauthorized_token_is_reported_without_the_token(
    x_token: str, cassette: Cassette, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with cassette("x_unauthorized"):
        sources, problems = collect(posts([P1]))
    assert sources == []
    [problem] = problems
    assert "401 Unauthorized" in problem.message and "X_BEARER_TOKEN" in problem.message
    assert FAKE_TOKEN not in problem.message
    assert "Making API request" in caplog.text  # tweepy logged the request headers …
    assert FAKE_TOKEN not in caplog.text  # … with the token scrubbed


def test_no_token_says_how_to_set_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("TWITTER_BEARER_TOKEN", raising=False)
    sources, problems = collect(posts([P1]))
    assert sources == []
    assert "set X_BEARER_TOKEN" in problems[0].message


def test_timeline_window_reads_every_page(x_token: str, cassette: Cassette, tmp_path: Path) -> None:
    timeline = Timeline(
        "@AliceGrantMayor", datetime(2026, 3, 1, 12, tzinfo=UTC), datetime(2026, 3, 5, 12, tzinfo=UTC)
    )
    store = Store(tmp_path / "store")
    with cassette("x_timeline"):
        sources, problems = collect(posts([], store, timelines=[timeline]))
    assert problems == []
    assert [s.locator[-3:] for s in sources] == ["111", "112", "113"]
    assert all(s.handle == "@AliceGrantMayor" for s in sources)
    # the window is remembered: the next run reads it from the store without a request
    again, problems = collect(posts([], store, timelines=[timeline]))
    assert [s.text for s in again] == [s.text for s in sources] and problems == []


def test_timeouts_are_retried_with_backoff_then_reported(x_token: str) -> None:
    import requests

    class FailingClient:
        calls = 0

        def get_tweets(self, **kwargs: Any) -> Any:
            self.calls += 1
            raise requests.ConnectTimeout("connect timed out")

    clock = Clock(0.0)
    client = FailingClient()
    sources, problems = collect(
        posts([P1], clock=clock, client=client, limits=XLimits(retries=2, backoff=1.5))
    )
    assert client.calls == 3 and clock.slept == [1.5, 3.0]
    assert sources == [] and problems[0].message == "timed out after 3 tries"


def test_no_token_anywhere_in_cassettes_or_store(x_token: str, cassette: Cassette, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with cassette("x_deleted"):
        collect(posts([P1, GONE], store))
    rows = store.db.execute("SELECT * FROM snapshots").fetchall()
    assert rows and FAKE_TOKEN not in repr(rows)
    for path in CASSETTES.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "Bearer" not in text and "authorization" not in text.lower(), path.name


def test_forbidden_says_which_and_stops_asking(x_token: str, cassette: Cassette) -> None:
    with cassette("x_forbidden"):
        sources, problems = collect(posts([P1]))
    assert sources == []
    assert problems[0].message.startswith("X API forbids this request (403 Forbidden)")
    assert "developer App" in problems[0].message


def test_cut_short_post_is_marked_truncated_and_a_bare_retweet_names_the_original_author() -> None:
    from quotecheck.sources.posts import posts_of

    response = {
        "data": [
            {
                "id": "1",
                "author_id": "9",
                "text": "The north wall repairs are the biggest job this harbour has seen in fifty years, and"
                " every boat owner will feel it over the summer, when the quay is closed…",
            },
            {"id": "4", "author_id": "9", "text": "More news on the north wall soon…"},
            {
                "id": "2",
                "author_id": "9",
                "text": "RT @HarbourBoard: Meeting moved to Thursday at 7pm.",
                "referenced_tweets": [{"type": "retweeted", "id": "3"}],
            },
        ],
        "includes": {"users": [{"id": "9", "name": "Ben Okafor", "username": "BenOkafor"}]},
    }
    cut, trailing_off, retweet = posts_of(response)
    assert cut.truncated and cut.handle == "@BenOkafor"
    assert not trailing_off.truncated
    assert (retweet.text, retweet.handle, retweet.retweeted_by) == (
        "Meeting moved to Thursday at 7pm.",
        "@HarbourBoard",
        "@BenOkafor",
    )


def test_ids_go_in_batches_of_at_most_100(x_token: str) -> None:
    class CountingClient:
        def __init__(self) -> None:
            self.batches: list[list[str]] = []

        def get_tweets(self, ids: list[str], **kwargs: Any) -> Any:
            assert kwargs["expansions"][0] == "author_id" and "note_tweet" in kwargs["tweet_fields"]
            self.batches.append(ids)
            data = [{"id": i, "text": f"Post {i}", "author_id": "1"} for i in ids]
            return {"data": data, "includes": {"users": [{"id": "1", "name": "A", "username": "a"}]}}

    client = CountingClient()
    ids = [str(1000 + n) for n in range(230)]
    sources, problems = collect(posts(ids, client=client))
    assert [len(b) for b in client.batches] == [100, 100, 30]
    assert len(sources) == 230 and problems == []


ARTICLE_WITH_POST = """\
“We will not close the harbour this winter,” Alice Grant wrote on X.
https://x.com/AliceGrantMayor/status/1897000000000000101
"""


@pytest.mark.parametrize(
    ("variable", "value", "what"),
    [
        ("X_BEARER_TOKEN", "AAAASECRETHALF\nSECRETOTHERHALF", "a line break"),
        ("X_BEARER_TOKEN", "AAAASECRETHALF\r\nSECRETOTHERHALF", "a line break"),
        ("X_BEARER_TOKEN", "AAAASECRETHALF\rSECRETOTHERHALF", "a carriage return"),
        ("X_BEARER_TOKEN", "AAAASECRETHALF SECRETOTHERHALF", "a space"),
        ("TWITTER_BEARER_TOKEN", "AAAASECRETHALF\tSECRETOTHERHALF", "a space"),
        ("X_BEARER_TOKEN", "AAAASECRETHALF“SECRETOTHERHALF", "a character no bearer token has"),
    ],
)
def test_a_token_that_cannot_be_one_is_a_one_line_error_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str, what: str
) -> None:
    from typer.testing import CliRunner

    from quotecheck.cli import app

    for name in ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, value)
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE_WITH_POST, encoding="utf-8")
    for command in (["check"], ["fetch"]):
        result = CliRunner().invoke(app, [*command, str(article), "--store", str(tmp_path / "store")])
        assert result.exit_code == 2, result.output
        assert result.stderr == (
            f"quotecheck: error: {variable} holds {what} (copied with the secret?): "
            "set it again to the bearer token alone\n"
        )
        assert "SECRET" not in result.output and "Traceback" not in result.output
    # an offline run needs no token: a bad one in the environment does not stop it
    offline = CliRunner().invoke(app, [str(article), "--store", str(tmp_path / "store"), "--offline"])
    assert offline.exit_code == 0 and "SECRET" not in offline.output


def test_a_token_with_outer_whitespace_is_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck.sources.xapi import bearer_token

    assert bearer_token({"X_BEARER_TOKEN": "\n  AAAA%2Bfake%3Dtoken \r\n"}) == "AAAA%2Bfake%3Dtoken"


def test_an_exception_carrying_the_request_headers_never_reaches_the_user() -> None:
    """requests says which header was bad, value and all: the message must stay inside."""
    import requests

    secret = "AAAAsecretvalue"

    class LeakyClient:
        def get_tweets(self, **kwargs: Any) -> Any:
            raise requests.exceptions.InvalidHeader(f"Invalid header value: 'Bearer {secret}\\n'")

    provider = posts([P1], token=secret, client=LeakyClient())
    [problem] = list(provider.collect())
    assert isinstance(problem, SourceProblem)
    assert problem.message == "X API request failed (InvalidHeader)"
    assert secret not in problem.message
