"""The one place a newsroom's decisions meet a checked report.

verify.py says what changed between each quote and its source; the newsroom decides what
that means for it: quotes a writer suppressed in the draft, house style and per-code levels,
findings a baseline already knows, the minimum level shown, and what fails the run. Every
caller (the CLI, ``quotecheck.check`` and ``quotecheck.assess``) goes through ``decide``, so
a library user gets the same house policy as the command line, in the same order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.model import Level, QuoteResult, Report
from quotecheck.newsroom.policy import Policy, apply_policy, failures, shown

if TYPE_CHECKING:
    from quotecheck.article import Document
    from quotecheck.verify import Thresholds


@dataclass(frozen=True)
class Outcome:
    """A report as the newsroom sees it, and what in it fails the run."""

    report: Report
    """Suppressed quotes and baselined findings marked ignored, house style and levels
    applied, findings below the policy's minimum level left out."""
    failing: tuple[tuple[str, QuoteResult], ...] = ()
    """(article path, quote) for each quote that reaches the policy's ``fail_on``."""
    policy: Policy = field(default_factory=Policy)

    @property
    def failed(self) -> bool:
        """True when something reached the failure level: the CLI's exit code 1."""
        return bool(self.failing)


def decide(
    report: Report,
    docs: Sequence[Document] = (),
    policy: Policy | None = None,
    baseline: str | Path | Counter[str] | None = None,
    baseline_name: str | None = None,
) -> Outcome:
    """Apply, in this order: suppression comments in ``docs`` (the articles of ``report``,
    in the same order; none given: no suppression), the policy (speakers the newsroom maps
    to one person, house style, levels), the ``baseline`` (a file written by
    ``--write-baseline`` or its fingerprints), then decide what fails and what is shown."""
    policy = policy or Policy()
    if docs:
        from quotecheck.newsroom.suppress import suppress_report

        report = suppress_report(report, docs)
    report = apply_policy(report, policy)
    if baseline is not None:
        from quotecheck.newsroom.baseline import apply_baseline, read_baseline

        if isinstance(baseline, Counter):
            known, name = baseline, baseline_name or "baseline"
        else:
            known, name = read_baseline(Path(baseline)), baseline_name or Path(baseline).name
        report, _ = apply_baseline(report, known, name)
    failing = failures(report, policy.fail_on, policy.min_level)
    return Outcome(shown(report, policy.min_level), tuple(failing), policy)


def thresholds_for(thresholds: Thresholds, policy: Policy | None) -> Thresholds:
    """The verification thresholds with the policy's per-code levels in them: a level
    changes a verdict (an error-level finding makes a quote ``altered``), so verify must
    know the levels the policy will show."""
    if policy is None or not policy.levels:
        return thresholds
    levels = dict(thresholds.levels)
    levels.update({code: Level(level).value for code, level in policy.levels.items()})
    return replace(thresholds, levels=tuple(sorted(levels.items())))
