"""Reading drafts: the article body of a saved page, embedded posts in any publisher's
markup, navigation in pages saved as text, code in Markdown, and linear time on hostile
markup. Every page here is written for the tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.article import document_from_text
from quotecheck.article.html import page_prose
from quotecheck.article.navigation import navigation_ranges
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote

STORY = """\
<p>The ferry from Dunmore to the islands will run through the winter, the council decided on Tuesday night after a long and heated debate.</p>
<p>“We owe the islanders a boat they can count on,” said Councillor Agnes Flett, who proposed the motion. “A town that forgets its islands is no town at all.”</p>
<p>The operator had warned that fuel costs had doubled since the spring, and that the service would lose money every week it sailed.</p>
<p>“Nobody is pretending this is cheap,” said Tom Rendall, the council’s finance chief. “But the alternative is a community cut off.”</p>
<p>The council will look at the subsidy again in the spring, when the operator is due to publish its accounts.</p>
"""


def page(body: str, around: str = "", title: str = "Ferry to keep sailing all winter") -> str:
    """A saved page: a head with a title, a headline, the story and what sits around it."""
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="og:title" content="{title}"></head><body>\n'
        f"<main><article><h1>{title}</h1>\n{body}</article></main>\n{around}</body></html>\n"
    )


def quotes(raw: str, kind: str = "html", whole_page: bool = False) -> list[Quote]:
    doc = document_from_text(
        raw, "page." + {"html": "html", "markdown": "md"}.get(kind, "txt"), kind, whole_page=whole_page
    )
    return [q for q in extract_quotes(doc) if q.kind == "quote"]


def texts(raw: str, kind: str = "html", whole_page: bool = False) -> list[str]:
    return [q.text for q in quotes(raw, kind, whole_page)]


STORY_QUOTES = [
    "We owe the islanders a boat they can count on,",
    "A town that forgets its islands is no town at all.",
    "Nobody is pretending this is cheap,",
    "But the alternative is a community cut off.",
]


# 1. The article body of a saved page -------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        # a teaser list in an aside, a "most read" box named in its class, a sign-up modal,
        # a newsletter box inside the article, story highlights above it
        '<aside><h2>Most read</h2><ul><li><a href="/a">Mayor calls plan “a betrayal”</a></li></ul></aside>',
        '<div class="mostRead-list"><h3>Popular</h3><p>“We will fight this,” vows harbour chief</p></div>',
        '<div class="auth-modal" role="dialog" aria-modal="true"><h2>Create Account</h2>'
        "<p>By clicking “Create Account” you agree to the “Terms of Service.”</p></div>",
        '<section class="newsletter-box"><p>Get “The Tideline” every morning. “Essential reading,” says one fan.</p></section>',
        '<div class="storyhighlights"><ul><li>“We owe the islanders a boat,” a councillor said</li></ul></div>',
    ],
)
def test_page_furniture_is_not_the_article(furniture: str) -> None:
    before, after = texts(page(STORY, furniture)), texts(page(STORY, furniture), whole_page=True)
    assert before == STORY_QUOTES
    assert len(after) > len(before)  # --whole-page reads it: the words are there to be missed


def test_a_box_inside_the_article_body_is_left_out_too() -> None:
    inside = STORY.replace(
        "<p>The operator",
        '<div class="promo-box"><p>“Unmissable,” say readers of our “Harbour Life” newsletter. Sign up here.</p></div>\n<p>The operator',
    )
    assert texts(page(inside)) == STORY_QUOTES


def test_a_furniture_word_on_the_article_itself_does_not_hide_it() -> None:
    """A class word that names furniture on the element holding the whole story (a layout
    with a share bar) is the page's frame, not furniture."""
    framed = f'<div class="share-enabled layout">{STORY}</div>'
    assert texts(page(framed, "<aside><p>“Fake,” says a teaser</p></aside>")) == STORY_QUOTES


def test_a_lone_link_headline_dropped_into_the_story_is_a_teaser() -> None:
    for teaser in (
        '<p><strong><a href="/x">HARBOUR CHIEF SAYS “NO DEAL” AS TALKS STALL</a></strong></p>',
        '<p><a href="/y">Islanders Call New Timetable “A Disgrace”</a></p>',
        '<p><a href="/z">Ferry crews say they are “exhausted” after storm season</a></p>',
    ):
        body = STORY.replace("<p>The operator", teaser + "\n<p>The operator")
        assert texts(page(body)) == STORY_QUOTES, teaser
    # neighbour: a linked sentence of the story itself is kept
    linked = STORY.replace(
        "<p>The council will",
        '<p><a href="/statement">“We will publish every figure,” the operator said.</a></p>\n<p>The council will',
    )
    assert "We will publish every figure," in texts(page(linked))


def test_the_headline_is_the_article_but_other_headings_of_the_page_are_not() -> None:
    raw = page(
        STORY,
        '<div class="teaser"><h2>“Ferries are for tourists,” says minister</h2></div>',
        title="Council: “The islands will not be cut off”",
    )
    found = texts(raw)
    assert "The islands will not be cut off" in found
    assert "Ferries are for tourists," not in found


def test_a_headline_the_metadata_names_with_the_site_name_is_still_the_headline() -> None:
    raw = page(STORY, title="Council: “The islands will not be cut off”").replace(
        "<title>Council: “The islands will not be cut off”</title>",
        "<title>Council: “The islands will not be cut off” | The Tideline</title>",
    )
    raw = raw.replace('content="Council: “The islands will not be cut off”"', 'content="The Tideline"')
    assert texts(raw)[0] == "The islands will not be cut off"


CAPTION = "“We will not leave the islands behind,” Councillor Agnes Flett said after the vote."


@pytest.mark.parametrize(
    "figure",
    [
        f'<figure><img src="pier.jpg" alt="The pier"><figcaption>{CAPTION}</figcaption></figure>',
        f'<figure class="photo"><img src="p.jpg"><figcaption><p>{CAPTION}</p>'
        '<span class="credit">Photo: Ivo Marr</span></figcaption></figure>',
        f'<div class="media"><figure><picture><img src="q.jpg"></picture><figcaption><span>{CAPTION}'
        "</span></figcaption></figure></div>",
    ],
)
def test_a_quote_in_a_photo_caption_inside_the_story_is_found(figure: str) -> None:
    """trafilatura leaves captions out with the images; a caption's words are the article's."""
    body = STORY.replace("<p>The operator", figure + "\n<p>The operator")
    found = quotes(page(body))
    assert [q.text for q in found] == [
        *STORY_QUOTES[:2],
        "We will not leave the islands behind,",
        *STORY_QUOTES[2:],
    ]
    assert found[2].speaker == "Agnes Flett"


def test_a_lead_photo_caption_under_the_headline_is_found() -> None:
    figure = f'<figure><img src="lead.jpg"><figcaption>{CAPTION}</figcaption></figure>\n'
    assert texts(page(figure + STORY))[0] == "We will not leave the islands behind,"


def test_a_caption_in_page_furniture_or_after_the_story_is_not_the_article() -> None:
    teaser = (
        f'<aside class="related"><figure><img src="t.jpg"><figcaption>{CAPTION}</figcaption></figure></aside>'
    )
    after = f'<div class="gallery"><figure><img src="g.jpg"><figcaption>{CAPTION}</figcaption></figure></div>'
    assert texts(page(STORY.replace("<p>The operator", teaser + "\n<p>The operator"))) == STORY_QUOTES
    assert texts(page(STORY, after)) == STORY_QUOTES


def test_a_page_too_short_for_an_article_is_read_by_its_markup() -> None:
    raw = "<p>“Hello,” said Ann Lee.</p><nav><p>“Home,” “About”</p></nav>"
    assert texts(raw) == ["Hello,"]


def test_line_and_column_point_into_the_file_with_the_body_found() -> None:
    raw = page(STORY, "<aside><p>“Fake,” says a teaser</p></aside>")
    first = quotes(raw)[0]
    line = raw.splitlines()[first.line - 1]
    assert line[first.column - 1 :].startswith("We owe the islanders")
    assert raw[first.start : first.end] == "We owe the islanders a boat they can count on,"
    assert raw[first.speaker_start : first.speaker_end] == "Councillor Agnes Flett"  # type: ignore[misc]


# Embedded posts in other publishers' markup -----------------------------------------------


@pytest.mark.parametrize(
    "embed",
    [
        # X's own embed code
        '<blockquote class="twitter-tweet"><p lang="en">The boat sails on. Thank you, Dunmore!</p>'
        '&mdash; Dunmore Ferries (@DunmoreFerries) <a href="https://twitter.com/DunmoreFerries/status/1234567890">May 2, 2024</a></blockquote>',
        # a publisher's own container, name and handle in their own elements
        '<div class="subbuzz subbuzz-tweet"><figure><blockquote class="subbuzz-tweet__container">'
        '<span class="subbuzz-tweet__name">Dunmore Ferries</span> <span class="subbuzz-tweet__username">@DunmoreFerries</span>'
        '<div class="subbuzz-tweet__tweet-text">The boat sails on. Thank you, Dunmore!</div>'
        '<a href="https://twitter.com/DunmoreFerries/status/1234567890">May 2, 2024</a></blockquote></figure></div>',
        # a card with a data attribute and only the status link to name the account
        '<figure class="social-card" data-tweet-id="1234567890"><p>The boat sails on. Thank you, Dunmore!</p>'
        '<a href="https://x.com/DunmoreFerries/status/1234567890">View on X</a></figure>',
        # an attribution line named "text" too: the longest text element holds the post
        '<div class="tweet-card"><span class="tweet-card__attribution-text">Via X</span>'
        '<div class="tweet-card__text">The boat sails on. Thank you, Dunmore!</div>'
        '<a href="https://twitter.com/DunmoreFerries/status/1234567890">10:02 AM</a></div>',
    ],
)
def test_an_embedded_post_is_a_quote_by_the_account_shown(embed: str) -> None:
    body = STORY.replace("<p>The operator", embed + "\n<p>The operator")
    found = quotes(page(body))
    [post] = [q for q in found if q.text == "The boat sails on. Thank you, Dunmore!"]
    assert post.cue == "tweeted"
    assert post.speaker in ("Dunmore Ferries", "@DunmoreFerries")
    assert [q.text for q in found if q is not post] == STORY_QUOTES


def test_text_inside_an_embed_that_is_no_post_is_not_a_quote() -> None:
    instagram = (
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/">'
        '<p>“Best crossing ever,” 1998 edition.</p><a href="https://www.instagram.com/p/abc/">A post shared by Old Dunmore</a></blockquote>'
    )
    body = STORY.replace("<p>The operator", instagram + "\n<p>The operator")
    assert texts(page(body)) == STORY_QUOTES
    assert texts(page(body), whole_page=True) == STORY_QUOTES


def test_a_post_embedded_in_a_sidebar_is_furniture() -> None:
    sidebar = (
        '<aside><blockquote class="twitter-tweet"><p>Big news tomorrow!</p>&mdash; Tideline (@Tideline) '
        '<a href="https://twitter.com/Tideline/status/99">May 1</a></blockquote></aside>'
    )
    assert texts(page(STORY, sidebar)) == STORY_QUOTES


# Pages saved as plain text: navigation sections ------------------------------------------

ARTICLE_TEXT = """\
Ferry to keep sailing all winter

The ferry from Dunmore to the islands will run through the winter, the council decided on Tuesday night after a long and heated debate that ran past midnight.

“We owe the islanders a boat they can count on,” said Councillor Agnes Flett, who proposed the motion and spoke for almost an hour.

The operator had warned that fuel costs had doubled since the spring, and that the service would lose money every single week it sailed.

“Nobody is pretending this is cheap,” said Tom Rendall, the council’s finance chief, who voted for the motion after a long night of figures.
"""


@pytest.mark.parametrize(
    "heading", ["Most Popular", "MORE FROM THE TIDELINE", "You may also like", "Trending now:"]
)
def test_a_closing_navigation_section_of_a_saved_page_is_left_out(heading: str) -> None:
    tail = f"\n{heading}\n\nHarbour chief calls plan “a betrayal”\n\n“We will fight this,” says union boss\n\nSign up\n\nGet “The Tideline” in your inbox.\n"
    found = texts(ARTICLE_TEXT + tail, "text")
    assert found == ["We owe the islanders a boat they can count on,", "Nobody is pretending this is cheap,"]


def test_an_inline_box_of_headlines_is_left_out_and_the_story_goes_on() -> None:
    box = "\nRelated\n\nIsland Schools Face “Impossible” Budget\nHarbour crane to be replaced next year\n\n"
    more = "“The islands have waited long enough,” said Rendall, who grew up on the largest of them and still keeps a house there.\n"
    found = texts(ARTICLE_TEXT + box + more, "text")
    assert found[-1] == "The islands have waited long enough,"
    assert "Impossible" not in found
    short = "“No,” Ann Lee said.\n\n"  # a short quote right under the box is the story again
    assert texts(ARTICLE_TEXT + box + short + more, "text")[-2:] == [
        "No,",
        "The islands have waited long enough,",
    ]


def test_teaser_label_lines_are_left_out() -> None:
    for label in ("READ MORE", "Related", "See also", "Watch"):
        line = f"\n{label}: Islanders call timetable “a disgrace”\n"
        assert texts(ARTICLE_TEXT + line, "text")[-1] == "Nobody is pretending this is cheap,", label


def test_navigation_words_inside_the_story_are_not_navigation() -> None:
    """Neighbours that must not fire: the words in a sentence, a heading mid-story followed
    by running prose, a closing heading with the story still going on after it."""
    text = (
        ARTICLE_TEXT
        + "\nRelated talks will start in May, Flett said. “We will be ready,” she added, and the chamber applauded.\n"
        + "\nPopular\n\n“Popular does not mean right,” said Rendall, who expects the vote to end up before a judge "
        + "by the operator before the winter is out, and perhaps again in the spring.\n"
    )
    assert navigation_ranges(text) == []
    assert "We will be ready," in texts(text, "text")
    closing_mid_story = (
        ARTICLE_TEXT.replace("\n“Nobody", "\nMost read\n\nHarbour chief quits\n\n“Nobody")
        + "\nThe council will look again at the subsidy in the spring, when the operator is due to publish its full accounts for the year.\n"
    )
    assert texts(closing_mid_story, "text")[-1] == "Nobody is pretending this is cheap,"


def test_whole_page_reads_a_saved_text_page_whole() -> None:
    tail = "\nMost Popular\n\n“We will fight this,” says union boss\n"
    assert "We will fight this," in texts(ARTICLE_TEXT + tail, "text", whole_page=True)


# 2. Markdown: code is never a quote --------------------------------------------------------

MARKDOWN = """\
# Harbour app launches

The council’s new app greets users with a message, `print("Welcome aboard")`, when it starts.

```python
banner = "Timetable changes"
say("“We sail at dawn,” said the captain.")
```

    indented = "also code"
    log('“not a quote”')

“It was overdue,” said Agnes Flett.

- a list item
    “An indented line in a list item is prose,” said Tom Rendall.

~~~~
“Fenced with tildes,” said nobody.
~~~~
"""


def test_markdown_code_is_never_a_quote() -> None:
    found = quotes(MARKDOWN, "markdown")
    assert [q.text for q in found] == ["It was overdue,", "An indented line in a list item is prose,"]
    # the inline code's words stay in the sentence around them
    doc = document_from_text(MARKDOWN, "app.md", "markdown")
    assert "print(ʺWelcome aboardʺ)" in doc.text
    assert found[0].line == 13


def test_double_backtick_code_and_an_unclosed_backtick() -> None:
    md = 'Type ``say "hi"`` to start.\n\nOne ` alone is text: “We are ready,” said Ann Lee.\n'
    assert texts(md, "markdown") == ["We are ready,"]
    typewritten = "# Notes\n\n`Hello,' he said, and left.\n\nShe called back: `Wait for me!'\n"
    assert texts(typewritten, "markdown") == ["Hello,", "Wait for me!"]


# Offsets: every character of the prose comes from where it is said to ---------------------

TAGS = st.sampled_from(["p", "div", "b", "em", "a", "span", "li", "h2", "blockquote", "br"])
PIECES = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<&>"), max_size=12
    ),
    st.sampled_from(
        ["&amp;", "&ldquo;", "&rdquo;", "&nbsp;", "&#8217;", "&copy", "<!-- note -->", "&lt;", "“", "”"]
    ),
    TAGS.map(lambda t: f"<{t}>"),
    TAGS.map(lambda t: f"</{t}>"),
    TAGS.map(lambda t: f'<{t} class="x" title="a>b">'),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_every_prose_character_maps_to_its_place_in_the_file(pieces: list[str]) -> None:
    raw = "<html><body>" + "".join(pieces) + "</body></html>"
    prose = page_prose(raw)
    assert len(prose.offsets) == len(prose.text)
    assert list(prose.offsets) == sorted(prose.offsets)
    for ch, at in zip(prose.text, prose.offsets, strict=True):
        if not ch.isspace():
            assert raw[at] == ch or raw[at] == "&", (ch, raw[max(0, at - 5) : at + 5])


# Issue 14, item 5: linear time on hostile markup -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("<p>x</p>" + "<!--" * 200_000, "html"),
        ("<a" * 100_000, "html"),
        ("[" * 100_000, "html"),
        ("<!--" * 200_000, "markdown"),
        ("[" * 100_000, "markdown"),
        ("[a](" * 50_000, "markdown"),
        ("`" * 100_000 + " x " + "``" * 50_000, "markdown"),
        ('<blockquote class="twitter-tweet">' * 20_000, "markdown"),
    ],
    ids=[
        "html-comments",
        "html-tags",
        "html-brackets",
        "md-comments",
        "md-brackets",
        "md-links",
        "md-backticks",
        "md-embeds",
    ],
)
def test_hostile_markup_is_read_in_linear_time(raw: str, kind: str) -> None:
    """Each took minutes (quadratic) before; a second or two now on a loaded CI machine."""
    started = time.perf_counter()
    quotes(raw, kind)
    assert time.perf_counter() - started < 10
