"""What the CI layer adds to a run on a large archive: policy, baseline, the CI formats.

Builds a synthetic report of N quotes (each with findings at every level) in memory, then
prints the time of each step the CLI runs after verification: the policy mapping, writing
and applying a baseline, and rendering github, sarif and markdown. The figures show that
the CI layer stays small next to matching, even for a whole archive at once.

    python benchmarks/bench_ci.py [--quotes 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotecheck import __version__
from quotecheck.model import ArticleReport, Finding, Level, Quote, QuoteResult, Report, Span, Verdict
from quotecheck.newsroom.baseline import apply_baseline, read_baseline, write_baseline
from quotecheck.newsroom.policy import HouseStyle, Policy, apply_policy, failures
from quotecheck.report import formatter


def synthetic(quotes: int, per_article: int = 40) -> Report:
    articles = []
    for a in range(0, quotes, per_article):
        results = []
        for n in range(min(per_article, quotes - a)):
            line = 3 + 2 * n
            text = f"The reading room {a + n} opens at ten, and the library is open to everyone, um, here."
            quote = Quote(
                f"drafts/story-{a}.md#{n + 1}",
                text,
                100 * n,
                100 * n + len(text),
                line,
                2,
                line,
                2 + len(text),
                speaker="Sara Nunes",
                cue="said",
            )
            findings = (
                Finding(
                    "number_changed",
                    Level.ERROR,
                    "“ten” in the quote, “nine” in the source",
                    Span(quote.start, quote.end),
                ),
                Finding("unmarked_omission", Level.WARNING, "“and” left out without “…”"),
                Finding(
                    "case_changed", Level.INFO, "“The reading” in the quote, “the reading” in the source"
                ),
            )
            results.append(QuoteResult(quote, Verdict.ALTERED, 91.5, None, "[-nine-] {+ten+}", findings))
        articles.append(ArticleReport(f"drafts/story-{a}.md", tuple(results)))
    return Report(__version__, tuple(articles))


def timed(name: str, step: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    value = step()
    print(f"  {name:<28} {time.perf_counter() - t0:8.3f} s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotes", type=int, default=20_000)
    quotes = parser.parse_args().quotes
    report = synthetic(quotes)
    policy = Policy(levels={"case_changed": Level.WARNING}, house=HouseStyle(allow_filler_removal=True))
    print(f"{quotes} quotes, {3 * quotes} findings, {len(report.articles)} articles")
    mapped = timed("policy (levels, house style)", lambda: apply_policy(report, policy))
    timed("failures", lambda: failures(mapped, policy.fail_on))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baseline.json"
        timed("write baseline", lambda: write_baseline(mapped, path))
        print(f"  {'baseline size':<28} {path.stat().st_size / 1e6:8.1f} MB")
        known = timed("read baseline", lambda: read_baseline(path))
        timed("apply baseline", lambda: apply_baseline(mapped, known, "baseline.json"))
    for name in ("github", "sarif", "markdown"):
        text = timed(f"render {name}", lambda name=name: formatter(name).render(mapped))
        print(f"  {name + ' size':<28} {len(text) / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
