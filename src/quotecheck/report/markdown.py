"""Markdown fit for a pull-request comment or a job summary: a summary line, a table, and a
collapsible diff for each quote with findings.

GitHub renders ``<details>`` blocks and ```` ```diff ```` fences (red/green lines), so an
editor sees the verdicts at a glance and opens only the quotes that need work. Comments
are capped at 65,536 characters, so the details stop before that with a count of the rest.
"""

from __future__ import annotations

import html
import re

from tabulate import tabulate

from quotecheck.model import Level, QuoteResult, Report
from quotecheck.report.base import Formatter, summary_line
from quotecheck.report.table import HEADERS, rows
from quotecheck.sources.provenance import FINDING_CODES

PROVENANCE = frozenset(FINDING_CODES.values())
"""Findings that say the words came from an archived copy or X's embed, not the source itself."""

MAX_CHARS = 60_000
MAX_TABLE_CHARS = 40_000
MARK = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "info"}


def cell(text: str) -> str:
    """Text safe in a table cell of a PR comment: no column breaks, and no raw HTML from a
    draft (a quoted ``<script>`` or ``<img>``) rendered by the comment."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("|", "\\|").replace("\n", " ")


def code(text: str) -> str:
    """Text inside a `code span`: GitHub shows it literally, so only the pipe and line
    breaks need care."""
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")


def level_counts(report: Report) -> str:
    counts = {level: 0 for level in Level}
    ignored = 0
    for r in report.results():
        for f in r.findings:
            if f.ignored is not None or r.quote.ignored is not None:
                ignored += 1
            elif r.verdict is not None:
                counts[f.level] += 1
    parts = [
        f"{counts[level]} {level.value}{'s' if counts[level] != 1 and level is not Level.INFO else ''}"
        for level in Level
    ]
    return "Findings: " + ", ".join(parts) + (f"; {ignored} ignored" if ignored else "")


def fit_rows(table: list[list[str]], budget: int) -> int:
    """How many rows fit in ``budget`` characters (tabulate pads cells to the widest)."""
    widths: list[int] = [0] * (len(table[0]) if table else 0)
    for n, row in enumerate(table):
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
        if (n + 3) * (sum(widths) + 3 * len(widths) + 2) > budget:
            return n
    return len(table)


def fence_for(text: str) -> str:
    """A code fence longer than any run of backticks in ``text``."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def diff_block(result: QuoteResult) -> list[str]:
    """Source and quote as - and + lines, then the word-level diff."""
    lines = []
    if result.match is not None:
        lines.append("- " + " ".join(result.match.text.split()))
    lines.append("+ " + " ".join(result.quote.text.split()))
    if result.diff:
        lines.append("  " + result.diff)
    body = "\n".join(lines)
    fence = fence_for(body)
    return [f"{fence}diff", body, fence]


def details(path: str, result: QuoteResult) -> list[str]:
    q = result.quote
    verdict = result.verdict.value if result.verdict else ""
    codes = ", ".join(dict.fromkeys(f.code for f in result.findings))
    head = f"{path}:{q.line}:{q.column} — {verdict}" + (f" ({codes})" if codes else "")
    if q.ignored is not None:
        head += f" — ignored: {q.ignored}"
    out = ["", f"<details><summary>{html.escape(head)}</summary>", ""]
    if q.speaker:
        out.append(f"Attributed to **{cell(q.speaker)}**" + (f" ({cell(q.cue)})" if q.cue else "") + ".")
    if result.match is not None:
        who = result.match.said_by
        out.append(
            f"Source: `{code(result.match.source.locator)}`" + (f" ({cell(who)})" if who else "") + "."
        )
    out.append("")
    for f in result.findings:
        note = f" — ignored: {cell(f.ignored)}" if f.ignored is not None and q.ignored is None else ""
        out.append(f"- **{MARK[f.level]}** `{f.code}`: {cell(f.message)}{note}")
    out += ["", *diff_block(result), "", "</details>"]
    return out


class MarkdownFormat(Formatter):
    def render(self, report: Report) -> str:
        out = [f"**quotecheck**: {summary_line(report)}", "", level_counts(report), ""]
        body = [[cell(c) for c in row] for row in rows(report, 80)]
        ignored = [r.quote.ignored for a in report.articles for r in a.quotes if r.verdict is not None]
        if body:
            table = [[*row, cell(reason or "")] for row, reason in zip(body, ignored, strict=True)]
            headers = [*HEADERS, "ignored"] if any(ignored) else HEADERS
            table = [t if any(ignored) else t[:-1] for t in table]
            kept = fit_rows(table, MAX_TABLE_CHARS)
            out.append(tabulate(table[:kept], headers, tablefmt="github"))
            if kept < len(table):
                out += [
                    "",
                    f"_{len(table) - kept} more quotes are not in this table: see the JSON or SARIF report._",
                ]
        for p in report.problems:
            out += ["", f"Source problem: `{code(p.locator)}`: {cell(p.message)}"]
        size = sum(len(line) + 1 for line in out)
        skipped = 0
        for article in report.articles:
            for r in article.quotes:
                if r.verdict is None or not r.findings:
                    continue
                if r.verdict.value == "exact" and not any(f.code in PROVENANCE for f in r.findings):
                    continue  # an exact quote opens only to say where its words came from
                if all(f.code == "no_sources" for f in r.findings):
                    continue
                block = details(article.path, r)
                block_size = sum(len(line) + 1 for line in block)
                if size + block_size > MAX_CHARS:
                    skipped += 1
                    continue
                out += block
                size += block_size
        if skipped:
            out += [
                "",
                f"_{skipped} more quotes with findings are not shown here: see the JSON or SARIF report._",
            ]
        return "\n".join(out) + "\n"
