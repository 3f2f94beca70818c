"""One normalisation for quotes and sources, with a map back to the original offsets.

Typography must never make a faithful quote look altered: curly and straight quotes,
dashes, ellipsis forms, odd spaces, zero-width characters, compatibility characters and
(for posts) HTML entities are folded to one form. NFKC alone neither folds quotes nor keeps
lengths, so every normalized character records the ``[start, end)`` of the original text it
came from: ``Normalized.original_span`` turns a match found in normalized text back into
its place in the source as written, exactly.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass
from typing import NamedTuple

FOLD: dict[str, str] = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〃": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "‹": "'", "›": "'",
    "＇": "'", "ʼ": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-", "⁃": "-",
    "－": "-", "﹣": "-",
}  # fmt: skip
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
# "…", "...", ". . .", "[…]", "[...]", "(...)": all one ellipsis. Two dashes are one dash.
ELLIPSIS = re.compile(r"[\[(]\s*(?:…|(?:\.\s?){2}\.)\s*[\])]|(?:\.[ \t\u00a0]?){2}\.|…")
DOUBLE_DASH = re.compile(r"--+")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
SPECIAL = frozenset("….[(-&")
_PLAIN = r"[A-Za-z0-9,;:!?'\"/)\]{}<>=+*_#$%@^|~\\]"
PLAIN = re.compile(f"{_PLAIN}(?:{_PLAIN}| (?={_PLAIN}))*")
"""Characters that normalize to themselves, copied in runs (the common case, made fast)."""


@dataclass(frozen=True)
class Normalized:
    """Normalized text and, per character, the original ``[start, end)`` it came from."""

    text: str
    offsets: array  # type: ignore[type-arg]
    """``offsets[i]``: where normalized char ``i`` starts in the original (plus a final
    entry: the original's length)."""
    ends: array  # type: ignore[type-arg]
    """``ends[i]``: where the original of normalized char ``i`` ends."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covering normalized ``[start, end)``."""
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.ends[end - 1]


class _Out:
    """Accumulates normalized characters with their original spans."""

    __slots__ = ("chars", "ends", "space", "starts")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        self.space = False

    def put(self, s: str, start: int, end: int) -> None:
        for c in s:
            self.chars.append(c)
            self.starts.append(start)
            self.ends.append(end)
        self.space = False

    def run(self, s: str, start: int) -> None:
        """A run of characters that stand for themselves, one original character each."""
        self.chars.append(s)
        self.starts.extend(range(start, start + len(s)))
        self.ends.extend(range(start + 1, start + len(s) + 1))
        self.space = False

    def whitespace(self, start: int, end: int) -> None:
        if self.space:
            self.ends[-1] = end  # a run of spaces is one space covering the whole run
        elif self.chars:
            self.put(" ", start, end)
            self.space = True

    def char(self, ch: str, start: int, end: int) -> None:
        if ch in ZERO_WIDTH:
            return
        if ch.isspace():
            self.whitespace(start, end)
            return
        folded = FOLD.get(ch)
        if folded is None:
            if ch.isascii():
                folded = ch
            else:
                folded = "".join(FOLD.get(c, c) for c in unicodedata.normalize("NFKC", ch))
                if folded.isspace():
                    self.whitespace(start, end)
                    return
        self.put(folded, start, end)


def normalize(text: str, entities: bool = False) -> Normalized:
    """Fold typography and whitespace; with ``entities``, decode HTML entities first."""
    out = _Out()
    length = len(text)
    i = 0
    while i < length:
        plain = PLAIN.match(text, i)
        if plain:
            out.run(plain.group(), i)
            i = plain.end()
            continue
        ch = text[i]
        if ch in SPECIAL:
            m = None
            if ch == "&":
                m = ENTITY.match(text, i) if entities else None
                if m:
                    decoded = html.unescape(m.group())
                    if decoded != m.group():
                        for c in decoded:
                            out.char(c, i, m.end())
                        i = m.end()
                        continue
            elif ch == "-":
                m = DOUBLE_DASH.match(text, i)
                if m and m.end() - i > 1:
                    out.put("-", i, m.end())
                    i = m.end()
                    continue
            else:
                m = ELLIPSIS.match(text, i)
                if m:
                    out.put("…", i, m.end())
                    i = m.end()
                    continue
        out.char(ch, i, i + 1)
        i += 1
    out.starts.append(length)
    return Normalized("".join(out.chars), out.starts, out.ends)


# A word, an ellipsis, a bracketed capital or letter fix ("[T]his", "[I]f", "it[']s"), a
# [bracketed insertion], or a percent sign (the word "percent" in another form).
WORD = re.compile(
    r"(?:\[\w{1,3}\])\w(?:[\w'.]*\w)?|\w(?:[\w'.]*\w)?(?:\[\w{1,3}\]\w*)?|…|\[[^\]\[]{0,80}\]|%"
)
# In a source, brackets are the source's own: their words are words like any other.
SOURCE_WORD = re.compile(r"(?:\[\w{1,3}\])\w(?:[\w'.]*\w)?|\w(?:[\w'.]*\w)?(?:\[\w{1,3}\]\w*)?|…|%")
BRACKET_FIX = re.compile(r"\[(\w{1,3})\]")


class Token(NamedTuple):
    """A word of normalized text: ``key`` compares loosely (lower case, no punctuation).

    A named tuple, not a dataclass: sources are cut into millions of these."""

    text: str
    key: str
    start: int
    end: int

    @property
    def bracketed(self) -> bool:
        """An editor's [insertion] standing in for or adding to the speaker's words."""
        return self.text.startswith("[") and self.text.endswith("]")

    @property
    def fixed(self) -> bool:
        """A word with a bracketed letter fix: "[T]his", "[I]f"."""
        return "[" in self.text and not self.bracketed


def word_key(word: str) -> str:
    if word == "%":
        return "percent"
    if "[" in word:
        if word.startswith("[") and word.endswith("]"):
            return word.lower()
        word = BRACKET_FIX.sub(r"\1", word)
    return word.lower().rstrip(".").replace("'", "")


def tokens(norm: str, start: int = 0, end: int | None = None, brackets: bool = True) -> list[Token]:
    """Words, ellipses and (with ``brackets``, for quotes) [bracketed insertions], in order."""
    result = []
    pattern = WORD if brackets else SOURCE_WORD
    for m in pattern.finditer(norm, start, len(norm) if end is None else end):
        word = m.group()
        result.append(Token(word, word_key(word), m.start(), m.end()))
    return result
