"""The library entry point the CLI, the tests and other programs call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck import __version__
from quotecheck.documents import Document, load_document
from quotecheck.extract import extract_quotes
from quotecheck.match import Matcher
from quotecheck.model import ArticleReport, QuoteResult, Report, Source, SourceProblem
from quotecheck.sources import FileSources, SourceProvider, gather
from quotecheck.store import Store, store_dir
from quotecheck.verify import DEFAULT_THRESHOLDS, Thresholds, judge

if TYPE_CHECKING:
    from quotecheck.sources.remote import Remote

Progress = Callable[[str], None]


def check(
    articles: Sequence[str | Path | Document],
    sources: Sequence[str | Path] = (),
    *,
    providers: Sequence[SourceProvider] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    remote: Remote | None = None,
    store: str | Path | None = None,
    accounts: Mapping[str, str] | None = None,
) -> Report:
    """Check every quote in ``articles`` against ``sources`` (files or folders).

    With ``remote``, also the sources fetched over the network or kept in the store:
    ``--source URL``, the article's links, its speakers' mapped accounts.
    ``accounts`` maps speaker names to post handles ("Jim Bridenstine": "@JimBridenstine").
    ``store``: the snapshot store folder (else ``QUOTECHECK_STORE``, else ``.quotecheck/``
    beside the first article); the match index of large sources is kept there.

    >>> report = check(["examples/change4/article.txt"], sources=["examples/change4/sources"])
    >>> report.summary()["quotes"]
    1
    """
    docs = [a if isinstance(a, Document) else load_document(str(a)) for a in articles]
    all_providers: list[SourceProvider] = list(providers)
    if sources:
        checked = [d.path for d in docs if d.path != "-"]
        all_providers.insert(0, FileSources([str(s) for s in sources], exclude=checked))
    if remote is not None and remote.store is not None:
        snapshot_store = remote.store
    else:
        near = next((str(a) for a in articles if not isinstance(a, Document) and str(a) != "-"), None)
        snapshot_store = Store(store_dir(store, near=near))
    if remote is not None:
        accounts = {**remote.accounts, **(accounts or {})}
    try:
        if remote is not None:
            from quotecheck.sources.remote import explain_missing, plan

            fetching = plan(docs, remote)
            all_providers += fetching.providers
            found, problems = gather(all_providers)
            report = check_documents(
                docs, found, [*fetching.problems, *problems], thresholds, progress, snapshot_store, accounts
            )
            return explain_missing(report, fetching.links, fetching.paragraphs)
        found, problems = gather(all_providers)
        return check_documents(docs, found, problems, thresholds, progress, snapshot_store, accounts)
    finally:
        snapshot_store.close()


def check_documents(
    docs: Sequence[Document],
    sources: list[Source],
    problems: list[SourceProblem],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    store: Store | None = None,
    accounts: Mapping[str, str] | None = None,
) -> Report:
    """The pipeline once articles are read and sources gathered: extract, match, judge."""
    matcher = (
        Matcher(sources, store=store, max_gap=thresholds.max_gap, accounts=accounts) if sources else None
    )
    reports = []
    for doc in docs:
        if progress:
            progress(doc.path)
        results: list[QuoteResult] = []
        for quote in extract_quotes(doc):
            if not quote.checkable:
                results.append(QuoteResult(quote, None))
                continue
            match = matcher.locate(quote.text, quote.speaker) if matcher else None
            known = matcher.known if matcher else ()
            results.append(judge(quote, match, matcher is not None, thresholds, accounts, known))
        reports.append(ArticleReport(doc.path, tuple(results), doc.raw, doc.kind))
    from quotecheck.suppress import suppress_report  # comments in the draft: ignored quotes

    return suppress_report(Report(__version__, tuple(reports), tuple(problems)), docs)
