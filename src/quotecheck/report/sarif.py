"""SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer).

One rule per finding code, with help text; one result per finding with its level, the
quote's region (columns in Unicode code points, as quotecheck counts them, so
``columnKind`` says ``unicodeCodePoints``), and ``partialFingerprints`` from
quotecheck.newsroom.baseline so an alert keeps its identity when lines move. Ignored findings are
kept as results with a ``suppressions`` entry (inSource for a comment in the draft,
external for a baseline), which SARIF viewers show as suppressed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from quotecheck.model import Finding, Level, QuoteResult, Report
from quotecheck.newsroom.baseline import display_path, fingerprint_of
from quotecheck.report.base import Formatter

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}
FINGERPRINT_KEY = "quotecheck/v1"

RULES: dict[str, tuple[str, str]] = {
    "not_found": ("No source contains the quoted words", "Nothing in the sources reaches the match threshold: the quote may be invented, paraphrased, or its source is missing from the store."),
    "no_sources": ("Nothing to check against", "No source was given or configured, so the quote is unverified."),
    "speaker_mismatch": ("Words said by someone else", "The words are in a source, but said or posted by a different person than the one the article names: a misattribution."),
    "speaker_unconfirmed": ("Speaker not confirmed by the draft", "The words are in a source by the person the draft may mean, but the draft does not say so: it gives only a given name (“Vera” for a post by Vera Sal), or gives the words to that person's spokesperson, office or campaign. Not a misattribution; check who said them."),
    "negation_changed": ("Negation changed", "A negation (not, never, no, n't…) was added or removed: the quote says the opposite of the source."),
    "number_changed": ("Number changed", "A number differs between the quote and the source."),
    "modality_changed": ("Modality changed", "A modal verb (will, would, may, must, could…) differs: a promise became a possibility, or the reverse."),
    "name_changed": ("Name changed", "A proper name differs between the quote and the source."),
    "wording_changed": ("Words changed without marking", "The quote uses different words than the source, without brackets to mark an editor's change."),
    "unmarked_omission": ("Words left out without an ellipsis", "Words of the source are missing from the quote and no “…” marks the cut."),
    "unmarked_insertion": ("Words added without brackets", "The quote has words that are not in the source and are not in [brackets]."),
    "ellipsis_omission": ("Omission marked by an ellipsis", "Words were left out and the cut is marked with “…”, as style guides allow."),
    "bracketed_insertion": ("Editor's insertion in brackets", "A [bracketed] clarification stands in the quote, as style guides allow."),
    "sic": ("[sic] marks the source's own error", "The quote keeps an error of the original and marks it [sic]."),
    "case_changed": ("Capitalisation differs", "Only the case of letters differs from the source."),
    "punctuation_changed": ("Punctuation differs", "Only punctuation or spacing differs from the source once typography is normalised."),
    "filler_removed": ("Filler dropped (house style)", "A hesitation sound (um, uh) was dropped, which the house style allows."),
    "grammar_fixed": ("Grammar corrected (house style)", "A word was corrected for grammar (agreement, case), which the house style allows."),
}  # fmt: skip


def rule_name(code: str) -> str:
    return "".join(part.capitalize() for part in code.split("_"))


def rule(code: str, level: Level) -> dict[str, Any]:
    short, full = RULES.get(code, (code.replace("_", " ").capitalize(), f"quotecheck finding {code}."))
    return {
        "id": code,
        "name": rule_name(code),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {
            "text": f"{full} Compare the quote with the source in the report's diff; fix the quote, mark the edit, "
            'or suppress it with a reason (<!-- quotecheck: ignore reason="…" -->).',
            "markdown": f"{full}\n\nCompare the quote with the source (the diff in the message). Fix the quote, "
            'mark the edit (“…”, [brackets]), or suppress it with a reason: `<!-- quotecheck: ignore reason="…" -->`.',
        },
        "defaultConfiguration": {"level": SARIF_LEVEL[level]},
        "properties": {"tags": ["quotation", "accuracy"]},
    }


def result_message(result: QuoteResult, finding: Finding) -> str:
    q = result.quote
    verdict = result.verdict.value if result.verdict else "quote"
    text = f"{verdict}: {finding.message}."
    if q.speaker:
        text += f" Attributed to {q.speaker}."
    if result.match is not None:
        who = result.match.said_by
        text += f" Source: {result.match.source.locator}" + (f" ({who})." if who else ".")
    if result.diff and verdict != "exact":
        text += f" Diff: {result.diff}"
    return text


class SarifFormat(Formatter):
    def render(self, report: Report) -> str:
        # Compact: SARIF is read by machines, and GitHub caps uploads (10 MB gzipped).
        return json.dumps(sarif_log(report), ensure_ascii=False, separators=(",", ":")) + "\n"


def sarif_log(report: Report) -> dict[str, Any]:
    rule_index: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    prints = fingerprint_of(report)
    for ai, article in enumerate(report.articles):
        artifact = artifact_location(article.path)
        for qi, r in enumerate(article.quotes):
            if r.verdict is None:
                continue
            for fi, f in enumerate(r.findings):
                if f.code not in rule_index:
                    rule_index[f.code] = len(rules)
                    rules.append(rule(f.code, f.level))
                results.append(sarif_result(r, f, artifact, rule_index[f.code], prints[(ai, qi, fi)]))
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "quotecheck",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": [
                            {"level": "warning", "message": {"text": f"source {p.locator}: {p.message}"}}
                            for p in report.problems
                        ],
                    }
                ],
            }
        ],
    }


def artifact_location(path: str) -> dict[str, str]:
    """Relative to the checkout (%SRCROOT%), as code scanning wants; a file outside the
    current folder gets an absolute file: URI."""
    shown = display_path(path)
    if Path(shown).is_absolute():
        return {"uri": Path(shown).as_uri()}
    return {"uri": url_quote(shown), "uriBaseId": "%SRCROOT%"}


def sarif_result(
    r: QuoteResult, f: Finding, artifact: dict[str, str], index: int, fingerprint: str
) -> dict[str, Any]:
    q = r.quote
    region = {"startLine": q.line, "startColumn": q.column, "endLine": q.end_line, "endColumn": q.end_column}
    data: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": SARIF_LEVEL[f.level],
        "message": {"text": result_message(r, f)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {
            "verdict": r.verdict.value if r.verdict else None,
            "quote": q.text,
            "speaker": q.speaker,
        },
    }
    reason = f.ignored or q.ignored
    if reason is not None:
        kind = "external" if reason.startswith("in baseline ") else "inSource"
        data["suppressions"] = [{"kind": kind, "justification": reason}]
    return data
