"""The terminal table: one row per quote, then a one-line summary."""

from __future__ import annotations

from tabulate import tabulate

from quotecheck.model import Report
from quotecheck.report.base import Formatter, shorten, summary_line, where_found

HEADERS = ["where", "speaker", "quote", "verdict", "score", "found in"]


def rows(report: Report, quote_width: int) -> list[list[str]]:
    out = []
    for article in report.articles:
        for r in article.quotes:
            if r.verdict is None:
                continue
            q = r.quote
            out.append(
                [
                    f"{article.path}:{q.line}:{q.column}",
                    q.speaker or "—",
                    shorten(q.text, quote_width),
                    r.verdict.value,
                    "" if r.score is None else f"{r.score:.1f}",
                    where_found(r),
                ]
            )
    return out


class TableFormat(Formatter):
    def render(self, report: Report) -> str:
        body = rows(report, 48)
        lines = []
        if body:
            lines.append(tabulate(body, HEADERS, tablefmt="simple"))
            details = [
                f"  {article.path}:{r.quote.line}:{r.quote.column} {f.level.value}: {f.message} [{f.code}]"
                + (f" (ignored: {f.ignored})" if f.ignored is not None else "")
                for article in report.articles
                for r in article.quotes
                for f in r.findings
                if r.verdict is not None and f.code != "no_sources"
            ]
            if details:
                lines.append("")
                lines.extend(details)
        for p in report.problems:
            lines.append(f"source problem: {p.locator}: {p.message}")
        lines.append(summary_line(report))
        return "\n".join(lines) + "\n"
