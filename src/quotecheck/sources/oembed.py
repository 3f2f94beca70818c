"""X posts through X's public embed (oEmbed), for when the X API cannot be used.

Reading a post through the X API needs a paid token. ``publish.twitter.com/oembed`` needs
none: it answers with the HTML a page embeds (``omit_script=true``: no script tag;
``dnt=true``: no tracking), a blockquote holding the post's words in a ``<p>``, then
``— Name (@handle)`` and a link whose text is the date (``March 3, 2026``). That is read
here as the post's text, author, handle and day. It is what a reader of the embed sees:
links stay t.co addresses and a photo's link is dropped. The snapshot says ``via:
oembed`` and every quote found in it gets a finding saying so (``provenance``).

Used by ``xapi.XPosts`` when no token is set, and when the API refuses every request (a
refused token, a token whose access level cannot read posts, a rate limit longer than the
run waits): the posts are public either way. A post the API says is deleted is not asked
again here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from quotecheck.model import Source, SourceProblem
from quotecheck.progress import FetchCount
from quotecheck.sources.post_html import fragment_text
from quotecheck.sources.posts import POST_URL
from quotecheck.sources.provenance import OEMBED
from quotecheck.sources.public_posts import Unavailable, json_get, text_field
from quotecheck.sources.safe_http import DEFAULT_LIMITS, FetchLimits
from quotecheck.sources.snapshots import SnapshotPolicy, source_of
from quotecheck.store import Snapshot, utc_now

if TYPE_CHECKING:
    import requests

ENDPOINT = "https://publish.twitter.com/oembed"
SITE = "X's oEmbed"
BYLINE = re.compile(r"[—–-]\s*(?P<name>.*?)\s*\(@(?P<handle>\w{1,15})\)\s*$", re.S)
PHOTO_LINK = r"(?:https?://)?pic\.(?:twitter|x)\.com/"


def oembed_url(post_id: str, handle: str | None = None) -> str:
    page = f"https://twitter.com/{handle or 'i'}/status/{post_id}"
    return f"{ENDPOINT}?{urlencode({'url': page, 'omit_script': 'true', 'dnt': 'true'})}"


class Blockquote(HTMLParser):
    """The parts of an embed: the ``<p>`` (as HTML), the byline text after it and the text
    of the last link (the date)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.inside_p = False
        self.p: list[str] = []
        self.after: list[str] = []
        self.link_text: list[str] | None = None
        self.last_link = ""
        self.seen_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.inside_p:
            self.p.append(self.get_starttag_text() or "")
            if tag == "p":
                self.depth += 1
        elif tag == "p" and not self.seen_p:
            self.inside_p, self.seen_p = True, True
        elif tag == "a" and self.seen_p:
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if self.inside_p:
            if tag == "p" and self.depth == 0:
                self.inside_p = False
                return
            if tag == "p":
                self.depth -= 1
            self.p.append(f"</{tag}>")
        elif tag == "a" and self.link_text is not None:
            self.last_link, self.link_text = "".join(self.link_text).strip(), None

    def handle_data(self, data: str) -> None:
        if self.inside_p:
            self.p.append(data)
        elif self.link_text is not None:
            self.link_text.append(data)
        elif self.seen_p:
            self.after.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")


def read_embed(data: Any) -> tuple[str, str | None, str | None, str | None]:
    """``(text, author, handle, day)`` from an oEmbed answer; ``Unavailable`` when it is
    not the embed of a post."""
    markup = text_field(data, "html")
    if markup is None:
        raise Unavailable(f"{SITE} answered JSON without the post's html")
    parts = Blockquote()
    parts.feed(markup)
    parts.close()
    text = fragment_text("".join(parts.p), skip_link=PHOTO_LINK)
    if not parts.seen_p or not text:
        raise Unavailable(f"{SITE} answered html without the post's words")
    byline = BYLINE.search(fragment_text("".join(parts.after)))
    author = byline["name"] if byline and byline["name"] else text_field(data, "author_name")
    handle = byline["handle"] if byline else handle_from(text_field(data, "author_url"))
    return text, author, f"@{handle}" if handle else None, day_of(parts.last_link)


def handle_from(author_url: str | None) -> str | None:
    m = re.search(r"(?:twitter|x)\.com/(\w{1,15})/?$", author_url or "")
    return m.group(1) if m else None


def day_of(link_text: str) -> str | None:
    """``March 3, 2026`` → ``2026-03-03`` (the embed gives the day, not the time)."""
    try:
        return datetime.strptime(link_text.strip(), "%B %d, %Y").strftime("%Y-%m-%d")
    except ValueError:
        return None


def read_post(
    post_id: str,
    handle: str | None,
    limits: FetchLimits,
    session: requests.Session | None,
    sleep: Callable[[float], None],
) -> Snapshot:
    """One post through oEmbed as a snapshot (kind ``post``), or ``Unavailable``."""
    url = oembed_url(post_id, handle)
    try:
        data, raw = json_get(url, limits, session, sleep, "the post", SITE)
    except Unavailable as exc:
        if exc.status == 403:  # oEmbed's answer for a protected or suspended account's post
            raise Unavailable(
                "the post: not public, from a protected or suspended account (HTTP 403)",
                gone=True,
                status=403,
            ) from None
        raise
    text, author, handle_seen, day = read_embed(data)
    return Snapshot(
        kind="post",
        locator=POST_URL.format(id=post_id),
        text=text,
        retrieved=utc_now(),
        raw=raw,
        author=author,
        handle=handle_seen,
        published=day,
        meta={"id": post_id, "via": OEMBED, "truncated": False, "reply": False, "oembed": url},
    )


class OEmbedPosts:
    """X posts by id through oEmbed, for ``xapi.XPosts`` (which has already looked in the
    store): each kept, or a problem saying why the API was not used and what oEmbed said."""

    def __init__(
        self,
        policy: SnapshotPolicy,
        handles: Mapping[str, str] | None = None,
        limits: FetchLimits = DEFAULT_LIMITS,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        count: FetchCount | None = None,
    ) -> None:
        self.policy = policy
        self.handles = dict(handles or {})
        """Post id → the handle in the article's link (oEmbed wants a post's page address)."""
        self.limits = limits
        self.session = session
        self.sleep = sleep
        self.clock = clock
        self.count = count or FetchCount(None)

    def posts(self, ids: list[str], why: str) -> Iterator[Source | SourceProblem]:
        """``why``: why the X API was not used, said in a problem when oEmbed fails too."""
        from quotecheck.sources.web import Network

        network = Network(self.limits, self.clock)
        self.count.expect(len(ids))
        for post_id in ids:
            locator = POST_URL.format(id=post_id)
            refused = network.refusal()
            if refused is not None:
                yield SourceProblem(locator, f"{why}; {refused}")
                continue
            self.count.start(locator)
            try:
                snapshot = read_post(
                    post_id, self.handles.get(post_id), self.limits, self.session, self.sleep
                )
            except Unavailable as exc:
                network.heard(ENDPOINT, answered=not exc.unreachable)
                problem = SourceProblem(locator, f"{why}; {SITE}: {exc}")
                yield self.policy.mark_gone(problem) if exc.gone else problem
            else:
                network.heard(ENDPOINT, answered=True)
                yield source_of(self.policy.keep(snapshot))
            finally:
                self.count.finish(locator)
