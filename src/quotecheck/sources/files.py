"""Local files and folders of sources: text, Markdown with front matter, HTML, transcripts,
subtitles (.vtt/.srt), saved X API responses (.json), X archive exports (tweets.js) and web
archives (.warc, .warc.gz)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from quotecheck.model import Source, SourceProblem, Turn
from quotecheck.sources.base import SourceProvider
from quotecheck.sources.manifest import (
    MANIFEST_MIN_BYTES,
    Entry,
    TextsRead,
    from_facts,
    read_with_manifest,
    stat_entry,
)
from quotecheck.sources.transcript import turns_of

if TYPE_CHECKING:
    from quotecheck.progress import Bars
    from quotecheck.store import Store

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".vtt", ".srt", ".json"}
ARCHIVE_NAMES = {"tweets.js", "tweet.js"}
WARC_SUFFIXES = (".warc", ".warc.gz")
"""Web archives (sources/warc.py; its SUFFIXES, named here so that a folder scan needs no warcio)."""
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)


class FileSources(SourceProvider):
    """Every readable source file under the given paths (folders are searched recursively).

    With a ``store``, large sets of files go through its manifest: unchanged files are not
    read (their sources read their text when first used), changed ones are read again.
    """

    def __init__(
        self,
        paths: list[str],
        exclude: Iterable[str] = (),
        store: Store | None = None,
        bars: Bars | None = None,
    ) -> None:
        self.paths = paths
        self.exclude = {Path(e).resolve() for e in exclude}
        """The articles being checked: a draft in a source folder would vouch for itself."""
        self.store = store
        self.bars = bars
        """``bars(label, total)``: a progress bar for reading many changed files."""

    def collect(self) -> Iterator[Source | SourceProblem]:
        plan: list[SourceProblem | tuple[Entry, bool]] = []  # (file, named on its own)
        excluded = {file_id(p) for p in self.exclude}
        for name in self.paths:
            path = Path(name)
            if not path.exists():
                plan.append(SourceProblem(name, "no such file or folder"))
            elif path.is_dir():
                found = False
                for child in walk(path):
                    if (child.dev, child.ino) in excluded:
                        continue
                    if is_source_file(child.path):
                        found = True
                        plan.append((child.entry, False))
                if not found:  # e.g. only .pdf or .docx: say so, or every quote is silently unverified
                    kinds = ", ".join(sorted(SUFFIXES | ARCHIVE_NAMES | set(WARC_SUFFIXES)))
                    plan.append(SourceProblem(name, f"no source files in this folder (read: {kinds})"))
            elif path.resolve() in self.exclude:
                plan.append(SourceProblem(name, "is an article of this run, not a source for it"))
            else:
                named_file = stat_entry(name)
                if named_file is None:
                    plan.append(SourceProblem(name, "cannot read (no longer there)"))
                else:
                    plan.append((named_file, True))
        files = [item[0] for item in plan if isinstance(item, tuple)]
        facts = self.facts(files)
        texts_read = TextsRead()  # one bound for the texts of all this run's file sources
        for item in plan:
            if isinstance(item, SourceProblem):
                yield item
                continue
            file, named = item
            kept = facts.get(file.path)
            if kept is None:  # read now, as without a store
                if own_report(Path(file.path)):
                    if named:
                        yield SourceProblem(file.path, REPORT_PROBLEM)
                    continue
                yield from read_sources(Path(file.path))
            elif kept.get("report"):
                if named:
                    yield SourceProblem(file.path, REPORT_PROBLEM)
            else:
                yield from from_facts(file.path, kept, self.kept_in, texts_read)

    @property
    def kept_in(self) -> str | None:
        """The store database, where the manifest keeps the texts of saved pages."""
        from quotecheck.store import DB_NAME

        return None if self.store is None else str(self.store.root / DB_NAME)

    def facts(self, files: list[Entry]) -> dict[str, dict[str, Any]]:
        """The manifest's facts of the files worth keeping there (none without a store, or
        when the files are few and small enough to read every time)."""
        kept = [e for e in files if not read_whole_each_time(e.path)]
        if self.store is None or sum(e.size for e in kept) < MANIFEST_MIN_BYTES:
            return {}
        from quotecheck.store import CACHE_FAILURES

        try:
            return {e.path: f for e, f in read_with_manifest(kept, self.store, self.bars)}
        except CACHE_FAILURES:
            return {}  # a store that cannot be opened costs reading time, never a check


REPORT_PROBLEM = "is a quotecheck report or baseline, not a source"


def read_whole_each_time(path: str) -> bool:
    """Files the manifest does not keep: an X archive's ``tweets.js`` (its facts depend on
    ``account.js`` beside it) and a web archive (many sources in one file, read as a stream
    and larger than the cap on a file read whole)."""
    name = os.path.basename(path).lower()
    return name in ARCHIVE_NAMES or name.endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class Found:
    """A file met while walking a folder, with its identity (to skip the articles)."""

    entry: Entry
    dev: int
    ino: int

    @property
    def path(self) -> str:
        return self.entry.path


def walk(folder: Path) -> list[Found]:
    """Every file under ``folder`` with its ``stat``, in the order of sorted paths."""
    found: list[tuple[tuple[str, ...], Found]] = []
    stack = [str(folder)]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as it:
                children = list(it)
        except OSError:
            continue
        for child in children:
            # named as pathlib names them: "a.txt" in ".", not "./a.txt"
            path = child.name if top == "." else child.path
            try:
                if child.is_dir():  # not into linked folders (a link loop), as Path.rglob
                    if not child.is_symlink():
                        stack.append(path)
                    continue
                if not child.is_file():
                    continue
                st = child.stat()
            except OSError:
                continue
            entry = Entry.of(path, st)
            found.append((tuple(path.split(os.sep)), Found(entry, st.st_dev, st.st_ino)))
    found.sort(key=lambda pair: pair[0])
    return [f for _, f in found]


def file_id(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_dev, st.st_ino)


REPORT_HEAD = re.compile(
    r"\A(?:\*\*quotecheck\*\*:|where\s+speaker\s+quote\s+verdict\b)"  # markdown, table
    r'|"quotecheck(?:_baseline)?":|"check_name":\s*"quotecheck/|"\$schema":\s*"[^"]*sarif'  # json, gitlab, sarif
    r'|<meta name="generator" content="quotecheck '  # html
)


def own_report(path: Path, data: bytes | None = None) -> bool:
    """A report or baseline quotecheck wrote: it holds every quote of a draft, so read as a
    source it would vouch for them all (a report saved into a source folder, sources = ".").
    Only a regular file: a pipe read here would be empty when read as the source."""
    if data is None:
        if not path.is_file():
            return False
        try:
            with path.open("rb") as f:
                data = f.read(4096)
        except OSError:
            return False
    head = data[:4096].decode("utf-8", "replace").lstrip("\ufeff")
    return REPORT_HEAD.search(head) is not None


def is_source_file(path: str) -> bool:
    name = os.path.basename(path).lower()
    return os.path.splitext(name)[1] in SUFFIXES or name in ARCHIVE_NAMES or name.endswith(WARC_SUFFIXES)


def read_sources(
    path: Path, with_turns: bool = True, data: bytes | None = None
) -> list[Source | SourceProblem]:
    """The sources in one file: one for most, one per post for saved posts, one per
    archived page for a web archive (WARC).

    ``with_turns=False`` skips finding transcript turns and the digest (the manifest keeps
    them) when only the text is wanted; ``data``: the file's bytes, when already read."""
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        from quotecheck.sources.warc import warc_sources

        return warc_sources(path)
    if suffix == ".json" or path.name.lower() in ARCHIVE_NAMES or suffix == ".js":
        text = read_text(path, data)
        if not isinstance(text, str):
            return [text]
        from quotecheck.sources import saved_posts

        if suffix == ".json":
            return saved_posts.api_response_sources(path, text)
        return saved_posts.archive_sources(path, text)
    return [read_source(path, with_turns, data)]


def read_text(path: Path, data: bytes | None = None) -> str | SourceProblem:
    read = read_file(path, data)
    return read if isinstance(read, SourceProblem) else read[1]


def read_file(path: Path, data: bytes | None = None) -> tuple[bytes, str] | SourceProblem:
    """The bytes (for the snapshot digest) and the text (UTF-8, or UTF-16/32 with a byte-order
    mark; universal newlines), or why not (see ``decoding.read_capped`` for the size cap)."""
    from quotecheck.decoding import NotText, decode_text, read_capped

    try:
        if data is None:
            data = read_capped(path)
        return data, decode_text(data)
    except OSError as exc:
        return SourceProblem(str(path), f"cannot read ({exc.strerror or exc})")
    except NotText as exc:
        return SourceProblem(str(path), str(exc))


def read_source(path: Path, with_turns: bool = True, data: bytes | None = None) -> Source | SourceProblem:
    read = read_file(path, data)
    if isinstance(read, SourceProblem):
        return read
    data, text = read
    retrieved = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hashlib.sha256(data).hexdigest() if with_turns else ""
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
    if "\f" in text:
        text = without_page_furniture(text)
    if suffix not in {".vtt", ".srt"}:
        text = without_line_numbers(text)
    if not text or text.isspace():  # an empty file, or a saved page whose words a script would have drawn
        return SourceProblem(
            str(path),
            "no text in this source" + (" (its page text is empty)" if meta.get("kind") == "page" else ""),
        )
    if turns is None:
        turns = turns_of(text) if with_turns else ()
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


PAGE_NUMBER = re.compile(
    r"[ \t]*(?:page[ \t]+)?[-–—(\[]?[ \t]*\d{1,4}[ \t]*[-–—)\]]?(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*", re.I
)
"""A line that is only a page number: "12", "- 12 -", "Page 12 of 40"."""
DIGITS = re.compile(r"\d+")
SAID_LINE = re.compile(
    r"[.?!:;…\"”’']\s*\Z|[“”\"]|\A[ \t]*(?:[A-Z][A-Z.'’-]*[ \t]+){0,4}[A-Z][A-Z.'’-]*[ \t]*:"
)
"""A line no running head is, however often it opens a page: a sentence's end or a quotation
mark in it, or a speaker's label in capitals ("MR. PEMBERLEY: Objection", "YSOLDE FARRANT:"), as a
transcript's page may well open on the same short turn as the page before."""
FORM_FEED = re.compile("\f")


def without_page_furniture(text: str) -> str:
    """Text cut into pages by form feeds (as PDF exports give it) with each page's running head
    (a first line that opens two pages or more, its numbers aside, or the lines between the
    page's edge and its number: ``in_head``) and page number blanked out,
    so a sentence that runs on over a page break reads as one: the break itself and the blank
    lines around it become one line break, not a paragraph's end. (A source's offsets are into
    the text it gives, as for the body of a Markdown file or a page's words.)"""
    breaks = [m.start() for m in FORM_FEED.finditer(text)]
    pages = list(zip([0] + [b + 1 for b in breaks], [*breaks, len(text)], strict=True))
    lines = [page_lines(text, a, b) for a, b in pages]
    heads: dict[str, int] = {}
    for found in lines:
        if found:
            key = DIGITS.sub("#", text[found[0][0] : found[0][1]]).strip()
            heads[key] = heads.get(key, 0) + 1
    kept: list[str] = []
    last = 0
    for found in lines:
        numbers = [(a, b) for a, b in found if PAGE_NUMBER.fullmatch(text[a:b])]
        head = [k for k, (a, _) in enumerate(found) if in_head(text, found, numbers, a)]
        for k, (a, b) in enumerate(found):
            line = text[a:b]
            if (
                ((a, b) in numbers and (k in (0, len(found) - 1) or k - 1 in head or k + 1 in head))
                or k in head
                or (
                    k == 0 and heads.get(DIGITS.sub("#", line).strip(), 0) >= 2 and not SAID_LINE.search(line)
                )
            ):
                kept.append(text[last:a])
                last = b
    kept.append(text[last:])
    return PAGE_BREAK.sub("\n", "".join(kept))


PAGE_BREAK = re.compile(r"\s*\f\s*")
LINE_NUMBER: Final = re.compile(r"^[ \t]*(\d{1,2})(?:\t[ \t]*|[ \t]{2,}|(?=\n)|\Z)", re.M)
"""A number opening a line in a column of its own, as a deposition or a court filing numbers
each line of a page ("12   A.   The weir will"): a tab or two spaces or more after it, or nothing."""
NUMBERED_RUN: Final = 5
"""Lines numbered one after another (12, 13, 14 …) that make a page's line numbers, not a list."""


def without_line_numbers(text: str) -> str:
    """Text whose lines a transcript or filing numbers ("12   A.   The weir will", "13   hold.")
    without those numbers, so words that run on from one numbered line to the next read as one
    sentence: a number goes when it opens a line in a column of its own (``LINE_NUMBER``) in a
    run of lines each the line right after the one before and numbered one more, NUMBERED_RUN
    lines or more or from line 1. Numbers with one space after them are words ("5 technicians
    in March, / 6 in April"; "12 March the gates failed / 13 March …")."""
    found = list(LINE_NUMBER.finditer(text))
    if len(found) < 2:
        return text
    runs: list[list[re.Match[str]]] = []
    for m in found:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and int(m.group(1)) == int(last.group(1)) + 1
            and text.count("\n", last.end(), m.start()) == 1
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    cut = [
        m
        for run in runs
        if len(run) >= NUMBERED_RUN or (len(run) >= 3 and run[0].group(1) == "1")
        for m in run
    ]
    if not cut:
        return text
    kept: list[str] = []
    last_end = 0
    for m in cut:
        kept.append(text[last_end : m.start()])
        last_end = m.end()
    kept.append(text[last_end:])
    return "".join(kept)


def page_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first and last HEAD_LINES lines that hold something on a page, as (start, end)
    offsets, in order."""
    spans = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            spans.append((pos, stop))
        pos = stop + 1
    if len(spans) <= 2 * HEAD_LINES:
        return spans
    return spans[:HEAD_LINES] + spans[-HEAD_LINES:]


RUNS_ON: Final = re.compile(r"[^\w\n]*[a-z]")
"""A line opening in lower case: it goes on with a sentence, as no heading does."""
HEAD_LINES: Final = 3
"""Lines at a page's top or foot read for its running head or foot and its number."""


def in_head(text: str, found: list[tuple[int, int]], numbers: list[tuple[int, int]], at: int) -> bool:
    """Whether the line at ``at`` belongs to a page's running head or foot of two lines or three:
    it stands between the page's edge and a line that is only the page's number (``numbers``:
    "Harbour Inquiry — Day Two" / "Page 10"), within HEAD_LINES lines of the edge, and neither it
    nor any line between it and the number is a said line (``SAID_LINE``) or opens in lower case
    (``RUNS_ON``): "the number on duty last winter was" / "30" / "and this winter …" is a sentence
    run on over the page's edge, its number a word of it."""
    for side in (found[:HEAD_LINES], found[::-1][:HEAD_LINES]):
        k = next((i for i, span in enumerate(side) if span in numbers), -1)
        here = next((i for i, span in enumerate(side) if span[0] == at), -1)
        if (
            0 <= here < k < len(found) - 1  # the page has words beyond its number
            and not any(SAID_LINE.search(text[a:b]) or RUNS_ON.match(text, a) for a, b in side[:k])
        ):
            return True
    return False
