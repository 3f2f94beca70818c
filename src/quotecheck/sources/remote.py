"""Sources that are fetched rather than read from disk: which ones an article needs (its
links, ``--source URL``, its speakers' mapped accounts), and what a quote's verdict says
when the source it cites cannot be had.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from quotecheck.article import Document
from quotecheck.errors import QuotecheckError
from quotecheck.model import Finding, Level, Report, SourceProblem, Verdict
from quotecheck.progress import SILENT, FetchCount, Progress
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.links import POST, Link, article_date, links_in
from quotecheck.sources.oembed import OEmbedPosts
from quotecheck.sources.posts import POST_URL
from quotecheck.sources.public_posts import PostLink, PublicPosts, post_link
from quotecheck.sources.snapshots import SnapshotPolicy
from quotecheck.sources.web import FetchLimits, WebPages
from quotecheck.sources.xapi import Timeline, XLimits, XPosts
from quotecheck.store import Store, store_dir

NEARBY = 400
"""Characters after a quote within which a link (an embedded post below the paragraph)
still counts as the quote's source; a link in the quote's own paragraph always does."""
BLANK_LINE = re.compile(r"\n[ \t]*\n")
X_PAGE = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/", re.I)
MEDIA = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|avif|ico|mp[34]|mov|webm|m4a|wav|zip|css|js)(?:[?#]|$)", re.I
)
"""Links to images, media and assets: an article's pictures are no record of anyone's words."""


@dataclass
class Remote:
    """What to fetch beyond local files, and how (store, offline, refresh, limits)."""

    store: Store | None = None
    offline: bool = False
    refresh: bool = False
    urls: Sequence[str] = ()
    follow_links: bool = True
    accounts: Mapping[str, str] = field(default_factory=dict)
    """Speaker name → account handle, e.g. ``{"Jim Bridenstine": "@JimBridenstine"}``."""
    days_before: int = 3
    days_after: int = 1
    notify: Callable[[str], None] | None = None
    web_limits: FetchLimits = field(default_factory=FetchLimits)
    x_limits: XLimits = field(default_factory=XLimits)
    token: str | None = None
    """The X bearer token; None reads X_BEARER_TOKEN / TWITTER_BEARER_TOKEN."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Test seams passed to the providers (``sleep``, ``clock``, ``session``, ``client``)."""

    @property
    def policy(self) -> SnapshotPolicy:
        return SnapshotPolicy(self.store, self.offline, self.refresh)


def open_remote(
    articles: Sequence[str | Path] = (),
    *,
    store: str | Path | Store | None = None,
    offline: bool = False,
    refresh: bool = False,
    urls: Sequence[str] = (),
    follow_links: bool = True,
    accounts: Mapping[str, str] | Sequence[str] = (),
    limits: FetchLimits | None = None,
    notify: Callable[[str], None] | None = None,
) -> Remote:
    """A :class:`Remote` as the CLI makes one: the store at ``store`` (else
    ``QUOTECHECK_STORE``, else ``.quotecheck/`` beside the first article), accounts as a
    mapping or as ``NAME=@HANDLE`` strings. Bad values are a ``QuotecheckError``.

    >>> remote = open_remote(["draft.md"], offline=True, accounts=["Ada Stone=@AdaStone"])
    >>> remote.accounts, remote.store.root.name
    ({'Ada Stone': '@AdaStone'}, '.quotecheck')
    """
    if offline and refresh:
        raise QuotecheckError("--offline and --refresh cannot be used together")
    near = next((str(a) for a in articles if str(a) != "-"), None)
    return Remote(
        store=store if isinstance(store, Store) else Store(store_dir(store, near)),
        offline=offline,
        refresh=refresh,
        urls=list(urls),
        follow_links=follow_links,
        accounts=dict(accounts) if isinstance(accounts, Mapping) else parse_accounts(accounts),
        notify=notify,
        web_limits=limits or FetchLimits(),
    )


def parse_accounts(items: Sequence[str]) -> dict[str, str]:
    """``["Jim Bridenstine=@JimBridenstine"]`` → ``{"Jim Bridenstine": "@JimBridenstine"}``;
    a later item for the same name wins."""
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, handle = item.partition("=")
        if not sep or not name.strip() or not handle.strip().lstrip("@"):
            raise QuotecheckError(
                f'--account {item!r}: expected NAME=@HANDLE, e.g. "Jim Bridenstine=@JimBridenstine"'
            )
        handle = handle.strip().lstrip("@")
        if not re.fullmatch(r"\w{1,15}", handle, re.ASCII):  # X: letters, digits, _; at most 15
            raise QuotecheckError(
                f"--account {item!r}: @{handle} is not an X handle (letters, digits and _, at most 15)"
            )
        mapping[name.strip()] = "@" + handle
    return mapping


@dataclass
class Plan:
    """The fetching an article set needs, with the links kept to explain missing sources."""

    providers: list[SourceProvider]
    problems: list[SourceProblem]
    links: dict[str, list[Link]]
    paragraphs: dict[str, list[int]] = field(default_factory=dict)
    """Where each article's paragraphs start (offsets in the file as written)."""


def plan(docs: Sequence[Document], remote: Remote, count: FetchCount | None = None) -> Plan:
    """What to fetch for ``docs``: pages, posts on X (the API, else oEmbed), Bluesky and
    Mastodon posts, speakers' timelines. ``count``: the fetches' progress."""
    links = {doc.path: links_in(doc) for doc in docs} if remote.follow_links else {}
    dated = {doc.path: day_of(doc) for doc in docs}
    post_ids: list[str] = []
    handles: dict[str, str] = {}
    social: list[PostLink] = []
    pages: list[str] = []
    page_dates: dict[str, date | None] = {}
    over_cap: dict[str, str] = {}
    cap = remote.web_limits.max_links
    every_date = [d for d in dated.values() if d is not None]

    def add_post(url: str) -> bool:
        post = POST.match(url)
        if post:
            post_ids.append(post["id"])
            if post["handle"] and post["handle"].lower() not in {"i", "web"}:
                handles.setdefault(post["id"], post["handle"])
            return True
        link = post_link(url)
        if link is not None:
            social.append(link)
            return True
        return False

    for url in remote.urls:  # named on purpose: never capped
        if add_post(url):
            continue
        if is_page(url):
            pages.append(url)
            page_dates[url] = min(every_date, default=None)
    chosen = set(pages)
    for path, found in links.items():
        taken = 0
        for link in found:
            if add_post(link.url):  # posts are one small request each (X: a hundred at once)
                continue
            if is_page(link.url) and link.url in chosen:
                page_dates[link.url] = earliest(page_dates.get(link.url), dated[path])
            elif is_page(link.url):
                if taken >= cap:
                    over_cap.setdefault(
                        link.url,
                        f"not fetched: {path} links to more than {cap} pages, and quotecheck fetches "
                        f"the first {cap} (fetch.max_links)",
                    )
                    continue
                taken += 1
                pages.append(link.url)
                chosen.add(link.url)
                page_dates[link.url] = dated[path]
    problems = [SourceProblem(url, why) for url, why in over_cap.items() if url not in chosen]
    timelines: list[Timeline] = []
    for speaker, handle in remote.accounts.items():
        docs_naming = [d for d in docs if names(d.text, speaker)]
        for doc in docs_naming:
            when = article_date(doc)
            if when is None:
                problems.append(
                    SourceProblem(
                        f"https://x.com/{handle.lstrip('@')}",
                        f"{doc.path} has no date (front matter `date:` or a published-time meta tag): "
                        "cannot choose the window of posts to fetch",
                    )
                )
                continue
            window = Timeline(
                handle, when - timedelta(days=remote.days_before), when + timedelta(days=remote.days_after)
            )
            if window not in timelines:
                timelines.append(window)
    policy = remote.policy
    providers: list[SourceProvider] = []
    seams = remote.extra
    web_seams = {k: seams[k] for k in ("session", "sleep", "clock") if k in seams}
    if pages:
        providers.append(
            WebPages(
                pages,
                policy,
                remote.web_limits,
                **web_seams,
                dates=page_dates,
                notify=remote.notify,
                count=count,
            )
        )
    if post_ids or timelines:
        kwargs = {k: seams[k] for k in ("sleep", "clock", "client") if k in seams}
        oembed = OEmbedPosts(policy, handles, remote.web_limits, **web_seams, count=count)
        providers.append(
            XPosts(
                post_ids,
                timelines,
                policy,
                remote.x_limits,
                remote.token,
                remote.notify,
                **kwargs,
                fallback=oembed,
            )
        )
    if social:
        providers.append(PublicPosts(social, policy, remote.web_limits, **web_seams, count=count))
    paragraphs = {doc.path: [0, *(m.end() for m in BLANK_LINE.finditer(doc.raw))] for doc in docs}
    return Plan(providers, problems, links, paragraphs)


def day_of(doc: Document) -> date | None:
    when = article_date(doc)
    return when.date() if when is not None else None


def earliest(a: date | None, b: date | None) -> date | None:
    """The earlier of two article dates: the copy of a page two articles link to must be
    older than both. A missing date does not narrow it."""
    return b if a is None else a if b is None else min(a, b)


def is_page(url: str) -> bool:
    """A link to fetch as a web page: not a post (X, Bluesky, Mastodon), an X profile page
    (a script, not text) or an image, media file or asset (an article's pictures are no
    record of anyone's words)."""
    return not POST.match(url) and not post_link(url) and not X_PAGE.match(url) and not MEDIA.search(url)


def names(text: str, speaker: str) -> bool:
    """Whether an article names the speaker (full name, or surname once the name is used)."""
    return speaker.lower() in text.lower()


def explain_missing(
    report: Report, links: Mapping[str, list[Link]], paragraphs: Mapping[str, list[int]] | None = None
) -> Report:
    """A quote not found, next to a link whose source is gone (deleted post, dead page,
    refused token), is ``unverified`` with that reason rather than ``not_found``: the words
    may be right, the record is what is missing."""
    reasons: dict[str, str] = {}
    for problem in report.problems:
        post = POST.match(problem.locator)
        reasons[f"post:{post['id']}" if post else problem.locator] = problem.message
    if not reasons:
        return report
    articles = []
    for article in report.articles:
        nearby = [
            (link, reasons[key])
            for link in links.get(article.path, [])
            if (key := f"post:{link.post_id}" if link.post_id else link.url) in reasons
        ]
        starts = (paragraphs or {}).get(article.path, [0])
        results = []
        for result in article.quotes:
            quote = result.quote
            paragraph = bisect.bisect_right(starts, quote.start)
            gone = [
                (link, why)
                for link, why in nearby
                if bisect.bisect_right(starts, link.offset) == paragraph
                or 0 <= link.offset - quote.end <= NEARBY
            ]
            if gone and result.verdict in (Verdict.NOT_FOUND, Verdict.UNVERIFIED):
                gone.sort(key=lambda g: abs(g[0].offset - quote.start))
                findings = tuple(
                    Finding(
                        "source_unavailable",
                        Level.WARNING,
                        f"the cited source {POST_URL.format(id=link.post_id) if link.post_id else link.url}"
                        f" is unavailable: {why}",
                    )
                    for link, why in gone
                )
                kept = tuple(f for f in result.findings if f.code not in {"not_found", "no_sources"})
                result = replace(result, verdict=Verdict.UNVERIFIED, findings=(*findings, *kept))
            results.append(result)
        articles.append(replace(article, quotes=tuple(results)))
    return replace(report, articles=tuple(articles))


def fill_store(
    docs: Sequence[Document], remote: Remote, progress: Progress | None = None
) -> tuple[int, list[SourceProblem]]:
    """Fetch (or find kept) every source the articles need: ``quotecheck fetch``."""
    from quotecheck.sources.base import gather

    with (progress or SILENT).fetches() as count:
        fetching = plan(docs, remote, count)
        found, problems = gather(fetching.providers)
    return len(found), [*fetching.problems, *problems]
