"""A damaged .docx draft is one line naming the file, what is wrong in a writer's words,
and exit 2: never a traceback, never the libraries' own messages (zipfile's part names,
lxml's line numbers, python-docx's object addresses). Drafts built with python-docx."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
INTERNALS = (
    "KeyError",
    "XMLSyntaxError",
    "ValueError",
    "zlib",
    "zipfile",
    "lxml",
    "<_io",
    "no item named",
    "line 1",
)


def good_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("“We will keep the pier open,” said Ola Berg.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def changed(change: Callable[[str, bytes], bytes | None]) -> bytes:
    """The good draft with each part passed through ``change`` (None drops the part)."""
    source = zipfile.ZipFile(io.BytesIO(good_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                package.writestr(info.filename, data)
    return out.getvalue()


def part(name: str, new: bytes | None) -> Callable[[str, bytes], bytes | None]:
    return lambda n, b: new if n == name else b


def corrupted() -> bytes:
    """Bytes inside the compressed main document overwritten: the zip's data is damaged."""
    data = bytearray(good_docx())
    at = data.find(b"word/document.xml") + 60
    data[at : at + 8] = b"\0" * 8
    return bytes(data)


DAMAGED = {
    "xml cut short": (lambda: changed(lambda n, b: b[: len(b) // 2] if n == "word/document.xml" else b), "its XML is damaged"),
    "no main document": (lambda: changed(part("word/document.xml", None)), "a part every Word file has is missing"),
    "no content types": (lambda: changed(part("[Content_Types].xml", None)), "a part every Word file has is missing"),
    "broken relationships": (lambda: changed(part("word/_rels/document.xml.rels", b"<Rel")), "its XML is damaged"),
    "no body": (lambda: changed(part("word/document.xml", b"<w:document " + W + b"/>")), "a part every Word file has is missing"),
    "another root": (lambda: changed(part("word/document.xml", b"<html/>")), "not a Word document's"),
    "a spreadsheet": (
        lambda: changed(lambda n, b: b.replace(b"wordprocessingml.document.main", b"spreadsheetml.sheet.main")),
        "another kind of Office file",
    ),
    "zip data damaged": (corrupted, "its zip package is damaged"),
}  # fmt: skip


@pytest.mark.parametrize("damage", list(DAMAGED))
def test_a_damaged_docx_is_one_plain_line_and_exit_2(damage: str, tmp_path: Path, run: Run) -> None:
    make, why = DAMAGED[damage]
    draft = tmp_path / "harbour-draft.docx"
    draft.write_bytes(make())
    result = run(str(draft), "--no-links")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"quotecheck: error: {draft}: not a readable .docx file (")
    assert why in line
    assert not any(word in line for word in INTERNALS), line
    assert "Traceback" not in result.output


def test_a_damaged_docx_on_standard_input_is_named_stdin(run: Run) -> None:
    data = changed(lambda n, b: b[: len(b) // 2] if n == "word/document.xml" else b)
    result = run("-", "--no-links", input=data)  # type: ignore[arg-type]
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "quotecheck: error: <stdin>: not a readable .docx file (its XML is damaged); "
        "open it in Word and save it again as .docx"
    )


def test_the_undamaged_draft_is_read(tmp_path: Path, run: Run) -> None:
    """Neighbour: the same draft before the damage is checked as usual."""
    draft = tmp_path / "harbour-draft.docx"
    draft.write_bytes(good_docx())
    result = run(str(draft), "--no-links", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "We will keep the pier open," in result.stdout
