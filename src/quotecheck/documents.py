"""Reading articles: bytes on disk to prose text with a map back into the file.

Extraction works on the prose (Markdown syntax and HTML tags removed), but every offset,
line and column we report points into the file as given, so that annotations land on the
right place. ``Document.to_raw`` is that map.
"""

from __future__ import annotations

import bisect
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.errors import QuotecheckError

MAX_ARTICLE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Embed:
    """An embedded post in an article (an X/Twitter embed): its words are a quote by the
    account shown. Offsets are into ``Document.text``."""

    start: int
    end: int
    author: str | None
    handle: str | None
    author_start: int
    author_end: int
    url: str | None = None


@dataclass(frozen=True)
class Document:
    """An article: ``raw`` is the decoded file, ``text`` the prose extracted from it."""

    path: str
    raw: str
    text: str
    kind: str = "text"
    offsets: array | None = None  # type: ignore[type-arg]
    """``offsets[i]`` is the index in ``raw`` of ``text[i]``; None when text is raw."""
    line_starts: list[int] = field(default_factory=list)
    embeds: tuple[Embed, ...] = ()
    """Embedded posts (HTML articles), quoted words with their author."""

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


def decode_article(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM (or UTF-16 without one), universal
    newlines; anything else is a clear error (see ``quotecheck.decoding``)."""
    from quotecheck.decoding import NotText, decode_text

    try:
        return decode_text(data)
    except NotText as exc:
        advice = ", not an article" if "binary" in str(exc) else "; re-save the file as UTF-8"
        raise QuotecheckError(f"{name}: {exc}{advice}") from None


def kind_of(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".md", ".markdown", ".mdown"}:
        return "markdown"
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    return "text"


def read_bytes(name: str) -> bytes:
    if name == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`): no article to read
            raise QuotecheckError("-: standard input is closed; give the article as a file")
        try:
            return capped(sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), "-")
        except OSError as exc:
            raise QuotecheckError(f"-: cannot read standard input ({exc.strerror})") from None
    path = Path(name)
    if not path.exists():
        raise QuotecheckError(f"{name}: no such file")
    if path.is_dir():
        raise QuotecheckError(f"{name}: is a folder; give the article files (e.g. {name}/*.md)")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise QuotecheckError(f"{name}: {size:,} bytes is larger than an article can be")
        with path.open("rb") as f:  # a device or pipe has no size to check first (/dev/zero)
            return capped(f.read(MAX_ARTICLE_BYTES + 1), name)
    except OSError as exc:
        raise QuotecheckError(f"{name}: cannot read ({exc.strerror})") from None


def capped(data: bytes, name: str) -> bytes:
    if len(data) > MAX_ARTICLE_BYTES:
        raise QuotecheckError(
            f"{name}: more than {MAX_ARTICLE_BYTES:,} bytes is larger than an article can be"
        )
    return data


def load_document(name: str, kind: str | None = None) -> Document:
    """Read an article file (or ``-`` for standard input) into a :class:`Document`."""
    raw = decode_article(read_bytes(name), name if name != "-" else "<stdin>")
    return document_from_text(raw, name, kind or kind_of(name))


def document_from_text(raw: str, path: str = "<text>", kind: str = "text") -> Document:
    """Build a Document from text already in memory (the library entry point uses this)."""
    starts = line_starts_of(raw)
    if kind == "markdown":
        from quotecheck.markup import markdown_embeds, markdown_prose

        text, offsets = markdown_prose(raw)
        embeds = markdown_embeds(raw, offsets) if "twitter-" in raw else []
        return Document(path, raw, text, kind, offsets, starts, tuple(embeds))
    if kind == "html":
        from quotecheck.markup import html_prose_with_embeds

        text, offsets, embeds = html_prose_with_embeds(raw)
        return Document(path, raw, text, kind, offsets, starts, tuple(embeds))
    return Document(path, raw, raw, "text", None, starts)
