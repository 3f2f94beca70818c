"""Suppression comments: a writer says, in the draft, why a quote is not to be checked.

Markdown and HTML::

    <!-- quotecheck: ignore reason="translated from Spanish" -->
    “Lo haremos”, said the minister, “we will do it.”

Plain text and Word drafts (a line, or a paragraph, of its own, which the desk removes
with the other notes)::

    [quotecheck: ignore reason="translated from Spanish"]

The directive covers the paragraph that follows it (up to the next blank line, or in HTML
the end of the first block element). Like
Vale's ``<!-- vale off -->``/``<!-- vale on -->`` a range also works:
``quotecheck: off reason="…"`` up to ``quotecheck: on``. A reason is required: an
unexplained suppression is a hole in the check. Ignored quotes stay in every report, with
their reason, and never fail the run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from quotecheck.article import Document
from quotecheck.errors import QuotecheckError
from quotecheck.model import QuoteResult, Report

HTML_DIRECTIVE = re.compile(r"<!--\s*quotecheck\s*:?\s*(?P<body>.*?)\s*-->", re.S | re.I)
TEXT_DIRECTIVE = re.compile(r"^[ \t]*\[quotecheck\s*:?\s*(?P<body>[^\]\n]*)\][ \t]*$", re.M | re.I)
BODY = re.compile(r"^(?P<verb>ignore|off|on)\b(?P<rest>.*)$", re.S | re.I)
REASON = re.compile(r"""reason\s*=\s*(?:"(?P<dq>[^"]*)"|“(?P<cq>[^”]*)”|'(?P<sq>[^']*)')""", re.I)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
BLOCK_END = re.compile(r"</(?:p|blockquote|li|div|h[1-6]|figcaption|dd|td|section|article)\s*>", re.I)


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Directives:
    regions: tuple[Region, ...]
    spans: tuple[tuple[int, int], ...]
    """Where the directives themselves stand: quote marks inside them are not quotes."""


def directives(doc: Document) -> Directives:
    """The ignored regions of an article (offsets into ``doc.raw``)."""
    raw = doc.raw
    pattern = TEXT_DIRECTIVE if doc.kind in ("text", "docx") else HTML_DIRECTIVE
    regions: list[Region] = []
    spans: list[tuple[int, int]] = []
    open_range: tuple[int, str] | None = None
    for m in pattern.finditer(raw):
        body = BODY.match(m.group("body").strip())
        if body is None:
            continue
        spans.append((m.start(), m.end()))
        verb = body.group("verb").lower()
        line = raw.count("\n", 0, m.start()) + 1
        if verb == "on":
            if open_range is not None:
                regions.append(Region(open_range[0], m.start(), open_range[1]))
                open_range = None
            continue
        reason = REASON.search(body.group("rest"))
        text = next((g for g in reason.groups() if g is not None), "").strip() if reason else ""
        if not text:
            raise QuotecheckError(
                f'{doc.path}:{line}: quotecheck: {verb} needs a reason, e.g. reason="translated from Spanish"'
            )
        if verb == "off":
            open_range = (m.end(), text)
        else:
            regions.append(Region(m.end(), paragraph_end(raw, skip_blank(raw, m.end()), doc.kind), text))
    if open_range is not None:
        regions.append(Region(open_range[0], len(raw), open_range[1]))
    return Directives(tuple(regions), tuple(spans))


def paragraph_end(raw: str, start: int, kind: str) -> int:
    """The end of the paragraph at ``start``: a blank line, or in HTML the end of the first
    block element (``<p>`` elements often follow each other without a blank line)."""
    ends = [len(raw)]
    blank = BLANK_LINE.search(raw, start)
    if blank:
        ends.append(blank.start())
    if kind == "html":
        block = BLOCK_END.search(raw, start)
        if block:
            ends.append(block.end())
    return min(ends)


def skip_blank(raw: str, pos: int) -> int:
    """Past the end of the directive's line and any blank lines: the paragraph it heads."""
    while pos < len(raw) and raw[pos] in " \t\n":
        pos += 1
    return pos


def suppress(doc: Document, results: list[QuoteResult]) -> list[QuoteResult]:
    """Mark the quotes (and their findings) that directives in ``doc`` ignore."""
    if "quotecheck" not in doc.raw.lower():
        return results
    found = directives(doc)
    out = []
    for r in results:
        q = r.quote
        if any(a <= q.start and q.end <= b for a, b in found.spans):
            continue  # the reason="…" of a directive, not a quotation
        region = next((g for g in found.regions if g.start <= q.start < g.end), None)
        if region is None:
            out.append(r)
            continue
        quote = replace(q, ignored=region.reason)
        findings = tuple(replace(f, ignored=region.reason) for f in r.findings)
        out.append(replace(r, quote=quote, findings=findings))
    return out


def suppress_report(report: Report, docs: Sequence[Document]) -> Report:
    """``suppress`` for each article of a report, given the documents in the same order."""
    articles = tuple(
        replace(article, quotes=tuple(suppress(doc, list(article.quotes))))
        for article, doc in zip(report.articles, docs, strict=True)
    )
    return replace(report, articles=articles)
