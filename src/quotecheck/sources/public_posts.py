"""Posts read without an account or a paid API: Bluesky posts through the public AppView,
Mastodon posts through their own instance's public API, and (for ``xapi`` when no token
can be used) X posts through X's public embed.

Each post is one or two GETs through ``safe_http.get`` (public addresses only, a
deadline, a size cap), its raw answer kept in the snapshot store, so it is fetched once
and ``--offline`` runs use the store. A post that cannot be had (deleted, private, a rate
limit, an answer that is not the service's JSON) is a problem for that post, never a
crash. Each post carries its author's name and handle and its date, so a quote attributed
to someone else is ``misattributed`` exactly as for a post on X.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from quotecheck.model import Source, SourceProblem
from quotecheck.progress import FetchCount
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.safe_http import DEFAULT_LIMITS, FetchError, FetchLimits, get
from quotecheck.sources.snapshots import SnapshotPolicy, source_of

if TYPE_CHECKING:
    import requests

    from quotecheck.store import Snapshot

BLUESKY_POST = re.compile(
    r"^https://(?:www\.)?bsky\.app/profile/(?P<actor>[A-Za-z0-9._:%-]{1,253})/post/(?P<rkey>[A-Za-z0-9._:~-]{1,512})/?(?:[?#]|$)"
)
MASTODON_POST = re.compile(
    r"^https?://(?P<host>(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}(?::\d{1,5})?)"
    r"/(?:@(?P<user>\w[\w.-]*)(?:@[\w.-]+)?|users/(?P<path_user>\w[\w.-]*)/statuses)/(?P<id>\d{1,20})/?(?:[?#]|$)"
)
"""A Mastodon post's page (``/@user/ID``, ``/@user@home.instance/ID``) or its ActivityPub
address (``/users/user/statuses/ID``) on any instance."""
JSON = "application/json"


@dataclass(frozen=True)
class PostLink:
    """A link to a post on a service read without an account."""

    url: str
    service: str
    """``bluesky`` or ``mastodon``."""


def post_link(url: str) -> PostLink | None:
    """``url`` as a Bluesky or Mastodon post, or None."""
    if BLUESKY_POST.match(url):
        return PostLink(url, "bluesky")
    if MASTODON_POST.match(url):
        return PostLink(url, "mastodon")
    return None


class Unavailable(Exception):
    """A post that cannot be had, with why (for the report). ``gone``: the service says it
    is not there for anyone (deleted, private), so later runs need not ask again."""

    def __init__(
        self, message: str, gone: bool = False, unreachable: bool = False, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.gone = gone
        self.unreachable = unreachable
        self.status = status
        """The HTTP status of the refusal, when there was one."""


def service_error(body: bytes) -> str:
    """A service's own explanation in an error answer (``{"error": "NotFound", "message":
    "Post not found"}``), or ""."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeError):
        return ""
    if not isinstance(data, dict):
        return ""
    parts = [str(data[k]) for k in ("error", "message", "error_description") if isinstance(data.get(k), str)]
    return ": ".join(dict.fromkeys(parts))


def refusal(exc: FetchError, what: str, site: str) -> Unavailable:
    """A failed request as a reason a reader understands."""
    detail = service_error(exc.body)
    said = f"{exc}: {detail}" if detail else str(exc)
    if exc.status in (404, 410):
        return Unavailable(
            f"{what}: deleted, private or never existed ({said})", gone=True, status=exc.status
        )
    if exc.status in (401, 403):
        return Unavailable(f"{what}: not public, or {site} asks for a login ({said})", status=exc.status)
    if exc.status == 429:
        return Unavailable(f"{site}: rate limit reached ({said}); run again later", status=exc.status)
    return Unavailable(
        f"{what} could not be had from {site} ({said})", unreachable=exc.unreachable, status=exc.status
    )


def json_get(
    url: str,
    limits: FetchLimits,
    session: requests.Session | None,
    sleep: Callable[[float], None],
    what: str,
    site: str,
) -> tuple[Any, bytes]:
    """A service's JSON answer (parsed, and as received), or ``Unavailable``."""
    try:
        fetched = get(url, limits, session, sleep, accept=JSON)
    except FetchError as exc:
        raise refusal(exc, what, site) from None
    try:
        return json.loads(fetched.body.decode("utf-8")), fetched.body
    except (ValueError, UnicodeError):
        kind = fetched.content_type.split(";")[0].strip() or "no content type"
        raise Unavailable(f"{site} answered something other than JSON ({kind}) for {what}") from None


def text_field(data: Any, *path: str) -> str | None:
    """``data[path[0]][path[1]]…`` when it is a non-empty string."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data if isinstance(data, str) and data.strip() else None


Reader = Callable[[str, FetchLimits, "requests.Session | None", Callable[[float], None]], "Snapshot"]


def reader_for(service: str) -> Reader:
    if service == "bluesky":
        from quotecheck.sources.bluesky import read_post

        return read_post
    from quotecheck.sources.mastodon import read_status

    return read_status


class PublicPosts(SourceProvider):
    """Bluesky and Mastodon posts by URL, from the store first (see ``SnapshotPolicy``)."""

    def __init__(
        self,
        links: list[PostLink],
        policy: SnapshotPolicy,
        limits: FetchLimits = DEFAULT_LIMITS,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        count: FetchCount | None = None,
    ) -> None:
        self.links = list({link.url: link for link in links}.values())
        self.policy = policy
        self.limits = limits
        self.session = session
        self.sleep = sleep
        self.clock = clock
        self.count = count or FetchCount(None)

    def collect(self) -> Iterator[Source | SourceProblem]:
        from quotecheck.sources.web import Network

        todo: list[PostLink] = []
        for link in self.links:
            kept = self.policy.stored("post", link.url)
            gone = self.policy.gone(link.url) if kept is None else None
            if kept is not None:
                yield source_of(kept)
            elif gone is not None:
                yield gone
            elif self.policy.offline:
                yield self.policy.missing(link.url)
            else:
                todo.append(link)
        network = Network(self.limits, self.clock)
        self.count.expect(len(todo))
        for link in todo:
            refused = network.refusal()
            if refused is not None:
                yield SourceProblem(link.url, refused)
                continue
            self.count.start(link.url)
            try:
                snapshot = reader_for(link.service)(link.url, self.limits, self.session, self.sleep)
            except Unavailable as exc:
                network.heard(link.url, answered=not exc.unreachable)
                problem = SourceProblem(link.url, str(exc))
                yield self.policy.mark_gone(problem) if exc.gone else problem
            else:
                network.heard(link.url, answered=True)
                yield source_of(self.policy.keep(snapshot))
            finally:
                self.count.finish(link.url)


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url
