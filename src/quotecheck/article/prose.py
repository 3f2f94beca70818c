"""Prose text built from pieces of a file, with the file offset of every character kept."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable

CODE_MARKS = str.maketrans(
    {'"': "ʺ", "“": "ʺ", "”": "ʺ", "„": "ʺ", "«": "‹", "»": "›", "'": "ʼ", "‘": "ʼ", "’": "ʼ", "`": "ˋ"}
)
"""Quote marks inside code (``print("hi")``) become look-alike letters that no rule reads
as a mark: the code stays in the sentence around it, but is never a quotation."""


NOT_NEWLINE = re.compile(r"[^\n]")


class ProseBuilder:
    """Collects kept pieces of the raw text and where each character came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = array("q")
        self.size = 0

    def keep(self, raw: str, start: int, end: int) -> None:
        if end > start:
            self.parts.append(raw[start:end])
            self.offsets.extend(range(start, end))
            self.size += end - start

    def keep_code(self, raw: str, start: int, end: int) -> None:
        """Code kept as words, its quote marks neutralised (see ``CODE_MARKS``)."""
        if end > start:
            self.parts.append(raw[start:end].translate(CODE_MARKS))
            self.offsets.extend(range(start, end))
            self.size += end - start

    def add(self, text: str, at: int) -> None:
        """Add text that stands for the markup at raw offset ``at`` (an entity, a break)."""
        if text:
            self.parts.append(text)
            self.offsets.extend([at] * len(text))
            self.size += len(text)

    def add_mapped(self, text: str, offsets: Iterable[int]) -> None:
        """Add text whose characters come from the given raw offsets (one each)."""
        if text:
            self.parts.append(text)
            self.offsets.extend(offsets)
            self.size += len(text)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def tail(self, start: int) -> str:
        """The prose from index ``start`` to the end (walks back over the last parts only)."""
        pieces: list[str] = []
        size = self.size
        for part in reversed(self.parts):
            if size <= start:
                break
            pieces.append(part)
            size -= len(part)
        joined = "".join(reversed(pieces))
        return joined[start - size :]

    def tail_is_break(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n\n")

    def result(self) -> tuple[str, array]:  # type: ignore[type-arg]
        return "".join(self.parts), self.offsets


def blank(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """``text`` with the characters in ``ranges`` turned to spaces (newlines kept), so that
    every offset and the line structure stay as they were: what is left out reads as blank
    lines, which end any paragraph or quote."""
    pieces: list[str] = []
    pos = 0
    for start, end in sorted(ranges):
        start = max(start, pos)
        if end <= start:
            continue
        pieces.append(text[pos:start])
        pieces.append(NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def prose_start(offsets: array, raw_at: int) -> int:  # type: ignore[type-arg]
    """The first prose index whose character comes from ``raw_at`` or later."""
    return bisect.bisect_left(offsets, raw_at)


def prose_end(offsets: array, raw_last: int) -> int:  # type: ignore[type-arg]
    """The prose end offset just after the character from ``raw_last``."""
    return bisect.bisect_right(offsets, raw_last)
