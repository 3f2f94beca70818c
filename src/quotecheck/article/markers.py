"""What a page's markup says about a piece of it: navigation, teasers, sign-up boxes and
other furniture around the article, or an embedded post.

Read from the element's tag, its ARIA role and the words in its class, id and test names
(``promo-box__container``, ``MostPopular``, ``el__storyhighlights``): publishers name
their furniture for what it is, in every layout. The word lists hold names of page parts,
never words of any one article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

FURNITURE_TAGS = frozenset(
    {"nav", "aside", "footer", "form", "dialog", "menu", "button", "select", "label", "textarea"}
)
FURNITURE_ROLES = frozenset(
    {
        "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "search",
        "menu", "menubar", "toolbar", "form",
    }
)  # fmt: skip
FURNITURE_WORDS = frozenset(
    {
        # sign-up boxes, modals and paywalls
        "newsletter", "newsletters", "signup", "subscribe", "subscription", "subscriptions",
        "modal", "popup", "overlay", "paywall", "registration", "login", "account", "cookie",
        "consent", "gdpr",
        # teasers and recirculation
        "promo", "promos", "promotion", "promoted", "related", "recirc", "recirculation",
        "popular", "trending", "mostread", "readnext", "teaser", "teasers", "recommended",
        "recommendations", "outbrain", "taboola", "highlights", "storyhighlights", "pullquote",
        # sharing, comments, advertising, navigation
        "share", "sharing", "sharebar", "social", "comments", "comment", "disqus", "feedback",
        "sponsor", "sponsored", "advert", "advertisement", "ad", "ads", "adslot", "dfp",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer",
    }
)  # fmt: skip
FURNITURE_PAIRS = frozenset(
    {
        ("most", "read"), ("most", "viewed"), ("most", "shared"), ("most", "popular"),
        ("read", "next"), ("read", "more"), ("more", "on"), ("more", "from"), ("more", "stories"),
        ("sign", "up"), ("up", "next"), ("also", "read"), ("see", "also"), ("top", "stories"),
        ("you", "may"), ("paid", "content"), ("paid", "partner"),
    }
)  # fmt: skip
POST_WORDS = frozenset({"tweet", "twitter", "xpost"})
"""An embedded post on X, in X's markup (``twitter-tweet``) or a publisher's (``subbuzz-tweet``)."""
OTHER_EMBED_WORDS = frozenset({"instagram", "tiktok", "embed", "oembed", "reddit", "threads", "bluesky"})
OTHER_EMBED_PAIRS = frozenset({("fb", "post"), ("fb", "video"), ("facebook", "post"), ("instgrm", "embed")})
EMBED_TAGS = frozenset({"blockquote", "div", "figure", "section", "aside", "article"})
NAMING_ATTRIBUTES = ("class", "id", "data-testid", "data-module", "data-component", "data-type")

WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def name_words(attrib: Mapping[str, str]) -> list[str]:
    """The words of an element's class, id and test names, camelCase and snake_case split."""
    words: list[str] = []
    for key in NAMING_ATTRIBUTES:
        value = attrib.get(key)
        if value:
            words.extend(w.lower() for w in WORD.findall(value))
    return words


def is_furniture(tag: str, attrib: Mapping[str, str], words: list[str]) -> bool:
    """Page furniture: navigation, a teaser list, a sign-up box, a share bar, an advert."""
    if tag in FURNITURE_TAGS:
        return True
    if (attrib.get("role") or "").lower() in FURNITURE_ROLES or attrib.get("aria-modal") == "true":
        return True
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    if any(w in FURNITURE_WORDS for w in words):
        return True
    return any(pair in FURNITURE_PAIRS for pair in itertools.pairwise(words))


def embed_kind(tag: str, attrib: Mapping[str, str], words: list[str]) -> str | None:
    """ "post" for an embedded post on X, "other" for another embed (Instagram, TikTok…),
    None for anything else. Only containers count: a share link named "twitter" is not one."""
    if tag not in EMBED_TAGS:
        return None
    if "data-tweet-id" in attrib or any(w in POST_WORDS for w in words):
        return "post"
    if any(w in OTHER_EMBED_WORDS for w in words) or "data-instgrm-permalink" in attrib:
        return "other"
    if any(pair in OTHER_EMBED_PAIRS for pair in itertools.pairwise(words)):
        return "other"
    return None


def embed_part(words: list[str]) -> str | None:
    """The part of an embedded post an element holds, by its class name: its words ("text",
    or "content" for a wrapper that may hold more), the account's @handle or its name."""
    if any(w in ("username", "screenname", "handle") for w in words) or (
        "screen",
        "name",
    ) in itertools.pairwise(words):
        return "handle"
    if "text" in words:
        return "text"
    if any(w in ("name", "fullname", "displayname", "author") for w in words):
        return "name"
    if any(w in ("content", "body") for w in words):
        return "content"
    return None
