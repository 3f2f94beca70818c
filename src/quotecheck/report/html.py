"""The HTML report: one self-contained page a fact-checker reads at a glance.

The article is shown with each quote highlighted in its verdict's colour; each quote then
has a card with the quote and the source passage side by side (changed words highlighted),
the findings with their levels, the speaker, and where the source came from. Everything
from the draft and the sources is escaped by Jinja2's autoescape; a Content-Security-Policy
that admits only the report's own style and script (by hash) is a second wall. No network
is needed to view it: the style and the script are inline, nothing is loaded.

Jinja2 is imported here only, when the html format is asked for.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from quotecheck.model import ArticleReport, QuoteResult, Report, Verdict
from quotecheck.report.base import Formatter, summary_line
from quotecheck.report.evidence import Passage, Piece, passages, quote_pieces

ATTENTION = {Verdict.ALTERED, Verdict.STITCHED, Verdict.MISATTRIBUTED, Verdict.NOT_FOUND}
"""Verdicts the n/p keys jump between: the ones that fail a run by default."""


@dataclass(frozen=True)
class Card:
    """One checked quote as the template shows it."""

    anchor: str
    path: str
    result: QuoteResult
    quote: list[Piece]
    passages: list[Passage]
    attention: bool

    @property
    def verdict(self) -> str:
        return self.result.verdict.value if self.result.verdict else "none"


@dataclass(frozen=True)
class Segment:
    """A stretch of the article's text; ``card`` is set when it is a checked quote."""

    text: str
    card: Card | None = None


@dataclass(frozen=True)
class ArticleView:
    anchor: str
    path: str
    segments: list[Segment] | None
    cards: list[Card]


def asset(name: str) -> str:
    return resources.files("quotecheck.report").joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def is_web_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


class HtmlFormat(Formatter):
    def render(self, report: Report) -> str:
        from jinja2 import Environment, PackageLoader, StrictUndefined
        from markupsafe import Markup

        env = Environment(
            loader=PackageLoader("quotecheck.report", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.tests["web_url"] = is_web_url
        css, js = asset("report.css"), asset("report.js")
        counts = report.summary()
        context: dict[str, Any] = {
            "version": report.version,
            "summary": summary_line(report),
            "counts": [(k, counts[k]) for k in counts if k != "quotes" and counts[k]],
            "problems": report.problems,
            "articles": [article_view(n, a) for n, a in enumerate(report.articles)],
            "css": Markup(css),  # the package's own files, not input: kept as they are
            "js": Markup(js),
            "style_hash": csp_hash(css),
            "script_hash": csp_hash(js),
        }
        return env.get_template("report.html.j2").render(context)


def article_view(index: int, article: ArticleReport) -> ArticleView:
    anchor = f"a{index + 1}"
    cards = [
        Card(
            anchor=f"{anchor}-q{n + 1}",
            path=article.path,
            result=r,
            quote=quote_pieces(r),
            passages=passages(r.match) if r.match is not None else [],
            attention=r.verdict in ATTENTION and r.quote.ignored is None,
        )
        for n, r in enumerate(article.quotes)
        if r.verdict is not None
    ]
    return ArticleView(anchor, article.path, segments(article, cards), cards)


def segments(article: ArticleReport, cards: list[Card]) -> list[Segment] | None:
    """The article's readable text cut at its quotes. Markdown and HTML articles are shown
    as the prose quotecheck read from them (the quotes' offsets point into the file as
    given, so they are mapped through the reader's map)."""
    if article.text is None:
        return None
    from quotecheck.article import document_from_text

    doc = document_from_text(article.text, article.path, article.kind)

    def to_text(raw: int) -> int:
        return raw if doc.offsets is None else bisect.bisect_left(doc.offsets, raw)

    if not all(doc.shows(c.result.quote.start, c.result.quote.end) for c in cards):
        # checked with --whole-page: a teaser's quote is only in the whole page
        doc = document_from_text(article.text, article.path, article.kind, whole_page=True)
    text = doc.text

    out: list[Segment] = []
    at = 0
    for card in sorted(cards, key=lambda c: c.result.quote.start):
        start, end = to_text(card.result.quote.start), to_text(card.result.quote.end)
        if start < at or end <= start:  # a quote inside one already shown
            continue
        out += [Segment(text[at:start]), Segment(text[start:end], card)]
        at = end
    out.append(Segment(text[at:]))
    return out
