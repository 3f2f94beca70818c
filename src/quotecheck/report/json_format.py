"""The JSON report: the contract of DESIGN.md that other tools read. Add fields, never rename."""

from __future__ import annotations

import json
from typing import Any

from quotecheck.model import Finding, Match, QuoteResult, Report
from quotecheck.report.base import Formatter


class JsonFormat(Formatter):
    """Same document as ``json.dumps(report_dict(report), indent=2)``, but each quote is
    serialised as soon as it is built: a million quotes never exist as dicts all at once."""

    def render(self, report: Report) -> str:
        def dump(value: Any, indent: str) -> str:
            return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)

        parts = ['{\n  "quotecheck": ', dump(report.version, ""), ',\n  "articles": [']
        for i, article in enumerate(report.articles):
            parts.append(
                ("," if i else "")
                + '\n    {\n      "path": '
                + dump(article.path, "")
                + ',\n      "quotes": ['
            )
            for j, result in enumerate(article.quotes):
                parts.append(("," if j else "") + "\n        " + dump(quote_dict(result), "        "))
            parts.append("\n      ]" if article.quotes else "]")
            parts.append("\n    }")
        parts.append("\n  ]" if report.articles else "]")
        problems = [{"source": p.locator, "message": p.message} for p in report.problems]
        parts.append(',\n  "summary": ' + dump(report.summary(), "  "))
        parts.append(',\n  "problems": ' + dump(problems, "  ") + "\n}\n")
        return "".join(parts)


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "quotecheck": report.version,
        "articles": [{"path": a.path, "quotes": [quote_dict(r) for r in a.quotes]} for a in report.articles],
        "summary": report.summary(),
        "problems": [{"source": p.locator, "message": p.message} for p in report.problems],
    }


def quote_dict(result: QuoteResult) -> dict[str, Any]:
    q = result.quote
    data: dict[str, Any] = {
        "id": q.id,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "line": q.line,
        "column": q.column,
        "end_line": q.end_line,
        "end_column": q.end_column,
        "speaker": q.speaker,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
        "group": q.group,
        "attributed_by": q.attributed_by,
        "verdict": result.verdict.value if result.verdict else None,
        "score": result.score,
        "match": match_dict(result.match) if result.match else None,
        "diff": result.diff,
        "findings": [finding_dict(f) for f in result.findings],
    }
    if q.speaker_role is not None:
        data["speaker_role"] = q.speaker_role
    if q.ignored is not None:
        data["ignored"] = q.ignored
    return data


def match_dict(match: Match) -> dict[str, Any]:
    s = match.source
    data: dict[str, Any] = {
        "source": s.locator_at(match.start),
        "kind": s.kind,
        "author": s.handle or s.author,
        "said_by": match.said_by,
        "published": s.published,
        "retrieved": s.retrieved,
        "snapshot": s.snapshot,
        "text": match.text,
        "start": match.start,
        "end": match.end,
    }
    if s.via is not None:
        data["via"] = s.via
    return data


def finding_dict(f: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {"code": f.code, "level": f.level.value, "message": f.message}
    if f.quote_span:
        data["quote_start"], data["quote_end"] = f.quote_span.start, f.quote_span.end
    if f.source_span:
        data["source_start"], data["source_end"] = f.source_span.start, f.source_span.end
    if f.ignored is not None:
        data["ignored"] = f.ignored
    return data
