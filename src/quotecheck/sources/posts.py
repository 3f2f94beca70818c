"""Posts on X as a reader saw them, from X API v2 objects (``data`` + ``includes``).

The API's ``text`` is not what a reader saw: long posts are cut (the full text is in
``note_tweet``), entities are HTML-escaped, links are t.co stand-ins, replies start with the
@names of the thread, photos add a trailing link, and a retweet is someone else's words.
Quotes are checked against the words the author wrote, so all of that is undone here.
Shared by saved API responses, archive exports and the live API client.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from quotecheck.store import Snapshot

POST_URL = "https://x.com/i/status/{id}"
"""The locator of a post: a working address that needs no handle (handles change)."""

MENTION_RUN = re.compile(r"\A(?:@\w{1,15}[ \t\n]+)+")
TRAILING_LINK = re.compile(r"[ \t\n]*https://t\.co/\w+[ \t\n]*\Z")
RETWEET_PREFIX = re.compile(r"\ART @(\w{1,15}): ")
ELLIPSIS_END = re.compile(r"…\s*\Z")
CUT_AT = 130
"""The API cuts retweets near 140 characters and long posts near 280, always with "…"; a
shorter post ending in "…" is the author's own trailing off, not a cut."""


@dataclass(frozen=True)
class Post:
    """The words of one post as a reader saw them, and who wrote them."""

    id: str
    text: str
    author: str | None
    handle: str | None
    published: str | None
    truncated: bool
    retweeted_by: str | None = None
    reply: bool = False


def reader_text(tweet: Mapping[str, Any]) -> tuple[str, bool]:
    """The text a reader saw and whether it is cut short (ends in "…" with no full text)."""
    note = tweet.get("note_tweet") or {}
    text = str(note.get("text") or tweet.get("text") or "")
    entities = note.get("entities") if note.get("text") else tweet.get("entities")
    urls = list((entities or {}).get("urls") or [])
    reply = any(r.get("type") == "replied_to" for r in tweet.get("referenced_tweets") or [])
    text = expand_links(text, urls)
    text = html.unescape(text)
    if reply:
        text = MENTION_RUN.sub("", text)
    truncated = bool(ELLIPSIS_END.search(text)) and not note.get("text") and len(text) >= CUT_AT
    return text.strip(), truncated


def expand_links(text: str, urls: list[Mapping[str, Any]]) -> str:
    """t.co stand-ins replaced by the address the author typed; media links dropped."""
    for url in sorted(urls, key=lambda u: -len(str(u.get("url", "")))):
        short = str(url.get("url") or "")
        if not short:
            continue
        if url.get("media_key") or str(url.get("display_url", "")).startswith(
            ("pic.twitter.com", "pic.x.com")
        ):
            text = text.replace(short, "")
        else:
            text = text.replace(short, str(url.get("expanded_url") or short))
    return TRAILING_LINK.sub("", text).rstrip()


def parts_of(response: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """A response's posts (``data``, one or a list) and what it includes: users and posts by id."""
    data = response.get("data") or []
    if isinstance(data, Mapping):
        data = [data]
    includes = response.get("includes") or {}
    users = {str(u.get("id")): u for u in includes.get("users") or []}
    included = {str(t.get("id")): t for t in includes.get("tweets") or []}
    return list(data), users, included


def posts_of(response: Mapping[str, Any]) -> Iterator[Post]:
    """Each post in an API v2 response; a retweet gives the original post's author and words."""
    data, users, included = parts_of(response)
    for tweet in data:
        yield post_of(tweet, users, included)


def quoted_posts(response: Mapping[str, Any]) -> Iterator[Post]:
    """The posts that the response's posts quote, as the response includes them (a reader sees
    each inside the post that quotes it): their words are their own authors', not the quoter's.
    A quoted post the response also has in ``data`` is read there; one whose author the response
    does not include is left out, as words of no one known (its quoter's they are not)."""
    data, users, included = parts_of(response)
    seen = {str(t.get("id")) for t in data}
    for tweet in data:
        for ref in tweet.get("referenced_tweets") or []:
            quoted = str(ref.get("id"))
            if ref.get("type") == "quoted" and quoted in included and quoted not in seen:
                seen.add(quoted)
                if str(included[quoted].get("author_id")) not in users:
                    continue
                yield post_of(included[quoted], users, included)


def post_of(
    tweet: Mapping[str, Any],
    users: Mapping[str, Mapping[str, Any]],
    included: Mapping[str, Mapping[str, Any]],
) -> Post:
    retweeted_by = None
    source = tweet
    for ref in tweet.get("referenced_tweets") or []:
        if ref.get("type") == "retweeted":
            original = included.get(str(ref.get("id")))
            retweeter = users.get(str(tweet.get("author_id"))) or {}
            retweeted_by = handle_of(retweeter)
            if original is not None:
                source = original
            else:  # the original was not expanded: the "RT @name:" prefix names its author
                prefix = RETWEET_PREFIX.match(str(tweet.get("text", "")))
                text, truncated = reader_text(tweet)
                text = RETWEET_PREFIX.sub("", text)
                return Post(
                    str(tweet.get("id")),
                    text,
                    None,
                    f"@{prefix.group(1)}" if prefix else None,
                    tweet.get("created_at"),
                    truncated or not text,
                    retweeted_by,
                )
    user = users.get(str(source.get("author_id"))) or {}
    text, truncated = reader_text(source)
    return Post(
        id=str(tweet.get("id")),
        text=text,
        author=user.get("name"),
        handle=handle_of(user),
        published=source.get("created_at"),
        truncated=truncated,
        retweeted_by=retweeted_by,
        reply=any(r.get("type") == "replied_to" for r in source.get("referenced_tweets") or []),
    )


def handle_of(user: Mapping[str, Any]) -> str | None:
    name = user.get("username")
    return f"@{name}" if name else None


def raw_for(tweet_id: str, response: Mapping[str, Any]) -> bytes:
    """The part of a batch response that belongs to one post: its object, the posts it
    refers to and their authors, so each snapshot can be read back on its own."""
    data = response.get("data") or []
    if isinstance(data, Mapping):
        data = [data]
    tweet: Mapping[str, Any] = next((t for t in data if str(t.get("id")) == tweet_id), {})
    includes = response.get("includes") or {}
    refs = {str(r.get("id")) for r in tweet.get("referenced_tweets") or []}
    tweets = [t for t in includes.get("tweets") or [] if str(t.get("id")) in refs]
    authors = {str(t.get("author_id")) for t in [tweet, *tweets]}
    users = [u for u in includes.get("users") or [] if str(u.get("id")) in authors]
    part = {"data": tweet, "includes": {"users": users, "tweets": tweets}}
    return json.dumps(part, ensure_ascii=False, sort_keys=True).encode("utf-8")


def snapshot_of_post(post: Post, raw: bytes, retrieved: str) -> Snapshot:
    meta: dict[str, Any] = {"id": post.id, "truncated": post.truncated, "reply": post.reply}
    if post.retweeted_by:
        meta["retweeted_by"] = post.retweeted_by
    return Snapshot(
        kind="post",
        locator=POST_URL.format(id=post.id),
        text=post.text,
        retrieved=retrieved,
        raw=raw,
        author=post.author,
        handle=post.handle,
        published=post.published,
        meta=meta,
    )
