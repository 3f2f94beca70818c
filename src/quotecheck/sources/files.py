"""Local files and folders of sources: text, Markdown with front matter, HTML, transcripts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from quotecheck.model import Source, SourceProblem
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.transcript import turns_of

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


class FileSources(SourceProvider):
    """Every readable source file under the given paths (folders are searched recursively)."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths

    def collect(self) -> Iterator[Source | SourceProblem]:
        for name in self.paths:
            path = Path(name)
            if not path.exists():
                yield SourceProblem(name, "no such file or folder")
            elif path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if child.suffix.lower() in SUFFIXES:
                        yield read_source(child)
            else:
                yield read_source(path)


def read_source(path: Path) -> Source | SourceProblem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceProblem(str(path), f"cannot read ({exc.strerror})")
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        return SourceProblem(
            str(path), f"not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start})"
        )
    retrieved = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hashlib.sha256(data).hexdigest()
    meta: dict[str, str] = {}
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        from quotecheck.markup import html_prose

        text = html_prose(text)[0]
    elif suffix in {".md", ".markdown"}:
        front = FRONT_MATTER.match(text)
        if front:
            meta = {m["key"].lower(): m["value"].strip("\"'") for m in FIELD.finditer(front["body"])}
            text = text[front.end() :]
    turns = turns_of(text)
    kind = meta.get("kind") or ("transcript" if turns else "document")
    return Source(
        locator=str(path),
        kind=kind,
        text=text,
        author=meta.get("author"),
        handle=meta.get("handle"),
        published=meta.get("date") or meta.get("published"),
        retrieved=meta.get("retrieved") or retrieved,
        turns=turns,
        truncated=meta.get("truncated", "").lower() in {"true", "yes"},
        snapshot=digest[:16],
    )
