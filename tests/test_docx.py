"""Word drafts (.docx), built in each test with python-docx: quotes across runs of different
formatting, tables, tracked changes, hyperlinks; line:column are paragraph:character.
Other binary formats get a one-line hint and exit 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.article import load_document
from quotecheck.extract import extract_quotes
from tests.conftest import HARBOUR_SOURCE, Run

Cassette = Callable[[str], Any]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PAGE = "https://news.example.org/2026/03/harbour-stays-open"


def new_document() -> Any:
    import docx

    return docx.Document()


def word(tag: str, text: str | None = None, **attrs: str) -> Any:
    """A WordprocessingML element (python-docx's own element maker)."""
    from docx.oxml import OxmlElement

    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(f"{{{W}}}{name}", value)
    if text is not None:
        element.text = text
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def tracked(paragraph: Any, tag: str, text: str) -> None:
    """A tracked insertion (``ins``) or deletion (``del``) at the end of ``paragraph``."""
    change = word(tag, id="1", author="Desk", date="2026-03-04T08:00:00Z")
    run = word("r")
    run.append(word("delText" if tag == "del" else "t", text))
    change.append(run)
    paragraph._p.append(change)


def hyperlink(paragraph: Any, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE

    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = word("hyperlink")
    link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rid)
    run = word("r")
    run.append(word("t", text))
    link.append(run)
    paragraph._p.append(link)


def save(document: Any, path: Path) -> Path:
    document.save(str(path))
    return path


@pytest.fixture
def harbour_docx(tmp_path: Path) -> Path:
    """Headline, an empty paragraph, a quote typed in runs of three formats, a table whose
    second cell holds a quote, a closing paragraph."""
    document = new_document()
    document.add_heading("Harbour stays open", level=1)
    document.add_paragraph("")
    p = document.add_paragraph("Mayor Alice Grant said on Tuesday: “We will ")
    p.add_run("not").italic = True
    bold = p.add_run(" close the harbour")
    bold.bold = True
    p.add_run(" this winter.”")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Councillor"
    table.cell(0, 1).text = "“The repairs will cost about 4 million pounds,” said Ben Okafor."
    document.add_paragraph("The board meets again in April.")
    return save(document, tmp_path / "harbour.docx")


def quotes_of(result: Any) -> dict[str, dict[str, Any]]:
    assert result.exit_code in (0, 1), result.output
    return {q["text"]: q for q in json.loads(result.stdout)["articles"][0]["quotes"]}


def test_docx_quotes_are_located_by_paragraph_and_character(
    harbour_docx: Path, tmp_path: Path, run: Run
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "meeting.txt").write_text(HARBOUR_SOURCE, encoding="utf-8")
    quotes = quotes_of(run(str(harbour_docx), "--source", str(sources), "--format", "json"))
    mayor = quotes["We will not close the harbour this winter."]  # one quote over four runs
    assert (mayor["line"], mayor["column"]) == (2, 37)  # paragraph 2 (the empty one is not counted)
    assert mayor["speaker"] == "Alice Grant" and mayor["verdict"] == "exact"
    okafor = quotes["The repairs will cost about 4 million pounds,"]
    assert (okafor["line"], okafor["column"]) == (4, 2)  # the table's second cell is paragraph 4
    assert okafor["speaker"] == "Ben Okafor" and okafor["verdict"] in {"exact", "equivalent"}


def test_the_article_as_read_is_the_paragraphs_with_a_blank_line_after_each(harbour_docx: Path) -> None:
    doc = load_document(str(harbour_docx))
    assert doc.kind == "docx"
    assert doc.raw.split("\n\n")[:4] == [
        "Harbour stays open",
        "Mayor Alice Grant said on Tuesday: “We will not close the harbour this winter.”",
        "Councillor",
        "“The repairs will cost about 4 million pounds,” said Ben Okafor.",
    ]
    first = extract_quotes(doc)[0]
    assert doc.raw[first.start : first.end] == first.text  # offsets point into the article as read


def test_tracked_changes_read_as_the_draft_now_stands(tmp_path: Path) -> None:
    document = new_document()
    p = document.add_paragraph("Grant said: “The harbour stays open")
    tracked(p, "del", " until May")
    tracked(p, "ins", " all winter")
    p.add_run(".”")
    p2 = document.add_paragraph("Okafor said:\t“Repairs start")
    p2.add_run().add_break()  # a line break within the paragraph is a space
    p2.add_run("in May.”")
    doc = load_document(str(save(document, tmp_path / "tracked.docx")))
    assert [q.text for q in extract_quotes(doc)] == [
        "The harbour stays open all winter.",
        "Repairs start in May.",
    ]
    assert [q.line for q in extract_quotes(doc)] == [1, 2]


def test_hyperlinks_are_fetched_as_the_drafts_sources(tmp_path: Path, run: Run, cassette: Cassette) -> None:
    document = new_document()
    p = document.add_paragraph("The mayor told the board, according to ")
    hyperlink(p, PAGE, "the Coastal Courier")
    p.add_run(": “The fishing fleet depends on it.”")
    path = save(document, tmp_path / "linked.docx")
    assert load_document(str(path)).links == ((39, PAGE),)
    with cassette("web_page"):
        quotes = quotes_of(run(str(path), "--store", str(tmp_path / "store"), "--format", "json"))
    quote = quotes["The fishing fleet depends on it."]
    assert quote["verdict"] == "exact" and quote["match"]["source"] == PAGE


def test_a_docx_on_standard_input_and_in_the_html_report(harbour_docx: Path, run: Run) -> None:
    piped = run("-", "--format", "json", "--no-links", input=harbour_docx.read_bytes())  # type: ignore[arg-type]
    assert piped.exit_code == 0, piped.output
    assert "We will not close the harbour this winter." in quotes_of(piped)
    html = run(str(harbour_docx), "--format", "html")
    assert html.exit_code == 0, html.output
    assert "We will not close the harbour this winter." in html.stdout


def test_a_suppression_paragraph_covers_the_next_paragraph(tmp_path: Path, run: Run) -> None:
    document = new_document()
    document.add_paragraph('[quotecheck: ignore reason="translated from Spanish"]')
    document.add_paragraph("“We will do it,” the minister said.")
    document.add_paragraph("“We will not close the harbour,” Grant said.")
    quotes = quotes_of(run(str(save(document, tmp_path / "s.docx")), "--format", "json"))
    assert quotes["We will do it,"]["ignored"] == "translated from Spanish"
    assert "ignored" not in quotes["We will not close the harbour,"]


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("draft.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word 97-2003 (.doc)"),
        ("draft.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("draft.odt", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text", "OpenDocument (.odt)"),
        ("draft.rtf", b"{\\rtf1\\ansi Grant said: \\ldblquote We will.\\rdblquote}", "RTF"),
        ("draft.pages", b"PK\x03\x04", "Pages"),
        ("draft.txt", b"%PDF-1.4\n1 0 obj\n", "PDF"),  # named .txt, but a PDF inside
    ],
)
def test_other_formats_get_a_one_line_hint_and_exit_2(
    name: str, data: bytes, what: str, tmp_path: Path, run: Run
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"quotecheck: error: {path}: a {what} file, which quotecheck does not read; convert it to .docx or .txt"
    )


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"Grant said: \xe2\x80\x9cWe will.\xe2\x80\x9d\n", "not a .docx file (not a zip package)"),
        (b"PK\x03\x04" + b"\0" * 40, "not a .docx file (not a zip package)"),
    ],
)
def test_a_broken_docx_is_one_line_and_exit_2(data: bytes, why: str, tmp_path: Path, run: Run) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 2 and why in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_a_zip_that_is_not_a_word_document(tmp_path: Path, run: Run) -> None:
    import zipfile

    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    result = run(str(path))
    assert result.exit_code == 2 and "not a readable .docx file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
