"""Frozen dataclasses that flow between the stages (extract, sources, match, verify, report).

Every stage takes and returns these, so a stage can be replaced without touching the others.
Offsets are Python ``str`` offsets; ``line``/``column`` are 1-based and point into the file
as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    """One verdict per quote (see DESIGN.md, step 4)."""

    EXACT = "exact"
    EQUIVALENT = "equivalent"
    EDITED = "edited"
    ALTERED = "altered"
    STITCHED = "stitched"
    MISATTRIBUTED = "misattributed"
    NOT_FOUND = "not_found"
    UNVERIFIED = "unverified"

    def __str__(self) -> str:
        return self.value


VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)


class Level(StrEnum):
    """Severity of a finding, as editors know it from prose linters."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Span:
    """A half-open ``[start, end)`` range of ``str`` offsets."""

    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """A quotation found in an article, with its attribution and its place in the file."""

    id: str
    text: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    kind: str = "quote"
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    group: int | None = None
    """Pieces of one split utterance share a group number."""
    ignored: str | None = None
    """The reason given in a suppression comment, when the quote is ignored."""
    attributed_by: str | None = None
    """The name of the attribution sieve that found the speaker mention (None if none did)."""
    speaker_role: str | None = None
    """The description the draft gives the named speaker beside the name: before it in the
    mention ("Dayton Mill spokesman" of "Dayton Mill spokesman Ivo Lund") or set off after it
    ("a lawyer for Vera Sal" of "Ivo Lund, a lawyer for Vera Sal,"); None when it gives none."""
    role_earlier: bool = False
    """The role was given where the draft named the speaker before the quote's cue ("Dayton Mill
    chief executive Ivo Lund … . “…,” Lund said"): a post held then, not surely now."""
    relayed_from: str | None = None
    """For a passive report of words "as saying" whose "by" phrase names the medium ("Ada Voss
    was quoted by the Ledger as saying “…”"), the subject the medium quotes ("Ada Voss"): the
    speaker field keeps the medium (the outer frame), verification checks this speaker."""
    it_owner: str | None = None
    """For an "it" cue left to no one or an "its …" description, the name that is the subject of
    the sentence before the quote ("Dayton Mill" of "Dayton Mill shut the plant. “…,” it said")."""

    @property
    def checkable(self) -> bool:
        return self.kind == "quote"


@dataclass(frozen=True)
class Embed:
    """A post embedded in an article (an X/Twitter embed, in X's own markup or a publisher's):
    its words are a quote by the account shown. Offsets are into the article's prose
    (``Document.text``)."""

    start: int
    end: int
    author: str | None
    handle: str | None
    author_start: int
    author_end: int
    url: str | None = None


@dataclass(frozen=True)
class Turn:
    """A part of a source spoken or written by one person (a transcript turn, a post)."""

    start: int
    end: int
    speaker: str | None
    label: str | None = None
    """Where the turn is in the original when that is not a character offset: a
    subtitle cue's time range (``00:01:02.000,00:01:05.500``)."""


@dataclass(frozen=True)
class Source:
    """The text of a source as used for matching, and where it came from."""

    locator: str
    """A path or URL: what the report names as the source."""
    kind: str
    """One of: page, transcript, post, document, subtitles."""
    text: str
    author: str | None = None
    handle: str | None = None
    published: str | None = None
    retrieved: str | None = None
    turns: tuple[Turn, ...] = ()
    truncated: bool = False
    """The source itself is cut short (a post ending in "…", a clipped snippet)."""
    snapshot: str | None = None
    """Content hash of the snapshot in the store this text came from."""
    via: str | None = None
    """How the text was had when not from the source itself: ``oembed`` (an X post as X's
    public embed shows it, no API token), ``wayback`` (the Wayback Machine's copy of a page
    gone from the web)."""
    notice: str | None = None
    """What a reader of the report should know about ``via``, in a sentence."""

    def speaker_at(self, offset: int) -> str | None:
        """Who said the words at ``offset``: the turn's speaker, else the author."""
        for turn in self.turns:
            if turn.start <= offset < turn.end:
                return turn.speaker
        return self.author or self.handle

    def locator_at(self, offset: int) -> str:
        """The locator of the words at ``offset``: for subtitles, the cue's time range."""
        for turn in self.turns:
            if turn.label and turn.start <= offset < turn.end:
                return f"{self.locator}#t={turn.label}"
        return self.locator


@dataclass(frozen=True)
class SourceProblem:
    """A source that could not be read or fetched, reported rather than raised."""

    locator: str
    message: str


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff from the source to the quote.

    ``op`` is equal, replace, added (words only in the quote) or dropped (source words the
    quote leaves out)."""

    op: str
    quote_words: tuple[str, ...]
    source_words: tuple[str, ...]
    quote_text: str = ""
    """The quote's words as written (with what stands between them)."""
    source_text: str = ""
    """The source's words as written; differs from ``quote_text`` in an equal op when only
    case, punctuation or spacing changed."""
    quote_span: Span | None = None
    """Where ``quote_text`` is in the quote's text (offsets relative to the quote)."""
    source_span: Span | None = None
    """Where ``source_text`` is in the source's text."""


@dataclass(frozen=True)
class Match:
    """The best source span for a quote."""

    source: Source
    start: int
    end: int
    score: float
    pieces: tuple[Span, ...] = ()
    """For a quote in several segments ("…"), the source span of each segment."""
    ops: tuple[DiffOp, ...] = ()
    piece_sources: tuple[Source, ...] = ()
    """The source of each piece, when the pieces were found in different sources."""

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]

    @property
    def said_by(self) -> str | None:
        return self.source.speaker_at(self.start)


@dataclass(frozen=True)
class Finding:
    """One reason behind a verdict."""

    code: str
    level: Level
    message: str
    quote_span: Span | None = None
    source_span: Span | None = None
    ignored: str | None = None


@dataclass(frozen=True)
class QuoteResult:
    """A quote with its verdict and the evidence for it."""

    quote: Quote
    verdict: Verdict | None
    """None for entries that are not quotes to check (scare quotes, titles)."""
    score: float | None = None
    match: Match | None = None
    diff: str | None = None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class ArticleReport:
    path: str
    quotes: tuple[QuoteResult, ...]
    text: str | None = None
    """The article as read (the decoded file the quotes' offsets point into), for reports
    that show the article around its quotes (html); None when not kept."""
    kind: str = "text"
    """How the article was read: text, markdown or html."""


@dataclass(frozen=True)
class Report:
    """What ``quotecheck.check`` returns and every output format prints."""

    version: str
    articles: tuple[ArticleReport, ...]
    problems: tuple[SourceProblem, ...] = field(default=())

    def results(self) -> list[QuoteResult]:
        return [r for a in self.articles for r in a.quotes]

    def summary(self) -> dict[str, int]:
        counts = {"quotes": 0, **{v: 0 for v in VERDICTS}}
        for result in self.results():
            if result.verdict is None:
                continue
            counts["quotes"] += 1
            counts[result.verdict.value] += 1
        return counts
