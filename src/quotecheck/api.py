"""The library entry point the CLI, the tests and other programs call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from quotecheck import __version__
from quotecheck.documents import Document, load_document
from quotecheck.extract import extract_quotes
from quotecheck.match import Matcher
from quotecheck.model import ArticleReport, QuoteResult, Report, Source, SourceProblem
from quotecheck.sources import FileSources, SourceProvider, gather
from quotecheck.verify import DEFAULT_THRESHOLDS, Thresholds, judge

Progress = Callable[[str], None]


def check(
    articles: Sequence[str | Path | Document],
    sources: Sequence[str | Path] = (),
    *,
    providers: Sequence[SourceProvider] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
) -> Report:
    """Check every quote in ``articles`` against ``sources`` (files or folders).

    >>> report = check(["examples/change4/article.txt"], sources=["examples/change4/sources"])
    >>> report.summary()["quotes"]
    1
    """
    docs = [a if isinstance(a, Document) else load_document(str(a)) for a in articles]
    all_providers: list[SourceProvider] = list(providers)
    if sources:
        all_providers.insert(0, FileSources([str(s) for s in sources]))
    found, problems = gather(all_providers)
    return check_documents(docs, found, problems, thresholds, progress)


def check_documents(
    docs: Sequence[Document],
    sources: list[Source],
    problems: list[SourceProblem],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
) -> Report:
    """The pipeline once articles are read and sources gathered: extract, match, judge."""
    matcher = Matcher(sources) if sources else None
    reports = []
    for doc in docs:
        if progress:
            progress(doc.path)
        results: list[QuoteResult] = []
        for quote in extract_quotes(doc):
            if not quote.checkable:
                results.append(QuoteResult(quote, None))
                continue
            match = matcher.locate(quote.text) if matcher else None
            results.append(judge(quote, match, matcher is not None, thresholds))
        reports.append(ArticleReport(doc.path, tuple(results)))
    from quotecheck.suppress import suppress_report  # comments in the draft: ignored quotes

    return suppress_report(Report(__version__, tuple(reports), tuple(problems)), docs)
