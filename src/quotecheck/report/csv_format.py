"""CSV: a header row and one row per quote, opening cleanly in a spreadsheet."""

from __future__ import annotations

import csv
import io

from quotecheck.model import Report
from quotecheck.report.base import Formatter

COLUMNS = [
    "article", "id", "line", "column", "start", "end", "kind", "speaker", "cue", "quote",
    "verdict", "score", "source", "source_author", "source_start", "source_end", "findings", "diff",
    "ignored",
]  # fmt: skip


def safe(value: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


class CsvFormat(Formatter):
    def render(self, report: Report) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for article in report.articles:
            for r in article.quotes:
                q, m = r.quote, r.match
                writer.writerow([
                    article.path, q.id, q.line, q.column, q.start, q.end, q.kind,
                    safe(q.speaker or ""), q.cue or "", safe(q.text),
                    r.verdict.value if r.verdict else "",
                    "" if r.score is None else r.score,
                    m.source.locator if m else "", (m.source.handle or m.source.author or "") if m else "",
                    m.start if m else "", m.end if m else "",
                    "; ".join(f"{f.code}: {f.message}" for f in r.findings),
                    safe(r.diff or ""),
                    safe(q.ignored or ""),
                ])  # fmt: skip
        return buffer.getvalue()
