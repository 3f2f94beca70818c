"""GitHub Actions workflow commands: one annotation per finding, on the quote's lines.

``::error file=drafts/a.md,line=3,col=37,endLine=3,endColumn=78,title=…::message``; warnings
and info findings use ``::warning`` and ``::notice``, and the summary line is a ``::notice``
too: nothing but workflow commands is printed. Property values escape ``%``, CR, LF,
``:`` and ``,``; the message escapes ``%``, CR and LF (the runner's own rules). GitHub shows
only ten annotations of each level per step, so errors come first and the full Markdown
report goes to the step summary (``GITHUB_STEP_SUMMARY``), which the CLI appends to.
"""

from __future__ import annotations

from pathlib import Path

from quotecheck.model import Finding, Level, QuoteResult, Report
from quotecheck.newsroom.baseline import display_path
from quotecheck.report.base import Formatter, shorten, summary_line

COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}
SHOWN_PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def annotation(path: str, result: QuoteResult, finding: Finding) -> str:
    q = result.quote
    props: dict[str, str | int] = {"file": display_path(path), "line": q.line}
    if q.end_line == q.line:
        # GitHub takes columns only for a one-line range. Its docs do not say whether
        # endColumn is inclusive; it is observed to be exclusive, as in SARIF.
        props.update(col=q.column, endColumn=q.end_column)
    props["endLine"] = q.end_line
    verdict = result.verdict.value if result.verdict else "quote"
    props["title"] = f"quotecheck: {verdict}" + (f" ({finding.code})" if finding.code != verdict else "")
    lines = [finding.message, f"Quote: “{shorten(q.text, 200)}”" + (f" — {q.speaker}" if q.speaker else "")]
    if result.match is not None:
        who = result.match.said_by
        lines.append(f"Source: {result.match.source.locator}" + (f" ({who})" if who else ""))
    if result.diff and ("[-" in result.diff or "{+" in result.diff):
        lines.append(f"Diff: {shorten(result.diff, 400)}")
    return command(COMMAND[finding.level], props, "\n".join(lines))


class GithubFormat(Formatter):
    """Only workflow commands, one a line: a runner reads every line of stdout, and a plain
    line in between would be noise at best. The summary is a notice of its own, first, so
    that GitHub's cap of ten notices per step never hides it."""

    def render(self, report: Report) -> str:
        items = [
            (finding.level, path, result, finding)
            for path, result, finding in live_findings(report)
            if result.verdict is not None
        ]
        items.sort(key=lambda item: -item[0].rank)  # stable: file order within a level
        summary = [summary_line(report)]
        for level in (Level.ERROR, Level.WARNING, Level.INFO):
            count = sum(1 for item in items if item[0] is level)
            if count > SHOWN_PER_LEVEL:
                summary.append(
                    f"{count} {level.value} annotations: GitHub shows {SHOWN_PER_LEVEL} per step, "
                    "the job summary lists them all"
                )
        out = [command("notice", {"title": "quotecheck summary"}, "\n".join(summary))]
        out += [annotation(path, result, finding) for _, path, result, finding in items]
        for p in report.problems:
            out.append(
                command("warning", {"title": "quotecheck source problem"}, f"{p.locator}: {p.message}")
            )
        return "\n".join(out) + "\n"


def live_findings(report: Report) -> list[tuple[str, QuoteResult, Finding]]:
    return [
        (article.path, r, f)
        for article in report.articles
        for r in article.quotes
        for f in r.findings
        if f.ignored is None and r.quote.ignored is None
    ]


def append_step_summary(report: Report, path: str | Path) -> None:
    """Append the Markdown report to the job summary (a file GitHub renders on the run page)."""
    from quotecheck.report.markdown import MarkdownFormat

    with open(path, "a", encoding="utf-8") as summary:
        summary.write(MarkdownFormat().render(report) + "\n")
