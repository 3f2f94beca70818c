"""Mastodon posts through their own instance's public API, without an account.

``https://INSTANCE/@user/ID`` is read as ``https://INSTANCE/api/v1/statuses/ID``: a
Status entity whose ``content`` is sanitised HTML (read as a reader sees it, see
``post_html``), ``account.acct`` the author's handle (``user`` on the instance itself,
``user@home`` for an account from elsewhere), ``account.display_name`` the name shown,
``created_at`` the date, ``spoiler_text`` the content warning shown before the words. A
boost (``reblog``) is the boosted post's words and author. A deleted or followers-only
post answers 404 (``{"error": "Record not found"}``); an instance that keeps its API to
logged-in users answers 401.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from quotecheck.sources.post_html import fragment_text
from quotecheck.sources.public_posts import MASTODON_POST, Unavailable, json_get, text_field
from quotecheck.store import Snapshot, utc_now

if TYPE_CHECKING:
    import requests

    from quotecheck.sources.safe_http import FetchLimits


def status_url(host: str, status_id: str) -> str:
    return f"https://{host}/api/v1/statuses/{status_id}"


def read_status(
    url: str,
    limits: FetchLimits,
    session: requests.Session | None,
    sleep: Callable[[float], None],
) -> Snapshot:
    """The post at a Mastodon URL as a snapshot (kind ``post``), or ``Unavailable``."""
    m = MASTODON_POST.match(url)
    if m is None:
        raise Unavailable(f"not a Mastodon post address: {url}")
    host = m["host"].lower()
    data, raw = json_get(status_url(host, m["id"]), limits, session, sleep, "the post", host)
    if not isinstance(data, dict) or not isinstance(data.get("account"), dict) or "content" not in data:
        raise Unavailable(f"{host} answered JSON that is not a Mastodon status")
    boost = data.get("reblog")
    words = boost if isinstance(boost, dict) and isinstance(boost.get("account"), dict) else data
    text = status_text(words)
    if not text:
        raise Unavailable("the post has no text (media alone)")
    meta: dict[str, Any] = {
        "service": "mastodon",
        "id": str(data.get("id", m["id"])),
        "reply": words.get("in_reply_to_id") is not None,
    }
    if words is not data:
        meta["retweeted_by"] = handle_of(data["account"], host)
    if text_field(words, "edited_at"):
        meta["edited_at"] = words["edited_at"]
    return Snapshot(
        kind="post",
        locator=url,
        text=text,
        retrieved=utc_now(),
        raw=raw,
        author=(text_field(words["account"], "display_name") or "").strip() or None,
        handle=handle_of(words["account"], host),
        published=text_field(words, "created_at"),
        meta=meta,
    )


def status_text(status: Mapping[str, Any]) -> str:
    """The content warning (when there is one), then the post's words."""
    content = fragment_text(str(status.get("content") or ""))
    warning = (text_field(status, "spoiler_text") or "").strip()
    return f"{warning}\n\n{content}".strip() if warning else content


def handle_of(account: Mapping[str, Any], host: str) -> str | None:
    """``@user@instance`` whatever instance the account is read from."""
    acct = text_field(account, "acct") or text_field(account, "username")
    if acct is None:
        return None
    return f"@{acct}" if "@" in acct else f"@{acct}@{host.split(':')[0]}"
