"""Posts on X through tweepy's ``Client`` (API v2): posts by id, and a mapped account's
posts in a window around the article's date.

Every failure is a problem for the sources concerned, never a crash: a run with no token,
a refused token, a deleted post or a rate limit still reports on everything else. The
bearer token is only ever handed to tweepy; it is scrubbed from every message we make and
from tweepy's own debug log, which prints request headers.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from quotecheck.errors import QuotecheckError
from quotecheck.model import Source, SourceProblem
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.oembed import OEmbedPosts
from quotecheck.sources.posts import POST_URL, posts_of, raw_for, snapshot_of_post
from quotecheck.sources.saved_posts import error_text
from quotecheck.sources.snapshots import SnapshotPolicy, source_of
from quotecheck.store import Snapshot, utc_now

TOKEN_VARS = ("X_BEARER_TOKEN", "TWITTER_BEARER_TOKEN")
NO_TOKEN = "no X API token: set X_BEARER_TOKEN (export X_BEARER_TOKEN=...) to fetch posts"
NO_TOKEN_SHORT = "no X API token (X_BEARER_TOKEN)"
TWEET_FIELDS = ["created_at", "author_id", "entities", "note_tweet", "referenced_tweets"]
EXPANSIONS = ["author_id", "referenced_tweets.id", "referenced_tweets.id.author_id"]
USER_FIELDS = ["name", "username"]
BATCH = 100
TIMELINE_CACHE = "x-timeline"
BEARER = re.compile(r"Bearer\s+\S+")


TOKEN_SHAPE = re.compile(r"[!-~]+")
"""A bearer token is printable ASCII without spaces (letters, digits, %, -, _ ...)."""


def bearer_token(env: Mapping[str, str] | None = None) -> str | None:
    """The token from the environment; a ``QuotecheckError`` naming the variable (never
    showing its value) when it cannot be a token: an inner line break or carriage return
    from a copied secret would otherwise surface as a traceback holding the whole header."""
    env = os.environ if env is None else env
    for name in TOKEN_VARS:
        value = env.get(name, "").strip()
        if value:
            return checked_token(value, name)
    return None


def checked_token(token: str, name: str = "the X token") -> str:
    if TOKEN_SHAPE.fullmatch(token) is None:
        what = (
            "a line break" if "\n" in token else "a carriage return" if "\r" in token
            else "a space" if any(c.isspace() for c in token) else "a character no bearer token has"
        )  # fmt: skip
        raise QuotecheckError(
            f"{name} holds {what} (copied with the secret?): set it again to the bearer token alone"
        )
    return token


@dataclass(frozen=True)
class XLimits:
    timeout: float = 20.0
    """Seconds for each request: tweepy's session has none of its own."""
    retries: int = 2
    backoff: float = 2.0
    max_wait: float = 900.0
    """The longest total wait for rate limits to reset before stopping with what we have."""
    max_pages: int = 10


@dataclass(frozen=True)
class Timeline:
    """An account's posts between two times (the window around an article's date)."""

    handle: str
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return f"{self.handle.lstrip('@').lower()}|{stamp(self.start)}|{stamp(self.end)}"

    @property
    def locator(self) -> str:
        return f"https://x.com/{self.handle.lstrip('@')} ({stamp(self.start)} to {stamp(self.end)})"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class XFailure(Exception):
    """A request that failed for a reason the report states; ``fatal`` stops further
    requests (a refused token or a long rate limit fails every one of them alike)."""

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


class RedactBearer(logging.Filter):
    """tweepy logs each request's headers at debug level, the token among them."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "Bearer" in message:
            record.msg, record.args = BEARER.sub("Bearer [redacted]", message), None
        return True


def make_client(token: str, timeout: float) -> Any:
    """A tweepy Client whose every request has a timeout, returning plain dicts (the raw
    response is what the store keeps)."""
    import requests
    import tweepy

    class TimeoutSession(requests.Session):
        def request(self, *args: Any, **kwargs: Any) -> Any:
            kwargs.setdefault("timeout", timeout)
            return super().request(*args, **kwargs)

    log = logging.getLogger("tweepy.client")
    if not any(isinstance(f, RedactBearer) for f in log.filters):
        log.addFilter(RedactBearer())
    client = tweepy.Client(bearer_token=token, return_type=dict, wait_on_rate_limit=False)
    client.session = TimeoutSession()
    return client


class XPosts(SourceProvider):
    """Posts by id and accounts' timelines, from the store first (see ``SnapshotPolicy``)."""

    def __init__(
        self,
        ids: list[str],
        timelines: list[Timeline],
        policy: SnapshotPolicy,
        limits: XLimits = XLimits(),
        token: str | None = None,
        notify: Callable[[str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        client: Any = None,
        fallback: OEmbedPosts | None = None,
    ) -> None:
        self.ids = list(dict.fromkeys(ids))
        self.timelines = timelines
        self.policy = policy
        self.limits = limits
        self.token = token
        """None: read from the environment when a request is to be made (an offline run
        never needs it, so a bad one in the environment must not stop it)."""
        self.notify = notify or (lambda message: logging.getLogger("quotecheck").warning(message))
        self.sleep = sleep
        self.clock = clock
        self.client = client
        self.waited = 0.0
        self.stopped: str | None = None
        self.fallback = fallback
        """Posts by id through X's public embed when the API cannot be used: no token, or
        a refusal that applies to every request (see ``oembed``). Timelines have no such
        fallback: oEmbed reads one post at a time, by its address."""

    # --- gathering -----------------------------------------------------------------

    def collect(self) -> Iterator[Source | SourceProblem]:
        pending: list[str] = []
        for post_id in self.ids:
            kept = self.policy.stored("post", POST_URL.format(id=post_id))
            gone = self.policy.gone(POST_URL.format(id=post_id)) if kept is None else None
            if kept is not None:
                yield source_of(kept)
            elif gone is not None:
                yield gone
            else:
                pending.append(post_id)
        todo: list[Timeline] = []
        for timeline in self.timelines:
            ids = self.cached_timeline(timeline)
            if ids is None:
                todo.append(timeline)
                continue
            for post_id in ids:
                kept = (
                    self.policy.store.latest("post", POST_URL.format(id=post_id))
                    if self.policy.store
                    else None
                )
                if kept is not None:
                    yield source_of(kept)
        if not pending and not todo:
            return
        if self.policy.offline:
            for post_id in pending:
                yield self.policy.missing(POST_URL.format(id=post_id))
            for timeline in todo:
                yield self.policy.missing(timeline.locator)
            return
        self.token = checked_token(self.token) if self.token is not None else bearer_token()
        if not self.token:
            if self.fallback is not None and pending:
                yield from self.fallback.posts(pending, NO_TOKEN_SHORT)
                pending = []
            for post_id in pending:
                yield SourceProblem(POST_URL.format(id=post_id), NO_TOKEN)
            for timeline in todo:
                yield SourceProblem(timeline.locator, NO_TOKEN)
            return
        if self.client is None:
            self.client = make_client(self.token, self.limits.timeout)
        for start in range(0, len(pending), BATCH):
            yield from self.fetch_batch(pending[start : start + BATCH])
        for timeline in todo:
            yield from self.fetch_timeline(timeline)

    def cached_timeline(self, timeline: Timeline) -> list[str] | None:
        store = self.policy.store
        if store is None or (self.policy.refresh and not self.policy.offline):
            return None
        value = store.cache_json(TIMELINE_CACHE, timeline.key)
        if value is not None and not isinstance(value, list):
            raise store.damaged(f"the kept timeline {timeline.key} is not a list of posts")
        return None if value is None else [str(i) for i in value]

    def fetch_batch(self, ids: list[str]) -> Iterator[Source | SourceProblem]:
        if self.stopped:
            yield from self.refused(ids, self.stopped)
            return
        try:
            response = self.call(
                self.client.get_tweets,
                ids=ids,
                expansions=EXPANSIONS,
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
            )
        except XFailure as exc:
            if exc.fatal:
                yield from self.refused(ids, str(exc))
                return
            for post_id in ids:
                yield SourceProblem(POST_URL.format(id=post_id), str(exc))
            return
        yield from self.keep_posts(response)
        found = {str(t.get("id")) for t in response.get("data") or []}
        for error in response.get("errors") or []:
            missing = str(error.get("resource_id") or error.get("value") or "")
            if missing in ids and missing not in found:
                found.add(missing)
                yield self.policy.mark_gone(SourceProblem(POST_URL.format(id=missing), error_text(error)))
        for post_id in ids:
            if post_id not in found:
                yield SourceProblem(POST_URL.format(id=post_id), "post not returned by the X API")

    def refused(self, ids: list[str], why: str) -> Iterator[Source | SourceProblem]:
        """Posts the API will not give (every request refused alike): through oEmbed when
        there is that fallback, else a problem each."""
        if self.fallback is not None:
            yield from self.fallback.posts(ids, why)
            return
        for post_id in ids:
            yield SourceProblem(POST_URL.format(id=post_id), why)

    def fetch_timeline(self, timeline: Timeline) -> Iterator[Source | SourceProblem]:
        if self.stopped:
            yield SourceProblem(timeline.locator, self.stopped)
            return
        handle = timeline.handle.lstrip("@")
        try:
            user = self.call(self.client.get_user, username=handle, user_fields=USER_FIELDS)
        except XFailure as exc:
            yield SourceProblem(timeline.locator, str(exc))
            return
        if not user.get("data"):
            errors = user.get("errors") or [{}]
            yield SourceProblem(timeline.locator, f"account @{handle}: {error_text(errors[0])}")
            return
        user_id = str(user["data"]["id"])
        ids: list[str] = []
        token: str | None = None
        for _ in range(self.limits.max_pages):
            params: dict[str, Any] = {
                "start_time": timeline.start,
                "end_time": timeline.end,
                "max_results": 100,
                "expansions": EXPANSIONS,
                "tweet_fields": TWEET_FIELDS,
                "user_fields": USER_FIELDS,
            }
            if token:
                params["pagination_token"] = token
            try:
                page = self.call(self.client.get_users_tweets, user_id, **params)
            except XFailure as exc:
                yield SourceProblem(timeline.locator, f"{exc} (kept the {len(ids)} posts fetched before)")
                return
            for item in self.keep_posts(page):
                if isinstance(item, Source):
                    ids.append(item.locator.rsplit("/", 1)[-1])
                yield item
            token = (page.get("meta") or {}).get("next_token")
            if not token:
                break
        if self.policy.store is not None:  # only a complete window is remembered as fetched
            self.policy.store.cache_put(TIMELINE_CACHE, timeline.key, json.dumps(ids).encode())

    def keep_posts(self, response: Mapping[str, Any]) -> Iterator[Source]:
        retrieved = utc_now()
        snapshots: list[Snapshot] = [
            snapshot_of_post(post, raw_for(post.id, response), retrieved) for post in posts_of(response)
        ]
        for snapshot in self.policy.keep_all(snapshots):
            yield source_of(snapshot)

    # --- one request, with the failures the API has --------------------------------

    def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> dict[str, Any]:
        """One API request: rate limits waited out within ``max_wait``, timeouts and
        connection errors retried with backoff, everything else an ``XFailure``."""
        import requests
        import tweepy

        delay = self.limits.backoff
        tries = 0
        while True:
            try:
                result: dict[str, Any] = method(*args, **kwargs)
                return result
            except tweepy.TooManyRequests as exc:
                self.wait_for_reset(exc)
            except tweepy.Unauthorized:
                raise self.stop(
                    "X API refused the token (401 Unauthorized): check X_BEARER_TOKEN is a valid bearer token"
                ) from None
            except tweepy.Forbidden as exc:
                raise self.stop(
                    f"X API forbids this request (403 Forbidden): the token's access level cannot read it ({self.detail(exc)})"
                ) from None
            except tweepy.NotFound as exc:
                raise XFailure(f"not found (404): {self.detail(exc)}") from None
            except (requests.Timeout, requests.ConnectionError, tweepy.TwitterServerError) as exc:
                tries += 1
                if tries > self.limits.retries:
                    what = "timed out" if isinstance(exc, requests.Timeout) else "connection failed"
                    if isinstance(exc, tweepy.TwitterServerError):
                        what = f"X API server error ({exc.response.status_code})"
                    raise self.stop(f"{what} after {tries} tries") from None
                self.sleep(delay)
                delay *= 2
            except tweepy.HTTPException as exc:
                raise XFailure(f"X API error ({exc.response.status_code}): {self.detail(exc)}") from None
            except Exception as exc:  # requests' InvalidHeader and the like hold the request's headers
                raise self.stop(f"X API request failed ({type(exc).__name__})") from None

    def wait_for_reset(self, exc: Any) -> None:
        reset = exc.response.headers.get("x-rate-limit-reset", "")
        now = self.clock()
        wait = max(1.0, float(reset) - now + 1) if str(reset).isdigit() else 60.0
        until = datetime.fromtimestamp(now + wait, UTC).strftime("%H:%M:%S UTC")
        if self.waited + wait > self.limits.max_wait:
            raise self.stop(
                f"X API rate limit reached; it resets at {until}, later than the {self.limits.max_wait:.0f} s "
                "this run waits: stopped and kept what was fetched (run again later)"
            )
        self.notify(f"X API rate limit reached: waiting {wait:.0f} s, until {until}")
        self.waited += wait
        self.sleep(wait)

    def stop(self, message: str) -> XFailure:
        self.stopped = self.redact(message)
        return XFailure(self.stopped, fatal=True)

    def detail(self, exc: Any) -> str:
        messages = getattr(exc, "api_messages", None) or [str(exc)]
        return self.redact("; ".join(str(m) for m in messages))

    def redact(self, message: str) -> str:
        if self.token:
            message = message.replace(self.token, "[redacted]")
        return BEARER.sub("Bearer [redacted]", message)
