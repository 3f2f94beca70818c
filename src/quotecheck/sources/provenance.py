"""How a fetched source's text was had when it did not come from the source itself, and
the finding that tells the report's reader.

Two ways today: an X post read through X's public embed (oEmbed) when no API token could
be used, and a dead page's copy in the Wayback Machine. Both are good evidence, but a
fact-checker should know which they are looking at: the snapshot's meta says so (``via``),
the JSON match carries it, and each quote matched in such a source gets an info finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from quotecheck.model import Finding, Level, QuoteResult, Report, Source

OEMBED = "oembed"
WAYBACK = "wayback"
FINDING_CODES = {OEMBED: "source_via_oembed", WAYBACK: "source_archived"}


def capture_time(timestamp: str) -> str:
    """A Wayback timestamp (``20260301093000``) as a reader writes it: ``2026-03-01 09:30 UTC``."""
    if len(timestamp) < 8 or not timestamp.isdigit():
        return timestamp
    day = f"{timestamp[:4]}-{timestamp[4:6]}-{timestamp[6:8]}"
    return f"{day} {timestamp[8:10]}:{timestamp[10:12]} UTC" if len(timestamp) >= 12 else day


def notice_of(meta: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """``(via, sentence)`` for a snapshot's meta; ``(None, None)`` for a source read directly."""
    via = meta.get("via")
    if via == OEMBED:
        return via, (
            "the post's words as X's public embed (oEmbed) shows them, read without an X API "
            "token: its links show as t.co addresses"
        )
    if via == WAYBACK:
        live = str(meta.get("archive_of") or "the live page")
        why = str(meta.get("live") or "gone")
        when = capture_time(str(meta.get("captured") or ""))
        return (
            via,
            f"the live page {live} is gone ({why}); these words are from the Wayback Machine's copy of {when}",
        )
    return None, None


def note_provenance(report: Report) -> Report:
    """An info finding on every quote whose words were found in a source had through
    oEmbed or the Wayback Machine (after the verdict: it explains, it does not judge)."""
    if not any(r.match is not None and sources_with_notice(r) for r in report.results()):
        return report
    articles = []
    for article in report.articles:
        results = tuple(with_notice(r) for r in article.quotes)
        articles.append(replace(article, quotes=results))
    return replace(report, articles=tuple(articles))


def sources_with_notice(result: QuoteResult) -> list[Source]:
    match = result.match
    if match is None:
        return []
    seen: dict[str, Source] = {}
    for source in (match.source, *match.piece_sources):
        if source.via and source.notice:
            seen.setdefault(source.locator, source)
    return list(seen.values())


def with_notice(result: QuoteResult) -> QuoteResult:
    noted = sources_with_notice(result)
    if not noted:
        return result
    findings = [
        Finding(FINDING_CODES.get(s.via or "", f"source_via_{s.via}"), Level.INFO, s.notice or "")
        for s in noted
    ]
    return replace(result, findings=(*result.findings, *findings))
