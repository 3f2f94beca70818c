"""Local files and folders of sources: text, Markdown with front matter, HTML, transcripts,
subtitles (.vtt/.srt), saved X API responses (.json), X archive exports (tweets.js) and web
archives (.warc, .warc.gz)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from quotecheck.model import Source, SourceProblem, Turn
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.transcript import turns_of

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".vtt", ".srt", ".json"}
ARCHIVE_NAMES = {"tweets.js", "tweet.js"}
WARC_SUFFIXES = (".warc", ".warc.gz")
"""Web archives (sources/warc.py; its SUFFIXES, named here so that a folder scan needs no warcio)."""
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


class FileSources(SourceProvider):
    """Every readable source file under the given paths (folders are searched recursively)."""

    def __init__(self, paths: list[str], exclude: Iterable[str] = ()) -> None:
        self.paths = paths
        self.exclude = {Path(e).resolve() for e in exclude}
        """The articles being checked: a draft in a source folder would vouch for itself."""

    def collect(self) -> Iterator[Source | SourceProblem]:
        for name in self.paths:
            path = Path(name)
            if not path.exists():
                yield SourceProblem(name, "no such file or folder")
            elif path.is_dir():
                found = False
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if child.resolve() in self.exclude or own_report(child):
                        continue
                    if is_source_file(child):
                        found = True
                        yield from read_sources(child)
                if not found:  # e.g. only .pdf or .docx: say so, or every quote is silently unverified
                    kinds = ", ".join(sorted(SUFFIXES | ARCHIVE_NAMES | set(WARC_SUFFIXES)))
                    yield SourceProblem(name, f"no source files in this folder (read: {kinds})")
            elif path.resolve() in self.exclude:
                yield SourceProblem(name, "is an article of this run, not a source for it")
            elif own_report(path):
                yield SourceProblem(name, "is a quotecheck report or baseline, not a source")
            else:
                yield from read_sources(path)


REPORT_HEAD = re.compile(
    r"\A(?:\*\*quotecheck\*\*:|where\s+speaker\s+quote\s+verdict\b)"  # markdown, table
    r'|"quotecheck(?:_baseline)?":|"check_name":\s*"quotecheck/|"\$schema":\s*"[^"]*sarif'  # json, gitlab, sarif
    r'|<meta name="generator" content="quotecheck '  # html
)


def own_report(path: Path) -> bool:
    """A report or baseline quotecheck wrote: it holds every quote of a draft, so read as a
    source it would vouch for them all (a report saved into a source folder, sources = ".")."""
    try:
        with path.open("rb") as f:
            head = f.read(4096).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return False
    return REPORT_HEAD.search(head) is not None


def is_source_file(path: Path) -> bool:
    name = path.name.lower()
    return path.suffix.lower() in SUFFIXES or name in ARCHIVE_NAMES or name.endswith(WARC_SUFFIXES)


def read_sources(path: Path) -> list[Source | SourceProblem]:
    """The sources in one file: one for most, one per post for saved posts, one per
    archived page for a web archive (WARC)."""
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        from quotecheck.sources.warc import warc_sources

        return warc_sources(path)
    if suffix == ".json" or path.name.lower() in ARCHIVE_NAMES or suffix == ".js":
        text = read_text(path)
        if not isinstance(text, str):
            return [text]
        from quotecheck.sources import saved_posts

        if suffix == ".json":
            return saved_posts.api_response_sources(path, text)
        return saved_posts.archive_sources(path, text)
    return [read_source(path)]


def read_text(path: Path) -> str | SourceProblem:
    read = read_file(path)
    return read if isinstance(read, SourceProblem) else read[1]


def read_file(path: Path) -> tuple[bytes, str] | SourceProblem:
    """The bytes (for the snapshot digest) and the text (UTF-8, universal newlines), or why not."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceProblem(str(path), f"cannot read ({exc.strerror})")
    try:
        return data, data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        return SourceProblem(
            str(path), f"not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start})"
        )


def read_source(path: Path) -> Source | SourceProblem:
    read = read_file(path)
    if isinstance(read, SourceProblem):
        return read
    data, text = read
    retrieved = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hashlib.sha256(data).hexdigest()
    meta: dict[str, str] = {}
    suffix = path.suffix.lower()
    turns: tuple[Turn, ...] | None = None
    if suffix in {".html", ".htm"}:
        from quotecheck.sources.html_text import page_text

        page = page_text(text)
        text = page.text
        meta = {k: v for k, v in (("author", page.author), ("date", page.published)) if v}
        meta["kind"] = "page"
    elif suffix in {".vtt", ".srt"}:
        from quotecheck.sources.subtitles import subtitle_text

        text, turns = subtitle_text(text)
        meta = {"kind": "subtitles"}
    elif suffix in {".md", ".markdown"}:
        front = FRONT_MATTER.match(text)
        if front:
            meta = {m["key"].lower(): m["value"].strip("\"'") for m in FIELD.finditer(front["body"])}
            text = text[front.end() :]
    if not text.strip():  # an empty file, or a saved page whose words a script would have drawn
        return SourceProblem(
            str(path),
            "no text in this source" + (" (its page text is empty)" if meta.get("kind") == "page" else ""),
        )
    if turns is None:
        turns = turns_of(text)
    kind = meta.get("kind") or ("transcript" if turns else "document")
    if kind == "page" and turns:
        kind = "transcript"
    return Source(
        locator=meta.get("url") or str(path),
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
