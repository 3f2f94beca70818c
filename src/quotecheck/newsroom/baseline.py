"""Fingerprints and baselines: a legacy archive fails only on new problems.

A finding's fingerprint is made of what it is about, not where it is: the article's path,
the finding code, the speaker and the quoted words (whitespace and typography folded),
plus a count for repeats of the same key in one article. A paragraph added above a quote
moves its line but keeps its fingerprint; rewording the quote gives a new one, as it
should. SARIF's ``partialFingerprints`` carry the same value, so code scanning keeps an
alert's identity across runs.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotecheck.errors import QuotecheckError
from quotecheck.model import Finding, QuoteResult, Report
from quotecheck.normalize import normalize

FORMAT_VERSION = 1


def display_path(path: str, base: Path | None = None) -> str:
    """A path as reports and fingerprints name it: relative to ``base`` (the current folder)
    when it lies inside it, with forward slashes, so Linux CI and a Windows laptop agree."""
    if path == "-":
        return path
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to((base or Path.cwd()).resolve())
        except ValueError:
            return p.as_posix()
    return p.as_posix().removeprefix("./")


def quote_key(shown_path: str, result: QuoteResult) -> str:
    """What a quote's fingerprints share: where (the file, as display_path names it), who
    and the words."""
    words = " ".join(normalize(result.quote.text).text.lower().split())
    speaker = (result.quote.speaker or "").lower()
    return "\x1f".join([shown_path, speaker, words])


def fingerprint_key(path: str, result: QuoteResult, finding: Finding) -> str:
    return f"{quote_key(display_path(path), result)}\x1f{finding.code}"


def fingerprints(report: Report) -> Iterator[tuple[str, QuoteResult, Finding, str]]:
    """Every finding with its fingerprint, in report order."""
    for _, article, result, finding, digest in located_fingerprints(report):
        yield article, result, finding, digest


def located_fingerprints(
    report: Report,
) -> Iterator[tuple[tuple[int, int, int], str, QuoteResult, Finding, str]]:
    for ai, article in enumerate(report.articles):
        seen: Counter[str] = Counter()
        shown = display_path(article.path)
        for qi, result in enumerate(article.quotes):
            base = quote_key(shown, result) if result.findings else ""
            for fi, finding in enumerate(result.findings):
                key = f"{base}\x1f{finding.code}"
                seen[key] += 1
                digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32]
                yield (ai, qi, fi), article.path, result, finding, digest


def fingerprint_of(report: Report) -> dict[tuple[int, int, int], str]:
    """Fingerprint by (article, quote, finding) index: what the formats look up."""
    return {pos: fp for pos, _, _, _, fp in located_fingerprints(report)}


def write_baseline(report: Report, path: Path) -> int:
    """Record every finding not ignored by a comment in the draft (those a previous
    baseline knew stay recorded, so rewriting a baseline never forgets them); returns how
    many."""
    entries = [
        {
            "fingerprint": fp,
            "path": display_path(article),
            "code": f.code,
            "level": f.level.value,
            "quote": r.quote.text,
            "line": r.quote.line,
        }
        for article, r, f, fp in fingerprints(report)
        if r.quote.ignored is None and (f.ignored is None or f.ignored.startswith("in baseline "))
    ]
    # One finding a line: the file is committed, and its diffs should read as what changed.
    lines = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries)
    text = f'{{\n  "quotecheck_baseline": {FORMAT_VERSION},\n  "findings": [\n{lines}\n  ]\n}}\n'
    from quotecheck.writing import replace_file

    try:
        replace_file(path, text)
    except OSError as exc:
        raise QuotecheckError(f"{path}: cannot write ({exc.strerror})") from None
    return len(entries)


def read_baseline(path: Path) -> Counter[str]:
    from quotecheck.decoding import read_capped

    try:  # capped: --baseline /dev/zero (or a pipe that never ends) read until memory ran out
        data: Any = json.loads(read_capped(path).decode("utf-8"))
    except FileNotFoundError:
        raise QuotecheckError(f"--baseline {path}: no such file (make one with --write-baseline)") from None
    except (OSError, ValueError) as exc:  # ValueError: bad JSON, or NotText (a device, binary)
        raise QuotecheckError(f"--baseline {path}: not a quotecheck baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("quotecheck_baseline") != FORMAT_VERSION:
        raise QuotecheckError(f"--baseline {path}: not a quotecheck baseline (version {FORMAT_VERSION})")
    findings = data.get("findings", [])
    if not isinstance(findings, list) or not all(
        isinstance(e, dict) and "fingerprint" in e for e in findings
    ):
        # a hand-edited or merge-mangled file: say so rather than forgive nothing or crash
        raise QuotecheckError(f"--baseline {path}: `findings` must be a list of objects with a fingerprint")
    return Counter(str(e["fingerprint"]) for e in findings)


def apply_baseline(report: Report, known: Counter[str], name: str) -> tuple[Report, set[str]]:
    """Mark findings already in the baseline as ignored ("in baseline FILE"); returns the
    report and the fingerprints that were matched. Each baseline entry forgives one finding,
    so a problem copied to a second place is new."""
    left = Counter(known)
    reason = f"in baseline {name}"
    marked: dict[tuple[int, int, int], Finding] = {}
    matched: set[str] = set()
    for pos, _, _, finding, fp in located_fingerprints(report):
        if finding.ignored is None and left[fp] > 0:
            left[fp] -= 1
            matched.add(fp)
            marked[pos] = replace(finding, ignored=reason)
    if not marked:
        return report, matched
    articles = []
    for ai, article in enumerate(report.articles):
        quotes = []
        for qi, result in enumerate(article.quotes):
            findings = tuple(marked.get((ai, qi, fi), f) for fi, f in enumerate(result.findings))
            quotes.append(replace(result, findings=findings))
        articles.append(replace(article, quotes=tuple(quotes)))
    return replace(report, articles=tuple(articles)), matched
