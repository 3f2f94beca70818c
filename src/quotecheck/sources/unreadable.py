"""What a quote's verdict says when a source given to read could not be read.

"not found" claims that no source holds the words. When one of the sources named for this
run was binary, not text quotecheck reads, too big, gone or empty, that claim is not
supported: the words may be in it. Such a quote is ``unverified``, with the reason, and
the source stays listed under the problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from quotecheck.model import Finding, Level, Report, SourceProblem, Verdict

SHOWN = 3
"""Unreadable sources named in one finding; the rest are counted."""


def unreadable(problems: Sequence[SourceProblem], articles: Sequence[str]) -> list[SourceProblem]:
    """The problems of local sources that are failures to read, not files left out on
    purpose (an article of this run, a report quotecheck wrote)."""
    from quotecheck.sources.files import own_report

    checked = {Path(a).resolve() for a in articles if a != "-"}
    out = []
    for problem in problems:
        path = Path(problem.locator)
        if path.resolve() in checked or (path.is_file() and own_report(path)):
            continue
        out.append(problem)
    return out


def explain_unreadable(report: Report, problems: Sequence[SourceProblem]) -> Report:
    """Quotes ``not_found`` (or ``unverified`` for want of any source) become ``unverified``
    with a ``source_unavailable`` finding naming the sources that could not be read."""
    if not problems:
        return report
    named = "; ".join(f"{p.locator}: {p.message}" for p in problems[:SHOWN])
    more = f"; and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
    which = "the source" if len(problems) == 1 else f"{len(problems)} sources"
    finding = Finding(
        "source_unavailable",
        Level.WARNING,
        f"{which} given could not be read, and the quote may be in {'it' if len(problems) == 1 else 'them'}"
        f" ({named}{more})",
    )
    articles = []
    for article in report.articles:
        results = []
        for result in article.quotes:
            codes = {f.code for f in result.findings}
            if result.verdict is Verdict.NOT_FOUND or (
                result.verdict is Verdict.UNVERIFIED and "no_sources" in codes
            ):
                kept = tuple(f for f in result.findings if f.code not in {"not_found", "no_sources"})
                result = replace(result, verdict=Verdict.UNVERIFIED, findings=(finding, *kept))
            results.append(result)
        articles.append(replace(article, quotes=tuple(results)))
    return replace(report, articles=tuple(articles))
