"""Markdown fit for a pull-request comment: a summary line, a table, the diffs."""

from __future__ import annotations

from tabulate import tabulate

from quotecheck.model import Report
from quotecheck.report.base import Formatter, summary_line
from quotecheck.report.table import HEADERS, rows


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownFormat(Formatter):
    def render(self, report: Report) -> str:
        out = [f"**quotecheck**: {summary_line(report)}", ""]
        body = [[cell(c) for c in row] for row in rows(report, 80)]
        if body:
            out.append(tabulate(body, HEADERS, tablefmt="github"))
        for article in report.articles:
            for r in article.quotes:
                if r.verdict is None or not r.diff or r.verdict.value == "exact":
                    continue
                q = r.quote
                out += [
                    "",
                    f"<details><summary>{cell(article.path)}:{q.line}:{q.column} — "
                    f"{r.verdict.value}</summary>",
                    "",
                    *[f"- {f.level.value}: {cell(f.message)} (`{f.code}`)" for f in r.findings],
                    "",
                    "```diff",
                    r.diff,
                    "```",
                    "</details>",
                ]
        return "\n".join(out) + "\n"
