"""An embedded post whose words no source holds because the post itself was never looked
up (``--no-links``, no link in the embed, a library caller with local sources only): its
words are unchecked, not wrong. A post that was fetched and does not hold them stays
``not_found``; one that could not be fetched is explained by ``explain_missing``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from quotecheck.article import Document
from quotecheck.model import Finding, Level, QuoteResult, Source, SourceProblem, Verdict

STATUS = re.compile(r"/status(?:es)?/(?P<id>\d{1,20})(?!\d)")


def post_id(url: str | None) -> str | None:
    """The post's number in an X/Twitter status address, if ``url`` is one."""
    found = STATUS.search(url or "")
    return found["id"] if found else None


def looked_up(sources: Iterable[Source], problems: Iterable[SourceProblem]) -> frozenset[str]:
    """Posts the check had (or tried to have: a failure is explained elsewhere), by number."""
    ids = {post_id(s.locator) for s in sources if s.kind == "post"}
    ids |= {post_id(p.locator) for p in problems}
    return frozenset(i for i in ids if i)


def unchecked_posts(doc: Document, results: Sequence[QuoteResult], had: frozenset[str]) -> list[QuoteResult]:
    """``results`` with each ``not_found`` quote from an embedded post never looked up made
    ``unverified``, with a warning saying why."""
    embeds = [(doc.to_raw(e.start), doc.to_raw_end(e.end), e.url) for e in doc.embeds]
    if not embeds:
        return list(results)
    out = []
    for result in results:
        quote = result.quote
        embed = next((e for e in embeds if e[0] <= quote.start and quote.end <= e[1]), None)
        number = post_id(embed[2]) if embed else None
        if embed is None or result.verdict is not Verdict.NOT_FOUND or (number and number in had):
            out.append(result)
            continue
        why = (
            f"the embedded post {embed[2]} was not looked up: its words are unchecked"
            if number
            else "the embedded post has no link to look it up by: its words are unchecked"
        )
        kept = tuple(f for f in result.findings if f.code != "not_found")
        finding = Finding("source_unavailable", Level.WARNING, why)
        out.append(replace(result, verdict=Verdict.UNVERIFIED, findings=(finding, *kept)))
    return out
