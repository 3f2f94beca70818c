"""One CLI run's decisions, out of the CLI: which articles, which settings, what fails.

Precedence, as Vale has it: a command-line option wins over the configuration file, an
explicit ``--config`` wins over the file found by walking up from the article, and that
wins over the defaults. Kept apart from cli.py so that the order is tested as a function
and the CLI stays a thin layer of options.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck.errors import QuotecheckError
from quotecheck.model import Report
from quotecheck.newsroom.config import Config, load_config, thresholds_of
from quotecheck.newsroom.policy import FailOn, Policy, PolicyError, parse_level


@dataclass(frozen=True)
class Options:
    """The command-line values; None means "not given" (the file or the default applies)."""

    articles: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    output_format: str | None = None
    fail_on: str | None = None
    min_level: str | None = None
    config: Path | None = None
    baseline: Path | None = None
    changed_since: str | None = None
    files_from: str | None = None
    writing_baseline: bool = False


@dataclass(frozen=True)
class Plan:
    articles: list[str]
    selected: bool
    """True when the articles came from --changed-since/--files-from (an empty list is fine)."""
    config: Config
    policy: Policy
    sources: list[str]
    thresholds: Any
    output_format: str
    baseline: Path | None

    def github_summary(self, report: Report) -> None:
        path = os.environ.get("GITHUB_STEP_SUMMARY")
        if path:
            from quotecheck.report.github import append_step_summary

            try:
                append_step_summary(report, path)
            except OSError as exc:
                raise QuotecheckError(f"GITHUB_STEP_SUMMARY {path}: cannot write ({exc.strerror})") from None


def prepare(options: Options) -> Plan:
    articles = list(options.articles)
    selected = options.changed_since is not None or options.files_from is not None
    if selected:
        from quotecheck.newsroom.changed import changed_since, files_from, select_articles

        candidates = []
        if options.changed_since is not None:
            candidates += changed_since(options.changed_since)
        if options.files_from is not None:
            candidates += files_from(options.files_from)
        articles = select_articles(candidates, [a for a in articles if a != "-"])
    near = next((a for a in articles if a != "-"), None)
    config = load_config(options.config, near)
    try:
        fail_on = FailOn.parse(options.fail_on) if options.fail_on is not None else None
        min_level = parse_level(options.min_level, "--min-level") if options.min_level is not None else None
    except PolicyError as exc:
        raise QuotecheckError(str(exc)) from None
    output_format = options.output_format or config.format or "table"
    from quotecheck.report import FORMATS

    if output_format not in FORMATS:
        raise QuotecheckError(
            f"{config.path}: unknown format {output_format!r} (choose from {', '.join(FORMATS)})"
        )
    baseline = options.baseline or (Path(config.baseline) if config.baseline else None)
    if baseline is not None and options.writing_baseline and not baseline.exists():
        baseline = None  # the first --write-baseline makes the file the config names
    try:
        thresholds = thresholds_of(config)
    except (TypeError, ValueError) as exc:
        raise QuotecheckError(f"{config.path}: thresholds: {exc}") from None
    return Plan(
        articles=articles,
        selected=selected,
        config=config,
        policy=config.policy(fail_on, min_level),
        sources=list(options.sources) or list(config.sources),
        thresholds=thresholds,
        output_format=output_format,
        baseline=baseline,
    )
