"""The main text of a saved or fetched web page, without menus, teasers and footers.

A page as saved carries navigation and "Most popular" links whose words would give false
matches; trafilatura finds the article body. It is imported here only, when a page is read,
because it pulls in lxml and takes a noticeable time to load.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    text: str
    author: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None


def page_text(html: str, url: str | None = None) -> PageText:
    """The article's text and what the page says about it; the whole visible text when the
    extractor finds no article (a short page, a transcript in a <pre>)."""
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True)
    except Exception:  # a page the extractor chokes on is still read by the plain parser
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        from quotecheck.article.html import page_prose

        text = page_prose(html).text.strip()
        return PageText(text)
    if "\n" not in text:
        text = with_blocks(text, html)
    return PageText(
        text=text,
        author=getattr(doc, "author", None) or None,
        published=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None) or None,
        title=getattr(doc, "title", None) or None,
    )


def with_blocks(text: str, html: str) -> str:
    """The extractor's text with a line break again where the page starts a new block: it gives
    some pages (a live blog's entries, each a time and a paragraph) as one line, and a line is
    what a page's paragraph is to the rules that read who says a page's words."""
    from quotecheck.article.html import page_prose

    out = list(text)
    at = 0
    for block in page_prose(html).text.split("\n"):
        block = " ".join(block.split())
        found = text.find(block, at) if block else -1
        if found > 0 and text[found - 1] == " ":
            out[found - 1] = "\n"
        if found >= 0:
            at = found + len(block)
    return "".join(out)
