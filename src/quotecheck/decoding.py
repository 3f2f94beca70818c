"""Bytes to text, for articles, source files and fetched pages.

Files: UTF-8 (with or without a byte-order mark), or UTF-16/UTF-32 with a byte-order mark
(what Windows tools save as "Unicode"), or UTF-16 without one when the zero bytes give it
away; anything else is named, never read as garbage. Pages: the charset the server or the
page declares, when it names a text encoding: ``charset=rot13``, ``base64`` or ``zlib``
are codecs Python knows but not text encodings, and must never crash a run; else UTF-8,
else a guess.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32's little-endian mark begins with UTF-16's: it is looked for first."""
NOT_FOR_PAGES = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7"}
    | {"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"}
)
"""Text codecs Python has that no page is written in: browsers refuse UTF-7 outright, and
know no EBCDIC code page (a page declaring one is read as undeclared, not as garbage)."""
WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
OTHER_SCRIPTS = (
    "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hiragana", "Katakana", "Hangul", "Bopomofo",
    "Devanagari", "Bengali", "Tamil", "Armenian", "Georgian", "Ethiopic", "Halfwidth",
)  # fmt: skip
"""Scripts whose single- and double-byte code pages charset_normalizer tells apart well."""
SNIFF_BYTES = 64 * 1024


class NotText(ValueError):
    """Bytes that are not text quotecheck can read; the message says what they look like."""


def bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the zero bytes fall on one side of each pair, as
    they do for mostly-ASCII text saved as UTF-16 without a byte-order mark."""
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd > pairs * 0.6 and even == 0:
        return "utf-16-le"
    if even > pairs * 0.6 and odd == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """A file's text, with universal newlines; ``NotText`` says why not."""
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise NotText("looks like a binary file")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-8":
            raise NotText(f"not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start})") from None
        raise NotText(
            f"not valid {encoding.upper().removesuffix('-SIG')} text (at offset {exc.start})"
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def text_codec(name: str) -> str | None:
    """Python's name for a text encoding a page may declare, or None (unknown, or a codec
    that is no text encoding: rot13, base64, zlib, hex, uu, idna...)."""
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_FOR_PAGES:
        return None
    return info.name


def declared_charsets(content_type: str, body: bytes) -> list[str]:
    """The charsets the Content-Type header and the page's own <meta> name, in that order."""
    declared = [part.strip().partition("=") for part in content_type.split(";")[1:]]
    names = [value for key, _, value in declared if key.strip().lower() == "charset" and value]
    sniffed = META_CHARSET.search(body[:4096])
    if sniffed:
        names.append(sniffed.group(1).decode("ascii", "replace"))
    return names


def charset_of(content_type: str, body: bytes = b"") -> str:
    """The page's encoding: a byte-order mark, else the first declared charset that is a
    text encoding, else UTF-8 when the bytes are UTF-8, else a guess (see ``guess``)."""
    bom = bom_encoding(body)
    if bom is not None:
        return codecs.lookup(bom).name
    for name in declared_charsets(content_type, body):
        codec = text_codec(name)
        if codec in WIDE and b"\x00" not in body[:4096]:
            continue  # UTF-16 declared on bytes without a zero (browsers read <meta> so as UTF-8)
        if codec is not None:
            return codec
    try:
        body[:SNIFF_BYTES].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < min(len(body), SNIFF_BYTES) - 4:  # not just a character cut at the sample's end
            return guess(body[:SNIFF_BYTES])
    return "utf-8"


def guess(sample: bytes) -> str:
    """charset_normalizer's guess when it finds a non-Latin script (Cyrillic, Greek, CJK...);
    for Latin text its guesses between the Western code pages are unreliable on a short
    page, so windows-1252, the web's default for unlabelled pages, is taken instead."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    if best is not None and any(script in name for name in best.alphabets for script in OTHER_SCRIPTS):
        codec = text_codec(best.encoding)
        if codec is not None:
            return codec
    return "cp1252"


def decode_page(body: bytes, content_type: str = "") -> str:
    """A fetched page's text; never raises, whatever the page declares."""
    try:
        return body.decode(charset_of(content_type, body), errors="replace")
    except (LookupError, ValueError):  # a codec that fails on these bytes all the same
        return body.decode("utf-8", errors="replace")


MAX_FILE_BYTES = 200 * 1024 * 1024
"""The most a source file may hold (as for an article): beyond it, a problem, not a read."""
READ_BLOCK = 1 << 20
"""Bytes read at a time from a file that has no size (a pipe) or grows while read."""


def read_at_most(f: BinaryIO, cap: int, size: int | None) -> bytes:
    """At most ``cap + 1`` bytes of an open file: ``size + 1`` first (what stat promised,
    and a byte more to see a file grown since), then blocks. ``read(n)`` allocates n bytes
    before it reads, so ``read(cap)`` took 200 MB of address space for every small file
    (a MemoryError under ``ulimit -v``). A read shorter than asked is the end."""
    asked = min(cap + 1, READ_BLOCK if size is None else size + 1)
    first = f.read(asked)
    if len(first) < asked:
        return first  # the usual case: the whole file in one read, no copy
    gathered = io.BytesIO()  # its value is handed over, not copied: no second whole copy
    gathered.write(first)
    got = len(first)
    while got <= cap:
        block = f.read(min(READ_BLOCK, cap + 1 - got))
        if not block:
            break
        gathered.write(block)
        got += len(block)
    return gathered.getvalue()


def read_capped(path: str | Path, cap: int | None = None) -> bytes:
    """A file's bytes, never more than ``cap``: ``OSError`` if it cannot be read, ``NotText``
    if it is too big, a device (``/dev/zero`` would fill the memory) or plainly binary,
    which the first block already shows (no need to read the rest)."""
    cap = MAX_FILE_BYTES if cap is None else cap
    with open(path, "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            raise NotText("is a device, not a file")
        size = os.fstat(f.fileno()).st_size
        if stat.S_ISREG(mode) and size > cap:
            raise NotText(f"is {size:,} bytes, more than the {cap:,} a file may have")
        asked = min(64 * 1024, cap + 1)
        head = f.read(asked)  # a pipe has no size to check first
        if b"\x00" in head[:8192] and bom_encoding(head) is None and utf16_without_bom(head) is None:
            raise NotText("looks like a binary file")
        data = head
        if len(head) == asked:  # more to come: the rest as read_at_most reads any file
            left = max(0, size - len(head)) if stat.S_ISREG(mode) else None
            data += read_at_most(f, cap - len(head), left)
    if len(data) > cap:
        raise NotText(f"is more than the {cap:,} bytes a file may have")
    return data
