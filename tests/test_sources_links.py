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


def menu_page(links_in_menu: int) -> str:
    """A saved news page: a long menu, the story (quoting a transcript it links to), a
    "Most Popular" teaser box, and a script with an address in it."""
    menu = "".join(
        f'<li><a href="https://courier.example/section/{n}">Section {n}</a></li>'
        for n in range(links_in_menu)
    )
    story = "".join(
        f"<p>The harbour board met for the {n}th time this year on Tuesday evening, and members spent"
        " most of the session on the ferry timetable, the cost of dredging and the winter berths.</p>"
        for n in range(4, 10)
    )
    return f"""<!doctype html><html><head><title>Harbour vote</title>
<script>window.ads = "https://ads.example/tracker.js";</script></head><body>
<header><nav><ul>{menu}</ul></nav></header>
<main><article><h1>Harbour board backs the new ferry timetable</h1>
<p>“We will keep the winter ferry running,” Mayor Alice Grant told the board, according to
the <a href="https://harbour.example.gov/minutes/2026-03-03">meeting's minutes</a>.</p>
{story}
</article></main>
<aside class="most-popular"><h2>Most Popular</h2><ul>
<li><a href="https://courier.example/2026/03/02/bridge">“It is crumbling,” engineer warns of old bridge</a></li>
<li><a href="https://courier.example/2026/03/01/rates">Council sets the new rates</a></li></ul></aside>
<footer><a href="https://courier.example/privacy">Privacy</a></footer></body></html>
"""


def test_a_saved_pages_menus_teasers_and_scripts_are_not_the_storys_links() -> None:
    page = menu_page(3)
    story_only = links_in(document_from_text(page, "vote.html", "html"))
    assert [link.url for link in story_only] == ["https://harbour.example.gov/minutes/2026-03-03"]
    everything = [
        link.url for link in links_in(document_from_text(page, "vote.html", "html", whole_page=True))
    ]
    assert "https://harbour.example.gov/minutes/2026-03-03" in everything
    assert "https://courier.example/2026/03/02/bridge" in everything and len(everything) >= 6


def test_a_long_menu_does_not_use_up_the_articles_cap_of_links() -> None:
    """Links are fetched up to a cap per article (20): a menu of 30 links before the story
    used to take every place, and the story's own source was never fetched."""
    from quotecheck.sources.remote import Remote, plan
    from quotecheck.sources.web import WebPages

    fetching = plan([document_from_text(menu_page(30), "vote.html", "html")], Remote())
    (web,) = fetching.providers
    assert isinstance(web, WebPages)
    assert web.urls == ["https://harbour.example.gov/minutes/2026-03-03"]


def test_a_plain_text_pages_teaser_links_are_left_with_the_teasers() -> None:
    page = (
        "Harbour board backs the new ferry timetable\n\n"
        "“We will keep the winter ferry running,” Mayor Alice Grant told the board. The minutes"
        " are at https://harbour.example.gov/minutes/2026-03-03 for anyone to read.\n\n"
        "The board met on Tuesday evening and spent most of the session on the timetable.\n\n"
        "Most Popular\n\n"
        "“It is crumbling,” engineer warns of old bridge https://courier.example/2026/03/02/bridge\n\n"
        "Council sets the new rates https://courier.example/2026/03/01/rates\n"
    )
    story = [link.url for link in links_in(document_from_text(page, "vote.txt", "text"))]
    assert story == ["https://harbour.example.gov/minutes/2026-03-03"]
    whole = [link.url for link in links_in(document_from_text(page, "vote.txt", "text", whole_page=True))]
    assert len(whole) == 3
