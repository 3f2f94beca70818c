"""Saved posts on disk: an X API v2 response (``data`` + ``includes.users``) kept as JSON,
and the ``tweets.js`` of an X archive export (the account's own posts).

Both become one source per post, read as a reader saw it (see ``posts``), so a saved
response checks a quote exactly as the live API would.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.posts import (
    POST_URL,
    RETWEET_PREFIX,
    Post,
    handle_of,
    posts_of,
    quoted_posts,
    reader_text,
)

ARCHIVE_PREFIX = re.compile(r"\A\s*window\.YTD\.[\w.]+\s*=\s*")
SHAPE_ERRORS = (AttributeError, TypeError, KeyError, ValueError)
"""What reading a JSON value of another shape than the API's raises (a list for an object…)."""


def api_response_sources(path: Path, text: str) -> list[Source | SourceProblem]:
    """The posts in a saved X API v2 response; a JSON file of another shape is a problem."""
    try:
        response = json.loads(text)
    except json.JSONDecodeError as exc:
        return [SourceProblem(str(path), f"not valid JSON (line {exc.lineno}: {exc.msg})")]
    if not isinstance(response, Mapping) or "data" not in response:
        return [SourceProblem(str(path), "JSON without a `data` field: not a saved X API v2 response")]
    try:
        out: list[Source | SourceProblem] = [post_source(post, str(path)) for post in posts_of(response)]
        out += [post_source(post, str(path)) for post in quoted_posts(response)]
        for error in response.get("errors") or []:
            out.append(
                SourceProblem(f"{path}#{error.get('resource_id') or error.get('value')}", error_text(error))
            )
    except SHAPE_ERRORS:  # any JSON with a `data` key gets here: its parts may be anything
        return [SourceProblem(str(path), "JSON of an unexpected shape: not a saved X API v2 response")]
    return out


def archive_sources(path: Path, text: str) -> list[Source | SourceProblem]:
    """The posts in an archive's ``tweets.js``; the author comes from ``account.js`` beside it."""
    try:
        items = json.loads(ARCHIVE_PREFIX.sub("", text, count=1))
    except json.JSONDecodeError as exc:
        return [SourceProblem(str(path), f"not an X archive file (line {exc.lineno}: {exc.msg})")]
    account = archive_account(path.parent / "account.js")
    out: list[Source | SourceProblem] = []
    for item in items if isinstance(items, list) else []:
        tweet = item.get("tweet", item) if isinstance(item, Mapping) else {}
        if isinstance(tweet, Mapping) and tweet.get("id_str"):
            try:
                out.append(post_source(archive_post(tweet, account), str(path)))
            except SHAPE_ERRORS:
                out.append(SourceProblem(f"{path}#{tweet.get('id_str')}", "a post of an unexpected shape"))
    if not out:
        out.append(SourceProblem(str(path), "no posts found in this archive file"))
    return out


def archive_account(path: Path) -> Mapping[str, Any]:
    try:
        items = json.loads(ARCHIVE_PREFIX.sub("", path.read_text(encoding="utf-8-sig"), count=1))
        return dict(items[0]["account"])
    except (OSError, ValueError, LookupError, TypeError):
        return {}


def archive_post(tweet: Mapping[str, Any], account: Mapping[str, Any]) -> Post:
    """An archive post in the API v2 shape, then read the same way as a live one."""
    entities = tweet.get("entities") or {}
    urls = [dict(u) for u in entities.get("urls") or []]
    urls += [{**m, "media_key": m.get("id_str") or "media"} for m in entities.get("media") or []]
    reply = bool(tweet.get("in_reply_to_status_id_str"))
    v2 = {
        "text": tweet.get("full_text") or tweet.get("text") or "",
        "entities": {"urls": urls},
        "referenced_tweets": [{"type": "replied_to", "id": tweet["in_reply_to_status_id_str"]}]
        if reply
        else [],
    }
    text, truncated = reader_text(v2)
    handle = handle_of(account)
    author: str | None = account.get("accountDisplayName")
    retweeted_by = None
    retweet = RETWEET_PREFIX.match(text)
    if retweet:  # an archive keeps a retweet as "RT @name: …": the words are @name's
        retweeted_by, handle, author = handle, f"@{retweet.group(1)}", None
        text = text[retweet.end() :]
    return Post(
        id=str(tweet["id_str"]),
        text=text,
        author=author,
        handle=handle,
        published=archive_date(str(tweet.get("created_at") or "")),
        truncated=truncated,
        retweeted_by=retweeted_by,
        reply=reply,
    )


def archive_date(value: str) -> str | None:
    """``Wed Jan 02 21:26:00 +0000 2019`` → ``2019-01-02T21:26:00Z``."""
    try:
        return datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return value or None


def post_source(post: Post, file: str) -> Source:
    """A post read from a file: the locator names the file and the post's address."""
    return Source(
        locator=f"{file}#{POST_URL.format(id=post.id)}",
        kind="post",
        text=post.text,
        author=post.author,
        handle=post.handle,
        published=post.published,
        truncated=post.truncated,
    )


def error_text(error: Mapping[str, Any]) -> str:
    """An API ``errors`` entry as a reason a reader understands (deleted, suspended, …)."""
    kind = str(error.get("type", ""))
    detail = str(error.get("detail") or error.get("title") or "unavailable")
    if kind.endswith("/resource-not-found"):
        return f"post deleted or never existed ({detail})"
    if kind.endswith("/not-authorized-for-resource"):
        return f"post not visible: the account is protected or suspended ({detail})"
    return detail
