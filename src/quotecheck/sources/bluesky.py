"""Bluesky posts through the public AppView, without an account.

``https://bsky.app/profile/HANDLE/post/RKEY`` names a post by its author's handle, which
can change; the record's lasting address uses the author's DID. So a handle is first
resolved (``com.atproto.identity.resolveHandle``), then the post is read with
``app.bsky.feed.getPostThread`` (depth 0, no parents: the post alone). The answer's
``thread`` is a ``threadViewPost`` (``post.record.text``, ``post.author``,
``post.record.createdAt``), a ``notFoundPost`` or a ``blockedPost``; an unknown post or
handle is an XRPC error (400, ``{"error": "NotFound"}``). The post's own words are its
``record.text``: a quoted post in its embed is someone else's and is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlencode

from quotecheck.sources.public_posts import BLUESKY_POST, Unavailable, json_get, text_field
from quotecheck.store import Snapshot, utc_now

if TYPE_CHECKING:
    import requests

    from quotecheck.sources.safe_http import FetchLimits

APPVIEW = "https://public.api.bsky.app/xrpc/"
SITE = "Bluesky"


def resolve_url(handle: str) -> str:
    return f"{APPVIEW}com.atproto.identity.resolveHandle?{urlencode({'handle': handle})}"


def thread_url(did: str, rkey: str) -> str:
    uri = f"at://{did}/app.bsky.feed.post/{rkey}"
    return f"{APPVIEW}app.bsky.feed.getPostThread?{urlencode({'uri': uri, 'depth': 0, 'parentHeight': 0})}"


def read_post(
    url: str,
    limits: FetchLimits,
    session: requests.Session | None,
    sleep: Callable[[float], None],
) -> Snapshot:
    """The post at a bsky.app URL as a snapshot (kind ``post``), or ``Unavailable``."""
    m = BLUESKY_POST.match(url)
    if m is None:
        raise Unavailable(f"not a Bluesky post address: {url}")
    actor, rkey = unquote(m["actor"]).lower(), m["rkey"]
    did = actor if actor.startswith("did:") else resolve(actor, limits, session, sleep)
    try:
        data, raw = json_get(thread_url(did, rkey), limits, session, sleep, "the post", SITE)
    except Unavailable as exc:
        if "NotFound" in str(exc):  # an XRPC error with status 400: the post is not there
            raise Unavailable(f"post deleted or never existed ({exc})", gone=True) from None
        raise
    return snapshot_of(url, data, raw, did)


def resolve(
    handle: str, limits: FetchLimits, session: requests.Session | None, sleep: Callable[[float], None]
) -> str:
    """The DID a handle stands for."""
    try:
        data, _ = json_get(resolve_url(handle), limits, session, sleep, f"the account @{handle}", SITE)
    except Unavailable as exc:
        if "resolve handle" in str(exc) or "InvalidRequest" in str(exc):
            raise Unavailable(f"no Bluesky account @{handle} ({exc})", gone=True) from None
        raise
    did = text_field(data, "did")
    if did is None or not did.startswith("did:"):
        raise Unavailable(f"Bluesky did not give the account @{handle} a DID")
    return did


def expand_links(text: str, facets: Any) -> str:
    """Links as the author gave them: a post's text shows a long link shortened
    (``example.org/quay…``), its facet holds the address (offsets in UTF-8 bytes). As
    for X's t.co stand-ins, the address is what the author wrote; a shortened link's "…"
    would also read as a post cut short."""
    if not isinstance(facets, list):
        return text
    data = text.encode("utf-8")
    links: list[tuple[int, int, str]] = []
    for facet in facets:
        index = facet.get("index") if isinstance(facet, dict) else None
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next(
            (
                f.get("uri")
                for f in features
                if isinstance(f, dict) and str(f.get("$type", "")).endswith("#link")
            ),
            None,
        )
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(data)
            and isinstance(uri, str)
        ):
            links.append((start, end, uri))
    for start, end, uri in sorted(links, reverse=True):
        if not any(
            s < end and start < e for s, e, _ in links if (s, e) != (start, end)
        ):  # overlapping: leave
            data = data[:start] + uri.encode("utf-8") + data[end:]
    return data.decode("utf-8", "replace")


def snapshot_of(url: str, data: Any, raw: bytes, did: str) -> Snapshot:
    thread = data.get("thread") if isinstance(data, dict) else None
    if not isinstance(thread, dict):
        raise Unavailable("Bluesky's answer has no thread: not a getPostThread answer")
    kind = str(thread.get("$type", ""))
    if thread.get("notFound") or kind.endswith("#notFoundPost"):
        raise Unavailable("post deleted or never existed (Bluesky: notFoundPost)", gone=True)
    if thread.get("blocked") or kind.endswith("#blockedPost"):
        raise Unavailable("post not visible: its author blocks this reader (Bluesky: blockedPost)", gone=True)
    post = thread.get("post")
    record = post.get("record") if isinstance(post, dict) else None
    if not isinstance(post, dict) or not isinstance(record, dict):
        raise Unavailable("Bluesky's answer has no post record: not a getPostThread answer")
    text = text_field(record, "text")
    if text is None:
        raise Unavailable("the post has no text (an image or a video alone)")
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    handle = text_field(author, "handle")
    return Snapshot(
        kind="post",
        locator=url,
        text=expand_links(text, record.get("facets")).strip(),
        retrieved=utc_now(),
        raw=raw,
        author=(text_field(author, "displayName") or "").strip() or None,
        handle=f"@{handle}" if handle else None,
        published=text_field(record, "createdAt"),
        meta={
            "service": "bluesky",
            "uri": text_field(post, "uri") or f"at://{did}/app.bsky.feed.post",
            "did": text_field(author, "did") or did,
            "reply": isinstance(record.get("reply"), dict),
        },
    )
