"""Attribution sieves: for each quotation span, the speaker mention and the cue.

Each sieve looks at the words right around the quote marks (quote-first "…," said X;
speaker-first X said: "…"); the first that fires wins. A pronoun resolves to the most
recent named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.lexicon import CUE_VERBS, PRONOUNS, TITLES
from quotecheck.extract.spans import QuoteSpan

VERB = "(?:" + "|".join(CUE_VERBS) + ")"
NAME = r"(?:[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|de|van|von|bin|al))*)"
PRONOUN = r"(?:he|she|they|it|we|I)"
MENTION = rf"(?P<who>{NAME}|{PRONOUN})"

AFTER = [
    re.compile(rf"\A[,.!?]?\s*(?P<cue>{VERB})\s+{MENTION}"),
    re.compile(rf"\A[,.!?]?\s*{MENTION}\s+(?P<cue>{VERB})\b"),
    re.compile(rf"\A\s*[—–-]+\s*{MENTION}"),
]
BEFORE = [
    re.compile(rf"{MENTION}\s+(?P<cue>{VERB})(?:\s+in\s+an?\s+\w+)?(?:\s+[a-zA-Z]+){{0,3}}\s*[:,]?\s*\Z"),
    re.compile(rf"(?P<cue>[Aa]ccording\s+to)\s+{MENTION}\s*,\s*\Z"),
]


@dataclass(frozen=True)
class Attributed:
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    group: int | None


def strip_title(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words)


def attribute(text: str, spans: list[QuoteSpan]) -> list[Attributed]:
    results: list[Attributed] = []
    last_named: str | None = None
    for n, span in enumerate(spans):
        after = text[span.end + 1 : span.end + 120]
        before = text[max(0, span.start - 1 - 160) : span.start - 1]
        who = cue = None
        who_start = who_end = None
        for pattern in AFTER:
            m = pattern.match(after)
            if m:
                base = span.end + 1
                who, who_start, who_end = m.group("who"), base + m.start("who"), base + m.end("who")
                cue = m.group("cue") if "cue" in m.groupdict() and m.group("cue") else "—"
                break
        if who is None:
            for pattern in BEFORE:
                m = pattern.search(before)
                if m:
                    base = max(0, span.start - 1 - 160)
                    who, who_start, who_end = (m.group("who"), base + m.start("who"), base + m.end("who"))
                    cue = m.group("cue")
                    break
        speaker = None
        if who is not None and who_end is not None and who.endswith(".") and len(who.split()[-1]) > 2:
            who, who_end = who[:-1], who_end - 1  # a sentence's full stop, not an initial
        if who is not None:
            if who.lower() in PRONOUNS:
                speaker = last_named
            else:
                speaker = strip_title(who)
                last_named = speaker
        kind = "quote" if who is not None or len(text[span.start : span.end].split()) > 3 else "term"
        results.append(Attributed(span.start, span.end, kind, speaker, who_start, who_end, cue, n))
    return results
