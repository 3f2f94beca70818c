"""A page's charset never crashes a run: codecs Python knows that are not text encodings
(rot13, base64, zlib, hex, uu_codec, bz2, quopri), text codecs no page is written in (idna,
punycode, utf-7, undefined) and unknown names, in the header or in <meta>, fall back to a
text encoding; the words of the page are still read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.decoding import charset_of, decode_page
from quotecheck.sources.safe_http import Fetched
from quotecheck.sources.web import page_snapshot
from tests.conftest import Run, http_answer

WORDS = "The evening ferry will run until the end of October"
PAGE = f"""<html><head>{{meta}}<title>Ferry notes</title></head><body><article>
<h1>Ferry notes</h1>
<p>The harbour master spoke at the quay on Monday morning about the autumn timetable.</p>
<p>“{WORDS},” said Inès Laurent, the harbour master.</p>
<p>Timetables are posted at the ticket office and on the board by the slipway.</p>
</article></body></html>"""
NOT_TEXT = ["rot13", "rot_13", "base64", "zlib", "hex", "uu_codec", "uu", "bz2", "quopri"]
NOT_FOR_PAGES = ["idna", "punycode", "utf-7", "undefined", "unicode_escape", "cp037", "ibm500", "cp1140"]
"""(The cp ones are EBCDIC: no browser reads a page in one.)"""
WIDE_ON_NARROW = ["utf-16", "UTF-16LE", "utf-16be", "utf-32"]
"""Declared, but the bytes have no zero: UTF-8 (or ASCII) mislabelled, as saved pages often are."""
UNKNOWN = ["x-nonsense", "", "utf-8\x00", "../../etc", "utf-8;q=1"]


@pytest.mark.parametrize("name", [*NOT_TEXT, *NOT_FOR_PAGES, *UNKNOWN, *WIDE_ON_NARROW])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_a_charset_that_is_no_text_encoding_falls_back(name: str, where: str) -> None:
    meta = f'<meta charset="{name}">' if where == "meta" else ""
    header = f"text/html; charset={name}" if where == "header" else "text/html"
    body = PAGE.format(meta=meta).encode("utf-8")
    assert charset_of(header, body) == "utf-8"
    snapshot = page_snapshot(
        Fetched("https://news.example.org/ferry", "https://news.example.org/ferry", 200, header, body)
    )
    assert WORDS in snapshot.text and "Inès Laurent" in snapshot.text


def test_the_header_wins_over_meta_unless_it_is_no_text_encoding() -> None:
    body = PAGE.format(meta='<meta charset="iso-8859-1">').encode("cp1252")
    assert charset_of("text/html; charset=windows-1252", body) == "cp1252"
    assert charset_of("text/html; charset=rot13", body) == "iso8859-1"  # the next declaration
    assert "Inès Laurent" in decode_page(body, "text/html; charset=base64")


def test_an_undeclared_page_is_read_as_utf8_else_guessed() -> None:
    plain = PAGE.format(meta="")
    assert charset_of("text/html", plain.encode("utf-8")) == "utf-8"
    # Western text in a single-byte code page: windows-1252, not a Baltic or Central European guess
    assert charset_of("text/html", plain.encode("cp1252")) == "cp1252"
    assert "Inès Laurent" in decode_page(plain.encode("cp1252"), "text/html")
    cyrillic = "<p>Мэр заявила, что гавань не закроется этой зимой, а паром будет ходить до октября.</p>"
    assert charset_of("text/html", cyrillic.encode("koi8-r")) == "koi8-r"
    assert "гавань не закроется" in decode_page(cyrillic.encode("koi8-r"), "text/html")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_page_with_a_byte_order_mark_is_read_by_it(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    body = bom + PAGE.format(meta="").encode(encoding)
    text = decode_page(body, "text/html; charset=iso-8859-1")  # the mark wins, as browsers have it
    assert WORDS in text and "Inès" in text


def test_a_rot13_page_is_checked_end_to_end(tmp_path: Path, run: Run, loopback: Callable[..., Any]) -> None:
    def serve(path: str, conn: Any) -> None:
        conn.sendall(http_answer(PAGE.format(meta='<meta charset="zlib">'), "text/html; charset=rot13"))

    server = loopback(serve)
    article = tmp_path / "ferry.md"
    article.write_text(
        f"“{WORDS},” said Inès Laurent, in [a note to residents]({server.url}/notes).\n", encoding="utf-8"
    )
    result = run(str(article), "--store", str(tmp_path / "store"), "--allow-private-hosts", "-f", "json")
    assert result.exit_code == 0, result.output
    [quote] = json.loads(result.stdout)["articles"][0]["quotes"]
    assert quote["verdict"] == "exact" and quote["match"]["source"] == f"{server.url}/notes"
