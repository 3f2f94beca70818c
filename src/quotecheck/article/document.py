"""An article as read: the file's text, the prose extraction works on, and the map between.

Extraction works on the prose (Markdown syntax, HTML tags and a page's menus and teasers
removed), but every offset, line and column we report points into the file as given, so
that annotations land on the right place. ``Document.to_raw`` is that map.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field

from quotecheck.model import Embed


@dataclass(frozen=True)
class Document:
    """An article: ``raw`` is the decoded file, ``text`` the prose extracted from it."""

    path: str
    raw: str
    text: str
    kind: str = "text"
    offsets: array | None = None  # type: ignore[type-arg]
    """``offsets[i]`` is the index in ``raw`` of ``text[i]``; None when ``text[i]`` is
    ``raw[i]`` (plain text, where left-out navigation is blanked, not removed)."""
    line_starts: list[int] = field(default_factory=list)
    embeds: tuple[Embed, ...] = ()
    """Embedded posts, quoted words with their author."""
    links: tuple[tuple[int, str], ...] = ()
    """Links the text does not show (a Word draft's hyperlinks): ``(offset in raw, address)``."""

    def to_raw(self, index: int) -> int:
        """Map an offset in ``text`` to an offset in ``raw`` (an end offset maps to an end)."""
        if self.offsets is None:
            return index
        if index <= 0:
            return int(self.offsets[0]) if len(self.offsets) else 0
        if index >= len(self.text):
            return len(self.raw) if not len(self.offsets) else int(self.offsets[-1]) + 1
        return int(self.offsets[index])

    def to_raw_end(self, index: int) -> int:
        """Map an exclusive end offset in ``text`` to one in ``raw``."""
        if self.offsets is None or index <= 0:
            return index
        return int(self.offsets[index - 1]) + 1

    def shows(self, raw_start: int, raw_end: int) -> bool:
        """Whether any of ``raw[raw_start:raw_end]`` is in the prose read: not left out or
        blanked as a page's menus, teasers, scripts or markup."""
        if self.offsets is None:  # text[i] is raw[i]; what is left out is blanked
            return bool(self.text[raw_start:raw_end].strip())
        first = bisect.bisect_left(self.offsets, raw_start)
        return bool(self.text[first : bisect.bisect_left(self.offsets, raw_end)].strip())

    def line_col(self, raw_index: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a ``raw`` offset."""
        line = bisect.bisect_right(self.line_starts, raw_index)
        return line, raw_index - self.line_starts[line - 1] + 1


def line_starts_of(raw: str) -> list[int]:
    starts = [0]
    find = raw.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts
