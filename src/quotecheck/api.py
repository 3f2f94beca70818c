"""The library entry point the CLI, the tests and other programs call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck import __version__
from quotecheck.article import Document, load_document
from quotecheck.embedded_posts import looked_up, unchecked_posts
from quotecheck.extract import extract_quotes
from quotecheck.match import Matcher
from quotecheck.model import ArticleReport, Quote, QuoteResult, Report, Source, SourceProblem
from quotecheck.newsroom.decide import Outcome, decide, thresholds_for
from quotecheck.newsroom.policy import Policy
from quotecheck.progress import SILENT
from quotecheck.sources import FileSources, SourceProvider, gather
from quotecheck.store import Store, store_dir
from quotecheck.verify import DEFAULT_THRESHOLDS, Thresholds, judge

if TYPE_CHECKING:
    from quotecheck.progress import Progress as Bars
    from quotecheck.sources.remote import Remote
    from quotecheck.sources.safe_http import FetchLimits

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
    policy: Policy | None = None,
    baseline: str | Path | None = None,
    whole_page: bool = False,
    bars: Bars | None = None,
) -> Report:
    """Check every quote in ``articles`` against ``sources`` (files or folders).

    With ``remote``, also the sources fetched over the network or kept in the store:
    ``--source URL``, the article's links, its speakers' mapped accounts.
    ``accounts`` maps speaker names to post handles ("Jim Bridenstine": "@JimBridenstine").
    ``store``: the snapshot store folder (else ``QUOTECHECK_STORE``, else ``.quotecheck/``
    beside the first article); the match index of large sources is kept there.
    ``policy`` and ``baseline``: the newsroom's rules, applied as the CLI applies them
    (suppression comments in the draft always are); :func:`assess` also says what fails.
    ``whole_page``: read every part of a saved HTML or text page (menus, teasers, sign-up
    boxes), not only the article body.
    ``bars``: progress bars for long work (reading a large archive, building its index).

    >>> report = check(["examples/change4/article.txt"], sources=["examples/change4/sources"])
    >>> report.summary()["quotes"], report.summary()["equivalent"]
    (1, 1)
    """
    return assess(
        articles,
        sources,
        providers=providers,
        thresholds=thresholds,
        progress=progress,
        remote=remote,
        store=store,
        accounts=accounts,
        policy=policy,
        baseline=baseline,
        whole_page=whole_page,
        bars=bars,
    ).report


def assess(
    articles: Sequence[str | Path | Document],
    sources: Sequence[str | Path] = (),
    *,
    providers: Sequence[SourceProvider] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    remote: Remote | None = None,
    store: str | Path | None = None,
    accounts: Mapping[str, str] | None = None,
    policy: Policy | None = None,
    baseline: str | Path | None = None,
    whole_page: bool = False,
    bars: Bars | None = None,
) -> Outcome:
    """:func:`check`, with the newsroom's decision: the report as shown (suppression,
    house style, levels, baseline, minimum level) and the quotes that fail the run.

    >>> from quotecheck.model import Level
    >>> from quotecheck.newsroom import FailOn, Policy
    >>> strict = Policy(levels={"punctuation_changed": Level.ERROR}, fail_on=FailOn.parse("error"))
    >>> outcome = assess(["examples/change4/article.txt"], ["examples/change4/sources"], policy=strict)
    >>> [(r.quote.speaker, r.verdict.value) for _, r in outcome.failing]
    [('Jim Bridenstine', 'altered')]
    """
    docs = [a if isinstance(a, Document) else load_document(str(a), whole_page=whole_page) for a in articles]
    if policy is not None:
        accounts = {**policy.accounts, **(accounts or {})}
    thresholds = thresholds_for(thresholds, policy)
    all_providers: list[SourceProvider] = list(providers)
    if remote is not None and remote.store is not None:
        snapshot_store = remote.store
    else:
        near = next((str(a) for a in articles if not isinstance(a, Document) and str(a) != "-"), None)
        snapshot_store = Store(store_dir(store, near=near))
    checked = [d.path for d in docs if d.path != "-"]
    reading = bars.task if bars else None
    local = (
        FileSources([str(s) for s in sources], exclude=checked, store=snapshot_store, bars=reading)
        if sources
        else None
    )
    if remote is not None:
        accounts = {**remote.accounts, **(accounts or {})}
    try:
        found, problems = gather([local]) if local is not None else ([], [])
        local_problems = list(problems)
        with (bars or SILENT).fetches() as count:
            if remote is not None:
                from quotecheck.sources.remote import plan

                fetching = plan(docs, remote, count)
                all_providers += fetching.providers
                problems += fetching.problems
            more, more_problems = gather(all_providers)
        report = check_documents(
            docs,
            [*found, *more],
            [*problems, *more_problems],
            thresholds,
            progress,
            snapshot_store,
            accounts,
            bars,
        )
    finally:
        snapshot_store.close()
    if remote is not None:
        from quotecheck.sources.provenance import note_provenance
        from quotecheck.sources.remote import explain_missing

        report = explain_missing(note_provenance(report), fetching.links, fetching.paragraphs)
    if local_problems:
        from quotecheck.sources.unreadable import explain_unreadable, unreadable

        report = explain_unreadable(report, unreadable(local_problems, checked))
    return decide(report, docs, policy, baseline)


@dataclass(frozen=True)
class Fetched:
    """What :func:`fetch` did: sources now in the store, and those that could not be had."""

    kept: int
    problems: tuple[SourceProblem, ...]
    store: Path


def fetch(
    articles: Sequence[str | Path | Document],
    urls: Sequence[str] = (),
    *,
    store: str | Path | None = None,
    refresh: bool = False,
    follow_links: bool = True,
    accounts: Mapping[str, str] | Sequence[str] = (),
    limits: FetchLimits | None = None,
    notify: Callable[[str], None] | None = None,
    bars: Bars | None = None,
) -> Fetched:
    """Fill the snapshot store with every source ``articles`` need (their links, ``urls``,
    the posts of ``accounts`` around each article's date), so that later checks can run
    offline: ``quotecheck fetch``. ``limits`` (``FetchLimits``): deadlines, size cap, which
    hosts (``hosts=HostPolicy(allow_private=True)`` for an intranet), the Wayback Machine
    for dead links (``wayback=False`` turns it off). ``bars``: progress of the fetches."""
    from quotecheck.sources.remote import fill_store, open_remote

    docs = [a if isinstance(a, Document) else load_document(str(a)) for a in articles]
    names = [str(a) for a in articles if not isinstance(a, Document)]
    remote = open_remote(
        names, store=store, refresh=refresh, urls=urls, follow_links=follow_links, accounts=accounts,
        limits=limits, notify=notify,
    )  # fmt: skip
    assert remote.store is not None
    try:
        kept, problems = fill_store(docs, remote, bars)
    finally:
        remote.store.close()
    return Fetched(kept, tuple(problems), remote.store.root)


SPLIT_REACH = 200
"""How far (in characters) the draft's next quote may start after one and still be its rest."""


def next_quote_words(quotes: Sequence[Quote], k: int) -> str:
    """The words of the checkable quote after ``quotes[k]`` when it is the rest of the same
    split utterance (one group) and starts within SPLIT_REACH characters ("“The plan is,” she
    said, “not dead.”"), else "": another person's "Not yet" is no rest of hers."""
    here = quotes[k]
    for later in quotes[k + 1 :]:
        if later.checkable:
            same = here.group is not None and later.group == here.group
            return later.text if same and later.start - here.end <= SPLIT_REACH else ""
    return ""


def check_documents(
    docs: Sequence[Document],
    sources: list[Source],
    problems: list[SourceProblem],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    store: Store | None = None,
    accounts: Mapping[str, str] | None = None,
    bars: Bars | None = None,
) -> Report:
    """The pipeline once articles are read and sources gathered: extract, match, judge.
    The newsroom's decisions (suppression, policy, baseline) come after, in ``decide``."""
    matcher = (
        Matcher(sources, store=store, max_gap=thresholds.max_gap, accounts=accounts, progress=bars)
        if sources
        else None
    )
    had = looked_up(sources, problems)
    reports = []
    for doc in docs:
        if progress:
            progress(doc.path)
        results: list[QuoteResult] = []
        quotes = extract_quotes(doc)
        for k, quote in enumerate(quotes):
            if not quote.checkable:
                results.append(QuoteResult(quote, None))
                continue
            match = matcher.locate(quote.text, quote.speaker) if matcher else None
            known = matcher.known if matcher else ()
            after = next_quote_words(quotes, k)
            results.append(judge(quote, match, matcher is not None, thresholds, accounts, known, after))
        results = unchecked_posts(doc, results, had)
        reports.append(ArticleReport(doc.path, tuple(results), doc.raw, doc.kind))
    return Report(__version__, tuple(reports), tuple(problems))
