"""The terminal table: one row per quote, fitted to the terminal's width, with the findings
and the word diff of each quote that has any right beneath its row; then a summary line.

rich lays out and wraps the cells and colours the verdicts and the diff on a terminal;
written to a file or a pipe, or with ``NO_COLOR``, the same layout comes out as plain
text with the diff in ``[-source-]{+quote+}`` form.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from quotecheck.model import Finding, Level, QuoteResult, Report
from quotecheck.report.base import Formatter, shorten, summary_line, where_found
from quotecheck.report.evidence import ADDED, DROPPED, has_changes, word_diff

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

HEADERS = ["where", "speaker", "quote", "verdict", "score", "found in"]
MIN_WIDTHS = [24, 10, 16, 0, 0, 10]
"""What a column keeps when the terminal is narrow (a tiny one takes from these too)."""
FIXED = (3, 4)
"""The verdict and the score always get their full width."""
QUOTE = 2
GAP = 2
VERDICT_STYLE = {
    "exact": "green",
    "equivalent": "green",
    "edited": "cyan",
    "altered": "bold red",
    "stitched": "bold red",
    "misattributed": "bold red",
    "not_found": "red",
    "unverified": "yellow",
}
LEVEL_STYLE = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}


def rows(report: Report, quote_width: int) -> list[list[str]]:
    """The cells of each checked quote (also the Markdown report's table)."""
    out = []
    for article in report.articles:
        for r in article.quotes:
            if r.verdict is None:
                continue
            out.append(cells(article.path, r, quote_width))
    return out


def cells(path: str, r: QuoteResult, quote_width: int) -> list[str]:
    q = r.quote
    return [
        f"{path}:{q.line}:{q.column}",
        q.speaker or "—",
        shorten(q.text, quote_width),
        r.verdict.value if r.verdict else "",
        "" if r.score is None else f"{r.score:.1f}",
        where_found(r),
    ]


def column_widths(natural: list[int], total: int) -> list[int]:
    """Column widths that fit ``total`` characters: each column its natural width if all
    fit; else the verdict and the score keep theirs and the others give up space in
    proportion to what they have over their minimum (the minimums too, on a tiny screen)."""
    budget = total - GAP * (len(natural) - 1)
    if sum(natural) <= budget:
        return natural
    flex = [i for i in range(len(natural)) if i not in FIXED]
    room = budget - sum(natural[i] for i in FIXED)
    floors = {i: min(natural[i], MIN_WIDTHS[i]) for i in flex}
    widths = list(natural)
    if sum(floors.values()) >= room:
        scale = sum(floors.values())
        for i in flex:
            widths[i] = max(4, floors[i] * room // scale)
        return widths
    spare = {i: natural[i] - floors[i] for i in flex}
    excess = sum(natural[i] for i in flex) - room
    give = sum(spare.values())
    for i in flex:
        widths[i] = natural[i] - (spare[i] * excess + give - 1) // give
    widths[QUOTE] += max(0, budget - sum(widths))  # rounding took a little too much
    return widths


class TableFormat(Formatter):
    def render(self, report: Report) -> str:
        checked = [(a.path, r) for a in report.articles for r in a.quotes if r.verdict is not None]
        if checked:
            body = [cells(path, r, 160) for path, r in checked]
            natural = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(HEADERS)]
            natural[QUOTE] = min(natural[QUOTE], 60)
            limit = self.terminal.width
            widths = natural if limit is None else column_widths(natural, limit)
            console = self.console(sum(widths) + GAP * (len(widths) - 1))
            table = None
            for n, ((_, r), row) in enumerate(zip(checked, body, strict=True)):
                # Rows share one table until a quote with findings: its findings and diff
                # run the full width right beneath its row, and the next table goes on with
                # the same column widths (a header on the first only).
                if table is None:
                    table = self.table(widths, header=n == 0)
                verdict = row[3]
                row = [*row[:2], shorten(r.quote.text, max(widths[QUOTE] * 3, 16)), *row[3:]]
                table.add_row(*row[:3], self.styled(verdict, VERDICT_STYLE.get(verdict, "")), *row[4:])
                if self.shown_findings(r) or n == len(checked) - 1:
                    console.print(table)
                    table = None
                    self.evidence(console, r)
        else:
            console = self.console(0)
        for p in report.problems:
            console.print(f"source problem: {p.locator}: {p.message}")
        console.print(summary_line(report))
        return self.finish(console)

    def table(self, widths: list[int], header: bool) -> Table:
        from rich import box
        from rich.table import Table

        table = Table(
            box=box.SIMPLE_HEAD,  # a space between columns; the rule under the header
            show_header=header,
            show_edge=False,
            pad_edge=False,
            padding=(0, GAP - 1, 0, 0),
            header_style="bold",
        )
        for name, width in zip(HEADERS, widths, strict=True):
            table.add_column(name, width=width, overflow="fold", no_wrap=False)
        return table

    @staticmethod
    def shown_findings(r: QuoteResult) -> list[Finding]:
        return [f for f in r.findings if f.code != "no_sources"]

    def console(self, table_width: int) -> Console:
        from rich.console import Console

        color = self.terminal.color
        return Console(
            file=io.StringIO(),
            width=self.terminal.width or max(table_width, 100),
            force_terminal=color,
            color_system="standard" if color else None,
            no_color=not color,
            highlight=False,
            markup=False,
            emoji=False,
            soft_wrap=self.terminal.width is None,  # no limit: long lines stay whole
            legacy_windows=False,
        )

    def finish(self, console: Console) -> str:
        text: str = console.file.getvalue()  # type: ignore[attr-defined]
        if not self.terminal.color:
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        return text

    def styled(self, text: str, style: str) -> Text:
        from rich.text import Text

        return Text(text, style=style if self.terminal.color else "")

    def evidence(self, console: Console, r: QuoteResult) -> None:
        """Findings, and the word diff when the quote's words differ from the source's."""
        from rich.padding import Padding
        from rich.text import Text

        shown = self.shown_findings(r)
        if not shown:
            return
        lines = Text()
        for f in shown:
            if lines:
                lines.append("\n")
            lines.append(f.level.value, style=LEVEL_STYLE[f.level] if self.terminal.color else "")
            lines.append(f": {f.message} [{f.code}]")
            if f.ignored is not None:
                lines.append(f" (ignored: {f.ignored})")
        if has_changes(r) and r.match is not None:
            lines.append("\ndiff: ")
            color = self.terminal.color
            for k, piece in enumerate(word_diff(r.match)):
                words = " ".join(piece.text.split())
                if not color:  # plain text marks the changed words instead of colouring them
                    words = {DROPPED: f"[-{words}-]", ADDED: f"{{+{words}+}}"}.get(piece.mark, words)
                style = {DROPPED: "red strike", ADDED: "bold green"}.get(piece.mark, "") if color else ""
                lines.append(" " if k else "")
                lines.append(words, style=style)
        if self.terminal.width is None:  # no limit: each line whole, indented
            console.print(Text("    ") + Text("\n    ").join(lines.split("\n")) + Text("\n"))
        else:
            console.print(Padding(lines, (0, 0, 1, 4)))
