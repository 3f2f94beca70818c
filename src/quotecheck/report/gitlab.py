"""GitLab Code Quality: the subset of the Code Climate format GitLab's merge requests read.

A job's ``artifacts:reports:codequality`` file is a JSON list of issues, each with a
description, a check name, a fingerprint unique to the issue, a severity (info, minor,
major, critical, blocker) and a location (path, first line). GitLab shows them in the
merge request widget and, where available, on the changed lines. The fingerprints are
quotecheck's own (quotecheck.newsroom.baseline), so an issue keeps its identity across pipelines.
Ignored findings are left out: GitLab has no notion of a suppressed issue.
"""

from __future__ import annotations

import json
from typing import Any

from quotecheck.model import Level, Report
from quotecheck.newsroom.baseline import display_path, fingerprint_of
from quotecheck.report.base import Formatter, shorten

SEVERITY = {Level.ERROR: "critical", Level.WARNING: "major", Level.INFO: "info"}


class GitlabFormat(Formatter):
    def render(self, report: Report) -> str:
        prints = fingerprint_of(report)
        issues: list[dict[str, Any]] = []
        for ai, article in enumerate(report.articles):
            path = display_path(article.path)
            for qi, r in enumerate(article.quotes):
                if r.verdict is None or r.quote.ignored is not None:
                    continue
                for fi, f in enumerate(r.findings):
                    if f.ignored is not None:
                        continue
                    q = r.quote
                    who = f" ({q.speaker})" if q.speaker else ""
                    issues.append(
                        {
                            "description": f"{r.verdict.value}: {f.message} — “{shorten(q.text, 120)}”{who}",
                            "check_name": f"quotecheck/{f.code}",
                            "fingerprint": prints[(ai, qi, fi)],
                            "severity": SEVERITY[f.level],
                            "location": {"path": path, "lines": {"begin": q.line, "end": q.end_line}},
                        }
                    )
        return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
