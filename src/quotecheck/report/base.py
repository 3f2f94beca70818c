"""The interface of an output format, and the row data the tabular formats share."""

from __future__ import annotations

from abc import ABC, abstractmethod

from quotecheck.model import QuoteResult, Report


class Formatter(ABC):
    """Turns a report into the text of one format."""

    @abstractmethod
    def render(self, report: Report) -> str: ...


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def where_found(result: QuoteResult) -> str:
    match = result.match
    if match is None:
        return ""
    who = match.said_by
    return f"{match.source.locator}" + (f" ({who})" if who else "")


def summary_line(report: Report) -> str:
    counts = report.summary()
    parts = [f"{counts[k]} {k.replace('_', ' ')}" for k in counts if k != "quotes" and counts[k]]
    articles = len(report.articles)
    head = f"{counts['quotes']} quote{'s' if counts['quotes'] != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
    return head + (": " + ", ".join(parts) if parts else "")
