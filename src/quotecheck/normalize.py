"""One normalisation for quotes and sources, with a map back to the original offsets.

Typography must never make a faithful quote look altered: curly and straight quotes,
dashes, ellipsis forms, odd spaces and compatibility characters are folded to one form.
``Normalized.offsets[i]`` is the index in the original text of normalized character ``i``
(with one extra entry for the end), so a match found in normalized text is reported at
its place in the source as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass

FOLD: dict[str, str] = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〃": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "‹": "'", "›": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-",
}  # fmt: skip
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\[…\]|(?:\.\s?){2}\.|…")
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,30});")


@dataclass(frozen=True)
class Normalized:
    """Normalized text and, per character, its offset in the original."""

    text: str
    offsets: array  # type: ignore[type-arg]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covering normalized ``[start, end)``."""
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str, entities: bool = False) -> Normalized:
    """Fold typography and whitespace; with ``entities``, decode HTML entities first."""
    out: list[str] = []
    offsets = array("q")
    length = len(text)
    i = 0
    pending_space = False
    while i < length:
        ch = text[i]
        if entities and ch == "&":
            m = ENTITY.match(text, i)
            if m:
                decoded = html.unescape(m.group())
                if decoded != m.group():
                    for c in decoded:
                        pending_space = emit(c, i, out, offsets, pending_space)
                    i = m.end()
                    continue
        if ch in "….[" and (m := ELLIPSIS.match(text, i)):
            pending_space = emit_text("…", i, out, offsets, pending_space)
            i = m.end()
            continue
        pending_space = emit(ch, i, out, offsets, pending_space)
        i += 1
    # Final sentinel maps the end of the normalized text to the end of the original.
    offsets.append(length)
    return Normalized("".join(out), offsets)


def emit(ch: str, at: int, out: list[str], offsets: array, pending_space: bool) -> bool:  # type: ignore[type-arg]
    if ch in ZERO_WIDTH:
        return pending_space
    if ch.isspace():
        if out and not pending_space:
            out.append(" ")
            offsets.append(at)
        return True
    folded = FOLD.get(ch)
    if folded is None:
        folded = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
        folded = "".join(FOLD.get(c, c) for c in folded)
    return emit_text(folded, at, out, offsets, False)


def emit_text(s: str, at: int, out: list[str], offsets: array, pending_space: bool) -> bool:  # type: ignore[type-arg]
    for c in s:
        out.append(c)
        offsets.append(at)
    return False


WORD = re.compile(r"\w(?:[\w'.]*\w)?|…|\[[^\]]{0,80}\]")


@dataclass(frozen=True)
class Token:
    """A word of normalized text: ``key`` compares loosely (lower case, no punctuation)."""

    text: str
    key: str
    start: int
    end: int


def tokens(norm: str) -> list[Token]:
    """Words, ellipses and [bracketed insertions] of normalized text, in order."""
    result = []
    for m in WORD.finditer(norm):
        word = m.group()
        key = word.lower().rstrip(".").replace("'", "")
        result.append(Token(word, key, m.start(), m.end()))
    return result
