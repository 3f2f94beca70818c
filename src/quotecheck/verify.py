"""Verdict rules: judge the difference between a quote and its best source span.

The order matters and is conservative: a change of meaning (negation, number, name,
modality) can never come out as exact, equivalent or edited; typography alone can never
make a faithful quote fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.match.align import render_diff
from quotecheck.model import DiffOp, Finding, Level, Match, Quote, QuoteResult, Span, Verdict
from quotecheck.normalize import normalize

NEGATIONS = {"not", "no", "never", "n't", "nt", "none", "nobody", "nothing", "neither", "nor"}
MODALS = {"will", "would", "may", "might", "must", "can", "could", "shall", "should"}
NUMBER = re.compile(
    r"^\d[\d,.]*$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)$"
)


@dataclass(frozen=True)
class Thresholds:
    """Scores (0–100) below which a best span is not taken as the quote's source."""

    found: float = 70.0


DEFAULT_THRESHOLDS = Thresholds()


def judge(
    quote: Quote, match: Match | None, have_sources: bool, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> QuoteResult:
    """One verdict for ``quote`` given its best ``match`` (None when nothing was found)."""
    if not have_sources:
        return QuoteResult(
            quote,
            Verdict.UNVERIFIED,
            findings=(Finding("no_sources", Level.INFO, "no source to check against"),),
        )
    if match is None or match.score < thresholds.found:
        score = None if match is None else match.score
        return QuoteResult(
            quote,
            Verdict.NOT_FOUND,
            score,
            findings=(Finding("not_found", Level.ERROR, "no source contains these words"),),
        )
    diff = render_diff(match.ops)
    source_span = Span(match.start, match.end)
    findings = list(difference_findings(quote, match, source_span))
    said_by = match.said_by
    if quote.speaker and said_by and not same_person(quote.speaker, said_by):
        findings.insert(
            0,
            Finding(
                "speaker_mismatch",
                Level.ERROR,
                f"attributed to {quote.speaker}, but the source has these words from {said_by}",
                Span(quote.start, quote.end),
                source_span,
            ),
        )
        return QuoteResult(quote, Verdict.MISATTRIBUTED, match.score, match, diff, tuple(findings))
    verdict = verdict_from(findings, quote, match)
    return QuoteResult(quote, verdict, match.score, match, diff, tuple(findings))


def verdict_from(findings: list[Finding], quote: Quote, match: Match) -> Verdict:
    codes = {f.code for f in findings}
    if any(f.level is Level.ERROR for f in findings) or codes & {
        "wording_changed",
        "unmarked_omission",
        "unmarked_insertion",
    }:
        return Verdict.ALTERED
    if codes & {"ellipsis_omission", "bracketed_insertion", "sic"}:
        return Verdict.EDITED
    if normalize(quote.text).text.strip(" .,") == normalize(match.text).text.strip(" .,"):
        return Verdict.EXACT
    return Verdict.EQUIVALENT


def difference_findings(quote: Quote, match: Match, source_span: Span) -> list[Finding]:
    findings: list[Finding] = []
    qspan = Span(quote.start, quote.end)
    ops = list(match.ops)
    for i, op in enumerate(ops):
        if op.op == "equal":
            if normalize(op.quote_text).text != normalize(op.source_text).text:
                code = (
                    "case_changed"
                    if op.quote_text.lower() == op.source_text.lower()
                    else "punctuation_changed"
                )
                findings.append(
                    Finding(
                        code,
                        Level.INFO,
                        f"“{op.quote_text}” in the quote, “{op.source_text}” in the source",
                        qspan,
                        source_span,
                    )
                )
            continue
        findings.extend(classify(op, ops, i, qspan, source_span))
    return findings


def classify(op: DiffOp, ops: list[DiffOp], i: int, qspan: Span, sspan: Span) -> list[Finding]:
    quote_words = [w for w in op.quote_words if w != "…"]
    marked_omission = "…" in op.quote_words or neighbour_is_ellipsis(ops, i)
    brackets = [w for w in quote_words if w.startswith("[")]
    plain_quote = [w for w in quote_words if not w.startswith("[")]
    q, s = " ".join(op.quote_words), " ".join(op.source_words)
    if op.op == "dropped" and marked_omission:
        return [Finding("ellipsis_omission", Level.INFO, f"omission marked by “…”: {s}", qspan, sspan)]
    if op.op == "added" and not plain_quote:
        if not brackets:
            return []  # a lone ellipsis where nothing was left out
        if any(b.lower() == "[sic]" for b in brackets):
            return [Finding("sic", Level.INFO, "[sic] marks the source's own error", qspan, sspan)]
        return [Finding("bracketed_insertion", Level.INFO, f"editor's insertion {q}", qspan, sspan)]
    if op.op == "replace" and brackets and not plain_quote:
        return [Finding("bracketed_insertion", Level.INFO, f"{q} stands for “{s}”", qspan, sspan)]
    found = meaning_changes(plain_quote, list(op.source_words), qspan, sspan)
    if found:
        return found
    if op.op == "dropped":
        return [Finding("unmarked_omission", Level.WARNING, f"“{s}” left out without “…”", qspan, sspan)]
    if op.op == "added":
        return [Finding("unmarked_insertion", Level.WARNING, f"“{q}” is not in the source", qspan, sspan)]
    return [
        Finding("wording_changed", Level.WARNING, f"“{q}” in the quote, “{s}” in the source", qspan, sspan)
    ]


def neighbour_is_ellipsis(ops: list[DiffOp], i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(ops) and ops[j].op != "equal" and "…" in ops[j].quote_words:
            return True
    return False


def meaning_changes(
    quote_words: list[str], source_words: list[str], qspan: Span, sspan: Span
) -> list[Finding]:
    q = {w.lower().replace("’", "'") for w in expand(quote_words)}
    s = {w.lower().replace("’", "'") for w in expand(source_words)}
    changed = q ^ s
    detail = f"“{' '.join(quote_words)}” in the quote, “{' '.join(source_words)}” in the source"
    findings = []
    if changed & NEGATIONS:
        findings.append(Finding("negation_changed", Level.ERROR, detail, qspan, sspan))
    if any(NUMBER.match(w) for w in changed):
        findings.append(Finding("number_changed", Level.ERROR, detail, qspan, sspan))
    if changed & MODALS:
        findings.append(Finding("modality_changed", Level.ERROR, detail, qspan, sspan))
    caps = [w for w in quote_words + source_words if w[:1].isupper()]
    if (
        not findings
        and caps
        and {w for w in quote_words if w[:1].isupper()} != {w for w in source_words if w[:1].isupper()}
    ):
        findings.append(Finding("name_changed", Level.ERROR, detail, qspan, sspan))
    return findings


def expand(words: list[str]) -> list[str]:
    """Split contractions so that "won't" and "will not" both show their negation."""
    out: list[str] = []
    for w in words:
        lw = w.lower().replace("’", "'")
        if lw.endswith("n't"):
            out.extend([lw[:-3] or lw, "not"])
        else:
            out.append(lw)
    return out


def same_person(name: str, other: str) -> bool:
    """Loose name identity: "Jim Bridenstine" = "Bridenstine" = "BRIDENSTINE" = "@JimBridenstine"."""

    def keys(n: str) -> set[str]:
        return {w for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2}

    a, b = keys(name), keys(other)
    if a & b:
        return True
    flat_a, flat_b = "".join(a), re.sub(r"[^a-z]", "", other.lower())
    return any(k in flat_b for k in a if len(k) > 3) or any(k in flat_a for k in b if len(k) > 3)
