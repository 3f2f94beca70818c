"""Links found in an article (Markdown links, HTML anchors, bare URLs) and what they point
to: a post on X, or a web page. Also the article's date, which places the window of a
speaker's posts to fetch.

Links are read from the file as written (``Document.raw``): the prose a quote is found in
has had its markup, and so its link targets, removed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from quotecheck.article import Document

MARKDOWN_LINK = re.compile(r"\]\(\s*<?(?P<url>https?://[^\s)>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
ANCHOR = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))", re.I)
BARE_URL = re.compile(r"(?<![\w\"'=/])https?://[^\s<>\"'\]\[]+")
TRAILING = ".,;:!?)’”»"
POST = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:(?P<handle>\w{1,15})|i(?:/web)?)/status(?:es)?/(?P<id>\d{1,20})(?!\d)",
    re.I,
)
DATE_FIELD = re.compile(
    r"^(?:date|published)[ \t]*:[ \t]*[\"']?(?P<date>\d{4}-\d{2}-\d{2}[^\"'\n]*)", re.M | re.I
)
META_DATE = re.compile(
    r"<meta\b[^>]*(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|date|dc\.date)[\"'][^>]*>",
    re.I,
)
CONTENT = re.compile(r"content\s*=\s*[\"'](?P<value>[^\"']+)[\"']", re.I)
TIME_TAG = re.compile(r"<time\b[^>]*datetime\s*=\s*[\"'](?P<value>[^\"']+)[\"']", re.I)
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATELINE = re.compile(
    rf"\b(?:{MONTH}[ \t]+(?P<day>\d{{1,2}}),?[ \t]+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})[ \t]+{MONTH.replace('month', 'month2')}[ \t]+(?P<year2>(?:19|20)\d\d))\b"
)
DATELINE_SPAN = 1500
"""How far into the text a dateline ("January 3, 2019") is looked for: near the headline."""
ISO_DATE = re.compile(r"(?P<d>\d{4}-\d{2}-\d{2})(?:[T ](?P<t>\d{2}:\d{2}(?::\d{2})?))?")


@dataclass(frozen=True)
class Link:
    url: str
    offset: int
    """Where the link is in the file as written (to tie a missing post to a nearby quote)."""
    post_id: str | None = None
    handle: str | None = None


def links_in(doc: Document) -> list[Link]:
    """Every http(s) link in the article, once each, in order of first appearance."""
    found: dict[str, Link] = {}
    raw = doc.raw
    candidates: list[tuple[int, str]] = []
    if doc.kind == "html":
        for m in ANCHOR.finditer(raw):
            close = raw.find("</a", m.end())
            if doc.shows(m.start(), close if close != -1 else m.end()):
                candidates.append((m.start(), html.unescape(m["dq"] or m["sq"] or m["bare"] or "")))
    if doc.kind == "markdown":
        candidates += [(m.start("url"), m["url"]) for m in MARKDOWN_LINK.finditer(raw)]
    for m in BARE_URL.finditer(raw):
        if doc.kind == "markdown" or doc.shows(m.start(), m.end()):
            candidates.append((m.start(), html.unescape(m.group()).rstrip(TRAILING)))
    candidates += list(doc.links)
    # then an embedded post's own link, should its anchor be outside the prose read
    embedded = [(doc.to_raw(e.start), e.url) for e in doc.embeds if e.url]
    for offset, url in [*sorted(candidates), *embedded]:
        if not url.lower().startswith(("http://", "https://")):
            continue
        url = url.split("#", 1)[0]
        post = POST.match(url)
        key = f"post:{post['id']}" if post else url
        if key not in found:
            found[key] = Link(url, offset, post["id"] if post else None, post["handle"] if post else None)
    return list(found.values())


def article_date(doc: Document) -> datetime | None:
    """When the article was written: front matter ``date:``, an HTML published-time meta
    or ``<time datetime>``; None when it does not say."""
    head = doc.raw[:20000]
    values: list[str] = []
    if doc.kind == "markdown" and head.startswith("---"):
        values += [m["date"] for m in DATE_FIELD.finditer(head.split("\n---", 1)[0])]
    if doc.kind == "html":
        values += [c["value"] for m in META_DATE.finditer(head) if (c := CONTENT.search(m.group()))]
        values += [m["value"] for m in TIME_TAG.finditer(head)]
    for value in values:
        m = ISO_DATE.search(value)
        if m:
            moment = datetime.fromisoformat(f"{m['d']}T{m['t'] or '12:00'}")
            return moment.replace(tzinfo=UTC)
    return dateline(doc.text[:DATELINE_SPAN])


def dateline(text: str) -> datetime | None:
    """The first written-out date near the top of the prose (``January 3, 2019``,
    ``3 January 2019``): how most articles carry their date when no metadata does."""
    for m in DATELINE.finditer(text):
        month = (m["month"] or m["month2"]).lower()[:3]
        number = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(month))
        try:
            return datetime(int(m["year"] or m["year2"]), number, int(m["day"] or m["day2"]), 12, tzinfo=UTC)
        except ValueError:
            continue
    return None
