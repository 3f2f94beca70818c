"""Reading an article file: bytes on disk to a Document, whatever its format."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from quotecheck.article.document import Document, line_starts_of
from quotecheck.errors import QuotecheckError

MAX_ARTICLE_BYTES = 200 * 1024 * 1024


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
    if suffix == ".docx":
        return "docx"
    return "text"


OTHER_FORMATS = {
    ".doc": "Word 97-2003 (.doc)", ".odt": "OpenDocument (.odt)", ".pdf": "PDF", ".rtf": "RTF",
    ".pages": "Pages", ".wpd": "WordPerfect", ".docm": "macro-enabled Word (.docm)",
    ".dotx": "Word template (.dotx)", ".epub": "EPUB",
}  # fmt: skip
"""Drafts in formats quotecheck does not read, named for the hint to convert them."""
MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003 (.doc)"),
    (b"{\\rtf", "RTF"),
)


def is_docx(data: bytes) -> bool:
    """A Word package (read from standard input, where there is no name to go by)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def format_hint(name: str, data: bytes | None = None) -> str | None:
    """For a draft in a format quotecheck cannot read, one line saying what to do."""
    label = OTHER_FORMATS.get(Path(name).suffix.lower()) if name != "-" else None
    if label is None and data is not None:
        label = next((what for magic, what in MAGIC if data.startswith(magic)), None)
        if label is None and data.startswith(b"PK\x03\x04") and b"opendocument.text" in data[:200]:
            label = "OpenDocument (.odt)"
    if label is None:
        return None
    shown = name if name != "-" else "<stdin>"
    return f"{shown}: a {label} file, which quotecheck does not read; convert it to .docx or .txt"


def read_bytes(name: str) -> bytes:
    from quotecheck.decoding import read_at_most

    if name == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`): no article to read
            raise QuotecheckError("-: standard input is closed; give the article as a file")
        try:
            return capped(read_at_most(sys.stdin.buffer, MAX_ARTICLE_BYTES, None), "-")
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
            return capped(read_at_most(f, MAX_ARTICLE_BYTES, size), name)
    except OSError as exc:
        raise QuotecheckError(f"{name}: cannot read ({exc.strerror})") from None


def capped(data: bytes, name: str) -> bytes:
    if len(data) > MAX_ARTICLE_BYTES:
        raise QuotecheckError(
            f"{name}: more than {MAX_ARTICLE_BYTES:,} bytes is larger than an article can be"
        )
    return data


def load_document(name: str, kind: str | None = None, *, whole_page: bool = False) -> Document:
    """Read an article file (or ``-`` for standard input) into a :class:`Document`.

    ``whole_page``: read every part of a saved page (menus, teasers, sign-up boxes), not
    only the article body."""
    hint = format_hint(name)
    if hint is not None:  # before reading: a PDF is not read whole to say it is a PDF
        raise QuotecheckError(hint)
    data = read_bytes(name)
    stdin = name == "-"
    kind = kind or (None if stdin else kind_of(name))
    if kind == "docx" or (stdin and is_docx(data)):
        from quotecheck.article.docx import read_docx

        words = read_docx(data, name if name != "-" else "<stdin>")
        return document_from_text(words.raw, name, "docx", links=words.links)
    hint = format_hint(name, data[:4096])
    if hint is not None:
        raise QuotecheckError(hint)
    raw = decode_article(data, name if name != "-" else "<stdin>")
    return document_from_text(raw, name, kind or sniff_kind(raw), whole_page=whole_page)


STDIN_FORMATS = ("markdown", "html", "text")
"""What ``--stdin-format`` may name (a Word draft on standard input is known by its bytes)."""
HTML_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype[ \t\r\n]+html\b|html\b)",
    re.I | re.S,
)
MARKDOWN_START = re.compile(r"\A(?:\ufeff)?(?:---[ \t]*\r?\n|\s*#{1,6}[ \t]+\S)")


def sniff_kind(raw: str) -> str:
    """What an article with no name to go by (standard input) is, conservatively: HTML only
    when it opens as an HTML document (``<!doctype html>``, ``<html>``, also after the XML
    declaration XHTML opens with), Markdown only when it opens with front matter (``---``)
    or a ``#`` heading, else plain text. A fragment with a tag in it, or ``*stars*`` in
    prose, stays text: ``--stdin-format`` says otherwise."""
    head = raw[:4096]
    if HTML_START.match(head):
        return "html"
    if MARKDOWN_START.match(head):
        return "markdown"
    return "text"


def document_from_text(
    raw: str,
    path: str = "<text>",
    kind: str = "text",
    *,
    whole_page: bool = False,
    links: tuple[tuple[int, str], ...] = (),
) -> Document:
    """Build a Document from text already in memory (the library entry point uses this).
    ``kind`` "docx": ``raw`` is a Word draft's paragraphs as ``quotecheck.article.docx``
    reads them (each a "line"); ``links``: its hyperlinks, ``(offset, address)``."""
    if kind == "docx":
        from quotecheck.article.docx import line_starts

        return Document(path, raw, raw, "docx", None, line_starts(raw), links=links)
    starts = line_starts_of(raw)
    if kind == "markdown":
        from quotecheck.article.markdown import markdown_embeds, markdown_prose
        from quotecheck.article.navigation import navigation_ranges
        from quotecheck.article.prose import blank

        text, offsets = markdown_prose(raw)
        embeds = markdown_embeds(raw, offsets)
        if not whole_page:
            text = blank(text, navigation_ranges(text))
        return Document(path, raw, text, kind, offsets, starts, tuple(embeds))
    if kind == "html":
        from quotecheck.article.body import read_page

        text, offsets, posts = read_page(raw, whole_page)
        return Document(path, raw, text, kind, offsets, starts, tuple(posts))
    if whole_page:
        return Document(path, raw, raw, "text", None, starts)
    from quotecheck.article.navigation import navigation_ranges
    from quotecheck.article.prose import blank

    return Document(path, raw, blank(raw, navigation_ranges(raw)), "text", None, starts)
