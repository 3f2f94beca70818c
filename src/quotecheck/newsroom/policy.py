"""What a newsroom decides after verification: levels, house style, what fails, what shows.

verify.py says what changed between a quote and its source; a newsroom's rules say how much
that matters. Keeping those rules here, as a mapping over a finished Report, means one
verification serves every house style, and the verdict rules stay in one place.
Conventions follow Vale (the prose linter): levels error/warning/info (Vale's
"suggestion" is accepted for info), a minimum level for what is shown, and failure on a
level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from quotecheck.model import VERDICTS, Finding, Level, QuoteResult, Report, Verdict

LEVEL_NAMES = ("error", "warning", "info")
LEVEL_ALIASES = {"suggestion": "info", "notice": "info", "note": "info"}
DEFAULT_FAIL_ON = ("altered", "stitched", "misattributed", "not_found")

FILLERS = frozenset({"um", "uh", "er", "erm", "ah", "uhm", "umm", "hmm", "mm"})
"""Hesitation sounds some style guides let a writer drop without marking the omission."""

REWORDING = {"wording_changed", "unmarked_omission", "unmarked_insertion"}
"""Finding codes a house style may forgive (never a change of meaning)."""


class PolicyError(ValueError):
    """A bad level, verdict or key in the options or the configuration."""


def parse_level(value: str, what: str = "level") -> Level:
    name = value.strip().lower()
    name = LEVEL_ALIASES.get(name, name)
    if name not in LEVEL_NAMES:
        raise PolicyError(f"{what}: unknown level {value!r} (choose from {', '.join(LEVEL_NAMES)})")
    return Level(name)


@dataclass(frozen=True)
class FailOn:
    """What makes the exit code 1: findings at or above a level, and/or verdicts.

    ``--fail-on`` takes both kinds of names so that the verdict lists of earlier versions
    keep working next to Vale-style levels: ``error``, ``warning,misattributed``, ``none``.
    """

    level: Level | None = None
    verdicts: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: str | Iterable[str], what: str = "--fail-on") -> FailOn:
        items = value.split(",") if isinstance(value, str) else list(value)
        names = {str(v).strip().lower() for v in items if str(v).strip()}
        if not names:  # "", ",", [] would mean "never fail" without saying so: a silent green
            raise PolicyError(
                f"{what}: empty; name levels or verdicts to fail on (e.g. error), or none to never fail"
            )
        if "none" in names and len(names) > 1:
            raise PolicyError(
                f"{what}: none (never fail) cannot be combined with {', '.join(sorted(names - {'none'}))}"
            )
        level: Level | None = None
        verdicts: set[str] = set()
        for name in sorted(names - {"none"}):
            if name in VERDICTS:
                verdicts.add(name)
            elif name in LEVEL_NAMES or name in LEVEL_ALIASES:
                candidate = parse_level(name, what)
                if level is None or candidate.rank < level.rank:
                    level = candidate
            else:
                raise PolicyError(
                    f"{what}: unknown verdict {name} (choose from levels {', '.join(LEVEL_NAMES)}; "
                    f"verdicts {', '.join(VERDICTS)}; or none)"
                )
        return cls(level, frozenset(verdicts))

    def describe(self) -> str:
        parts = ([f"findings at level {self.level} or above"] if self.level else []) + sorted(self.verdicts)
        return ", ".join(parts) or "none"


@dataclass(frozen=True)
class HouseStyle:
    """Edits a style guide permits without marking them (both off: the strict AP reading)."""

    allow_filler_removal: bool = False
    allow_grammar_fixes: bool = False


@dataclass(frozen=True)
class Policy:
    levels: Mapping[str, Level] = field(default_factory=dict)
    """Per finding code, the level to report it at (Vale: ``Style.Rule = warning``)."""
    house: HouseStyle = field(default_factory=HouseStyle)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """A person's name and the other names, handles and titles that stand for them."""
    accounts: Mapping[str, str] = field(default_factory=dict)
    """Speaker name -> the account (an X handle) that speaks for them."""
    min_level: Level = Level.INFO
    fail_on: FailOn = field(default_factory=lambda: FailOn(None, frozenset(DEFAULT_FAIL_ON)))


def apply_policy(report: Report, policy: Policy) -> Report:
    """The report as the newsroom's rules see it: speakers, house style, then levels."""
    articles = []
    for article in report.articles:
        results = tuple(adjust(r, policy) for r in article.quotes)
        articles.append(replace(article, quotes=results))
    return replace(report, articles=tuple(articles))


def adjust(result: QuoteResult, policy: Policy) -> QuoteResult:
    if result.verdict is None:
        return result
    result = forgive_known_speaker(result, policy)
    result = forgive_house_edits(result, policy.house)
    if policy.levels:
        findings = tuple(
            replace(f, level=policy.levels[f.code]) if f.code in policy.levels else f for f in result.findings
        )
        result = replace(result, findings=findings)
    return result


def shown(report: Report, min_level: Level) -> Report:
    """Only findings at ``min_level`` or above (Vale's MinAlertLevel); quotes all stay."""
    if min_level is Level.INFO:
        return report
    articles = []
    for article in report.articles:
        results = tuple(
            replace(r, findings=tuple(f for f in r.findings if f.level.rank >= min_level.rank))
            for r in article.quotes
        )
        articles.append(replace(article, quotes=results))
    return replace(report, articles=tuple(articles))


def failures(report: Report, fail_on: FailOn, min_level: Level = Level.INFO) -> list[tuple[str, QuoteResult]]:
    """The (article path, quote) pairs that make the run fail. Ignored and baselined
    findings never count; a quote whose every finding is ignored does not fail by verdict.
    Findings below ``min_level`` are not shown, so they cannot fail the run by level."""
    if fail_on.level is not None and fail_on.level.rank < min_level.rank:
        fail_on = FailOn(min_level, fail_on.verdicts)
    out = []
    for article in report.articles:
        for r in article.quotes:
            if r.verdict is None or r.quote.ignored is not None:
                continue
            live = [f for f in r.findings if f.ignored is None]
            by_level = fail_on.level is not None and any(f.level.rank >= fail_on.level.rank for f in live)
            by_verdict = r.verdict.value in fail_on.verdicts and (live or not r.findings)
            if by_level or by_verdict:
                out.append((article.path, r))
    return out


def reverdict(findings: list[Finding], result: QuoteResult) -> Verdict:
    """The verdict verify.py's rules give these findings. verify.verdict_from is the one
    place those rules live; its signature is (findings) or (findings, quote, match)
    depending on the version, so ask it in the form it takes."""
    import inspect

    from quotecheck import verify

    rule: Any = verify.verdict_from
    if len(inspect.signature(rule).parameters) == 1:
        verdict: Verdict = rule(findings)
    else:
        verdict = rule(findings, result.quote, result.match)
    return verdict


# --- speakers: aliases and accounts ---------------------------------------------------


def name_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9_]+", name.lower().lstrip("@")))


def same_by_config(speaker: str, said_by: str, policy: Policy) -> bool:
    """True when the configuration says the two names stand for one person."""
    a, b = name_key(speaker), name_key(said_by)
    for person, others in policy.aliases.items():
        names = {name_key(person), *(name_key(o) for o in others)}
        if a in names and b in names:
            return True
    return any({a, b} == {name_key(p), name_key(acct)} for p, acct in policy.accounts.items())


def forgive_known_speaker(result: QuoteResult, policy: Policy) -> QuoteResult:
    """A "misattribution" between two names the newsroom maps to one person is none, nor is a
    speaker the draft left unconfirmed ("Vera" mapped to Vera Sal)."""
    codes = {"speaker_mismatch", "speaker_unconfirmed"}
    if result.match is None or not codes & {f.code for f in result.findings}:
        return result
    speaker, said_by = result.quote.speaker, result.match.said_by
    if not speaker or not said_by or not same_by_config(speaker, said_by, policy):
        return result
    findings = [f for f in result.findings if f.code not in codes]
    verdict = reverdict(findings, result) if result.verdict is Verdict.MISATTRIBUTED else result.verdict
    return replace(result, verdict=verdict, findings=tuple(findings))


# --- house style -----------------------------------------------------------------------


def is_filler_op(words: Iterable[str]) -> bool:
    cleaned = [w.strip(",.;:!?—–-").lower() for w in words]
    cleaned = [w for w in cleaned if w]
    return bool(cleaned) and all(w in FILLERS for w in cleaned)


GRAMMAR_PAIRS = frozenset(
    frozenset(pair)
    for pair in (
        ("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"), ("me", "i"),
        ("who", "whom"), ("him", "he"), ("her", "she"), ("them", "they"), ("us", "we"),
        ("less", "fewer"),
    )
)  # fmt: skip
AGREEMENT_ENDINGS = ("", "s", "es")


def is_grammar_fix(quote_words: tuple[str, ...], source_words: tuple[str, ...]) -> bool:
    """One word for one word that fixes agreement or case (was/were, go/goes, me/I,
    who/whom), never a new word or a new tense: "planned" for "plans" is not grammar."""
    if len(quote_words) != 1 or len(source_words) != 1:
        return False
    q, s = quote_words[0].lower().strip(",.;:!?"), source_words[0].lower().strip(",.;:!?")
    if q == s or not q.isalpha() or not s.isalpha():
        return False
    if frozenset((q, s)) in GRAMMAR_PAIRS:
        return True
    stem = 0
    while stem < min(len(q), len(s)) and q[stem] == s[stem]:
        stem += 1
    return stem >= 2 and q[stem:] in AGREEMENT_ENDINGS and s[stem:] in AGREEMENT_ENDINGS


def forgive_house_edits(result: QuoteResult, house: HouseStyle) -> QuoteResult:
    """Re-read unmarked edits the house style permits as marked ones (verdict edited)."""
    if result.match is None or result.verdict is not Verdict.ALTERED:
        return result
    if not (house.allow_filler_removal or house.allow_grammar_fixes):
        return result
    forgiven: dict[str, tuple[str, str]] = {}
    for op in result.match.ops:
        if op.op == "equal":
            continue
        if house.allow_filler_removal and op.op in ("dropped", "added"):
            words = op.source_words if op.op == "dropped" else op.quote_words
            if is_filler_op(words):
                forgiven[" ".join(words)] = (
                    "filler_removed",
                    f"filler “{' '.join(words)}” dropped (house style)",
                )
        if (
            house.allow_grammar_fixes
            and op.op == "replace"
            and is_grammar_fix(op.quote_words, op.source_words)
        ):
            forgiven[" ".join(op.quote_words)] = (
                "grammar_fixed",
                f"“{' '.join(op.source_words)}” corrected to “{' '.join(op.quote_words)}” (house style)",
            )
    if not forgiven:
        return result
    findings: list[Finding] = []
    changed = False
    for f in result.findings:
        hit = next((v for k, v in forgiven.items() if f.code in REWORDING and f"“{k}”" in f.message), None)
        if hit:
            findings.append(replace(f, code=hit[0], level=Level.INFO, message=hit[1]))
            changed = True
        else:
            findings.append(f)
    if not changed:
        return result
    verdict = reverdict(findings, result)
    if verdict in (Verdict.EXACT, Verdict.EQUIVALENT):
        verdict = Verdict.EDITED
    return replace(result, verdict=verdict, findings=tuple(findings))
