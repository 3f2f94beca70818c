"""Word drafts (.docx): the paragraphs as prose, each paragraph one location.

python-docx opens the package (the zip, its content types, the main document part and
its relationships); the body is then walked here, in reading order: paragraphs, the
paragraphs of table cells row by row (nested tables too), content controls. A
paragraph's text is every ``w:t`` in it whatever run, formatting, hyperlink, field result
or tracked insertion it sits in (a quote typed in three runs, one of them italic, is one
quote), without tracked deletions, moved-away text, field codes or text boxes (shapes
floating beside the prose, not part of it). Tabs stay tabs; a line break within a
paragraph is a space.

The article as read (``Document.raw``) is the paragraphs that hold text, each followed by
a blank line, so extraction sees the paragraphs Word has. Its "lines" are those
paragraphs: ``line`` in a report is the paragraph's number (1 for the first paragraph
with text; empty paragraphs are not counted) and ``column`` the character within it.
Hyperlinks are kept with where they stand, like the links of a Markdown draft, so their
pages and posts are fetched as sources.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from quotecheck.errors import QuotecheckError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SKIPPED = frozenset(
    {
        W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "txbxContent", W + "rPr",
        W + "pPr", FALLBACK,
    }
)  # fmt: skip
"""Not the paragraph's visible words: tracked deletions and moves, field codes, text
boxes, formatting, and the duplicate of a drawing kept for old readers."""
BREAKS = frozenset({W + "br", W + "cr"})
NEWLINES = re.compile(r"[\n\r\v\f\x85\u2028\u2029]")
MAX_UNPACKED = 512 * 1024 * 1024
"""More than this once unzipped is no draft (a zip bomb is refused before it is read)."""
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class DocxText:
    """A .docx as text: ``raw`` (paragraphs with text, each followed by a blank line) and
    its hyperlinks as ``(offset in raw, address)``."""

    raw: str
    links: tuple[tuple[int, str], ...]


def read_docx(data: bytes, name: str) -> DocxText:
    """The paragraphs and hyperlinks of a .docx file; a ``QuotecheckError`` naming the file
    when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise QuotecheckError(
            f"{name}: not a .docx file (not a zip package); save it from Word as .docx"
        ) from None
    if unpacked > MAX_UNPACKED:
        raise QuotecheckError(f"{name}: unpacks to {unpacked:,} bytes, more than a draft can be")
    try:
        return words_of(data)
    except Exception as exc:  # python-docx's own errors, KeyError for a missing part, lxml's
        why, advice = damage(exc)
        raise QuotecheckError(f"{name}: not a readable .docx file ({why}); {advice}") from None


def words_of(data: bytes) -> DocxText:
    """The paragraphs and hyperlinks of a package already known to be a zip of sane size."""
    import docx

    document = docx.Document(io.BytesIO(data))
    body = document.element.body  # AttributeError for a main part that is no document
    if body is None:
        raise KeyError("w:body")  # a document with no body: a part is missing
    links = {
        rid: str(rel.target_ref)
        for rid, rel in document.part.rels.items()
        if rel.is_external and str(rel.target_ref).lower().startswith(("http://", "https://"))
    }
    parts: list[str] = []
    found: list[tuple[int, str]] = []
    size = 0
    for paragraph in paragraphs(body):
        text, anchors = paragraph_text(paragraph, links)
        if not text.strip():
            continue
        found += [(size + at, url) for at, url in anchors]
        parts.append(text + PARAGRAPH_BREAK)
        size += len(text) + len(PARAGRAPH_BREAK)
    return DocxText("".join(parts), tuple(found))


RESAVE = "open it in Word and save it again as .docx"


def damage(exc: Exception) -> tuple[str, str]:
    """What is wrong with a package python-docx could not read, in a writer's words, and
    what to do: the libraries' own messages (part names, XML line numbers, object
    addresses) say nothing to the one who has to fix the draft."""
    if isinstance(exc, ValueError) and "content type" in str(exc):
        return "another kind of Office file, not a Word document", "save the draft from Word as .docx"
    if isinstance(exc, KeyError):
        return "a part every Word file has is missing", RESAVE
    if type(exc).__name__ == "XMLSyntaxError":
        return "its XML is damaged", RESAVE
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, OSError)):
        return "its zip package is damaged", RESAVE
    return "its contents are not a Word document's", RESAVE


def paragraphs(container: Any) -> Iterator[Any]:
    """Every ``w:p`` of a body or table cell, in reading order."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield child
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    yield from paragraphs(cell)
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from paragraphs(child)


def paragraph_text(paragraph: Any, links: dict[str, str]) -> tuple[str, list[tuple[int, str]]]:
    """The visible words of one paragraph, and where its hyperlinks start in them."""
    out: list[str] = []
    anchors: list[tuple[int, str]] = []
    size = 0

    def walk(element: Any) -> None:
        nonlocal size
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED:
                continue  # comments and processing instructions have no string tag
            piece = None
            if tag == W + "t":
                piece = child.text or ""
            elif tag == W + "tab":
                piece = "\t"
            elif tag in BREAKS:
                piece = " "
            elif tag == W + "noBreakHyphen":
                piece = "-"
            elif tag == W + "p":  # a paragraph inside this one (a text box's): not this one's words
                continue
            elif tag == W + "hyperlink" and child.get(REL_ID) in links:
                anchors.append((size, links[child.get(REL_ID)]))
            if piece is not None:
                piece = NEWLINES.sub(" ", piece)
                out.append(piece)
                size += len(piece)
            else:
                walk(child)

    walk(paragraph)
    return "".join(out), anchors


def line_starts(raw: str) -> list[int]:
    """Where each paragraph starts in ``raw``: a paragraph is a "line" of a .docx."""
    return [0, *(m.end() for m in re.finditer(PARAGRAPH_BREAK, raw) if m.end() < len(raw))]
