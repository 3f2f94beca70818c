"""Links in an article (Markdown, HTML anchors and embedded posts, bare URLs) and its date."""

from __future__ import annotations

from datetime import UTC, datetime

from quotecheck.article import document_from_text
from quotecheck.sources.links import article_date, links_in
from quotecheck.sources.xapi import bearer_token

HTML_ARTICLE = """\
<html><head><meta property="article:published_time" content="2026-03-04T08:30:00Z"></head><body>
<p>The mayor was clear, as the <a href="https://news.example.org/harbour?id=1&amp;src=feed">Courier reported</a>.</p>
<blockquote class="twitter-tweet"><p lang="en">We will not close the harbour this winter.</p>&mdash; Alice Grant
(@AliceGrantMayor) <a href="https://twitter.com/AliceGrantMayor/status/1897000000000000101?ref_src=twsrc%5Etfw">March 3, 2026</a></blockquote>
<p>See also <a href='/local/path'>our archive</a>.</p>
</body></html>
"""

MARKDOWN_ARTICLE = """\
---
date: 2026-03-04
---
Grant [said so on X](https://x.com/AliceGrantMayor/status/1897000000000000101 "her post").
The minutes (https://harbour.example.gov/minutes). Again: https://x.com/i/web/status/1897000000000000101.
"""


def test_html_anchors_and_embedded_posts() -> None:
    doc = document_from_text(HTML_ARTICLE, "a.html", "html")
    links = links_in(doc)
    assert [link.url for link in links] == [
        "https://news.example.org/harbour?id=1&src=feed",
        "https://twitter.com/AliceGrantMayor/status/1897000000000000101?ref_src=twsrc%5Etfw",
    ]
    assert links[1].post_id == "1897000000000000101" and links[1].handle == "AliceGrantMayor"
    assert HTML_ARTICLE[links[1].offset :].startswith("<a href=")
    assert article_date(doc) == datetime(2026, 3, 4, 8, 30, tzinfo=UTC)


def test_markdown_links_and_bare_urls_once_each() -> None:
    doc = document_from_text(MARKDOWN_ARTICLE, "a.md", "markdown")
    links = links_in(doc)
    assert [link.url for link in links] == [
        "https://x.com/AliceGrantMayor/status/1897000000000000101",
        "https://harbour.example.gov/minutes",
    ]  # the same post by another address is one link
    assert article_date(doc) == datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_plain_text_without_a_date() -> None:
    doc = document_from_text("No links here, and no date either.", "a.txt", "text")
    assert links_in(doc) == [] and article_date(doc) is None


def test_a_dateline_near_the_top_dates_a_plain_article() -> None:
    doc = document_from_text("Harbour stays open\n\nMarch 4, 2026\n\nThe mayor said…\n", "a.txt", "text")
    assert article_date(doc) == datetime(2026, 3, 4, 12, tzinfo=UTC)
    doc = document_from_text("By Dana Reyes, 4 Mar. 2026. On 31 February 2026 nothing.", "b.txt", "text")
    assert article_date(doc) == datetime(2026, 3, 4, 12, tzinfo=UTC)


def test_token_from_either_variable() -> None:
    assert bearer_token({"TWITTER_BEARER_TOKEN": " abc "}) == "abc"
    assert bearer_token({"X_BEARER_TOKEN": "x1", "TWITTER_BEARER_TOKEN": "t1"}) == "x1"
    assert bearer_token({"X_BEARER_TOKEN": "  "}) is None


def test_plan_fetches_pages_and_posts_but_not_pictures_or_profiles() -> None:
    from quotecheck.sources.remote import Remote, plan
    from quotecheck.sources.web import WebPages
    from quotecheck.sources.xapi import XPosts

    doc = document_from_text(
        "![harbour](https://img.example.org/harbour.jpg) Grant's [profile](https://x.com/AliceGrantMayor),"
        " her [post](https://x.com/AliceGrantMayor/status/1897000000000000101) and the"
        " [minutes](https://harbour.example.gov/minutes).\n",
        "a.md",
        "markdown",
    )
    fetching = plan([doc], Remote(urls=["https://news.example.org/extra"]))
    web, x = fetching.providers
    assert isinstance(web, WebPages) and isinstance(x, XPosts)
    assert web.urls == ["https://news.example.org/extra", "https://harbour.example.gov/minutes"]
    assert x.ids == ["1897000000000000101"]
    assert plan([doc], Remote(follow_links=False)).providers == []


def test_an_overlong_status_number_is_not_cut_to_another_post() -> None:
    doc = document_from_text(
        "Proof: https://x.com/AliceGrantMayor/status/189700000000000010123456789012345\n", "a.md", "markdown"
    )
    assert [link.post_id for link in links_in(doc)] == [None]
