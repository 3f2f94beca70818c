"""Prose out of Markdown and HTML, with every character mapped back to the file.

Markdown parsers (markdown-it and friends) give line ranges for blocks but no character
offsets for inline text, and HTML-to-text libraries give none at all; a quote checker must
point at the exact column, so the mapping is kept here while the markup is stripped.
"""

from __future__ import annotations

import bisect
import html
import re
from array import array
from html.parser import HTMLParser

from quotecheck.documents import Embed


class ProseBuilder:
    """Collects kept pieces of the raw text and where each character came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = array("q")
        self.size = 0

    def keep(self, raw: str, start: int, end: int) -> None:
        if end > start:
            self.parts.append(raw[start:end])
            self.offsets.extend(range(start, end))
            self.size += end - start

    def add(self, text: str, at: int) -> None:
        """Add text that stands for the markup at raw offset ``at`` (an entity, a break)."""
        if text:
            self.parts.append(text)
            self.offsets.extend([at] * len(text))
            self.size += len(text)

    def tail(self, start: int) -> str:
        """The prose from index ``start`` to the end (walks back over the last parts only)."""
        pieces: list[str] = []
        size = self.size
        for part in reversed(self.parts):
            if size <= start:
                break
            pieces.append(part)
            size -= len(part)
        joined = "".join(reversed(pieces))
        return joined[start - size :]

    def tail_is_break(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n\n")

    def result(self) -> tuple[str, array]:  # type: ignore[type-arg]
        return "".join(self.parts), self.offsets


# --- Markdown -------------------------------------------------------------------------

FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
LINE_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)+"
)
LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
HEADING_CLOSER = re.compile(r"[ \t]+#+[ \t]*$")
SETEXT_OR_RULE = re.compile(r"^[ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$")
INLINE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<image>!\[[^\]]*\]\([^)]*\))"
    r"|(?P<link>\[(?P<label>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\]))"
    r"|(?P<autolink><(?:https?|mailto):[^>\s]*>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<code>`+)"
    r"|(?P<emph>(?<![\w\\])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\w]))"
    r"|(?P<escape>\\(?=[!-/:-@\[-`{-~]))",
    re.S,
)


def markdown_prose(raw: str) -> tuple[str, array]:  # type: ignore[type-arg]
    """The prose of a Markdown file: syntax dropped, words kept where they are."""
    out = ProseBuilder()
    pos = 0
    front = FRONT_MATTER.match(raw)
    if front:
        pos = front.end()
        out.add("\n" * raw.count("\n", 0, pos), pos)
    in_fence = False
    # HTML comments may span lines: blank them out whole before the line pass.
    comments = [(m.start(), m.end()) for m in re.finditer(r"<!--.*?-->", raw[pos:], re.S)]
    comment_spans = [(a + pos, b + pos) for a, b in comments]
    ci = 0
    while pos < len(raw):
        nl = raw.find("\n", pos)
        line_end = len(raw) if nl == -1 else nl
        next_pos = line_end + 1 if nl != -1 else len(raw)
        while ci < len(comment_spans) and comment_spans[ci][1] <= pos:
            ci += 1
        if ci < len(comment_spans) and comment_spans[ci][0] < line_end:
            c0, c1 = comment_spans[ci]
            if c0 > pos and not in_fence:
                inline_prose(raw, pos, c0, out)
            if c1 > line_end:  # a comment spanning lines: skip to its end
                newlines = raw.count("\n", max(c0, pos), c1)
                out.add("\n" * newlines, c0)
                pos = c1
                continue
            pos = c1
            continue
        line = raw[pos:line_end]
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and not LINK_DEFINITION.match(line) and not SETEXT_OR_RULE.match(line):
            start = pos
            prefix = LINE_PREFIX.match(line)
            if prefix:
                start += prefix.end()
            end = line_end
            closer = HEADING_CLOSER.search(raw, start, line_end)
            if closer and line.lstrip().startswith("#"):
                end = closer.start()
            inline_prose(raw, start, end, out)
        if nl != -1:
            out.keep(raw, line_end, line_end + 1)
        pos = next_pos
    return out.result()


TWEET_BLOCK = re.compile(r"<blockquote\b[^>]*\btwitter-(?:tweet|video)\b[^>]*>.*?</blockquote>", re.S | re.I)


def markdown_embeds(raw: str, offsets: array) -> list[Embed]:  # type: ignore[type-arg]
    """Embedded posts pasted into Markdown as raw HTML: parse each block as HTML and map its
    words back into the Markdown prose."""
    embeds: list[Embed] = []
    for m in TWEET_BLOCK.finditer(raw):
        _, sub_offsets, found = html_prose_with_embeds(m.group())
        base = m.start()
        for e in found:
            if e.end <= e.start or e.end > len(sub_offsets):
                continue
            embeds.append(
                Embed(
                    start=prose_start(offsets, base + int(sub_offsets[e.start])),
                    end=prose_end(offsets, base + int(sub_offsets[e.end - 1])),
                    author=e.author,
                    handle=e.handle,
                    author_start=prose_start(offsets, base + int(sub_offsets[e.author_start])),
                    author_end=prose_end(offsets, base + int(sub_offsets[e.author_end - 1])),
                    url=e.url,
                )
            )
    return embeds


def prose_start(offsets: array, raw_at: int) -> int:  # type: ignore[type-arg]
    """The first prose index whose character comes from ``raw_at`` or later."""
    return bisect.bisect_left(offsets, raw_at)


def prose_end(offsets: array, raw_last: int) -> int:  # type: ignore[type-arg]
    """The prose end offset just after the character from ``raw_last``."""
    return bisect.bisect_right(offsets, raw_last)


def inline_prose(raw: str, start: int, end: int, out: ProseBuilder) -> None:
    pos = start
    for m in INLINE.finditer(raw, start, end):
        out.keep(raw, pos, m.start())
        if m.group("link") is not None:
            label_start = m.start("label")
            inline_prose(raw, label_start, m.end("label"), out)
        pos = m.end()
    out.keep(raw, pos, end)


# --- HTML -----------------------------------------------------------------------------

HIDDEN = {"script", "style", "head", "noscript", "template", "svg", "iframe", "title"}
BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "tr", "table", "section", "article", "header", "footer", "aside", "figure",
    "figcaption", "pre", "hr", "dd", "dt", "main", "nav", "form",
}  # fmt: skip


class TweetEmbed:
    """Where an embedded post's words and its "— Name (@handle)" line are in the prose."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.text_start = -1
        self.text_end = -1
        self.byline_start = -1
        self.url: str | None = None


class ProseParser(HTMLParser):
    """Visible text of an HTML page, with raw offsets (entities mapped to where they stand).

    Embedded posts (``<blockquote class="twitter-tweet">``, the markup X/Twitter's embed
    code produces) are recorded in ``embeds``: they are quotes whose speaker is the account
    named in the embed's byline."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]
        self.out = ProseBuilder()
        self.hidden = 0
        self.blockquotes = 0
        self.tweet: TweetEmbed | None = None
        self.embeds: list[Embed] = []

    def here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote":
            self.blockquotes += 1
            classes = (dict(attrs).get("class") or "").split()
            if self.tweet is None and ("twitter-tweet" in classes or "twitter-video" in classes):
                self.tweet = TweetEmbed(self.blockquotes)
        if self.tweet is not None:
            self.tweet_tag(tag, attrs)
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.block_break()

    def tweet_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tweet = self.tweet
        assert tweet is not None
        if tag == "p" and tweet.text_start < 0:
            self.block_break()
            tweet.text_start = self.out.size
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if "/status/" in href:
                tweet.url = href

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self.block_break()

    def handle_endtag(self, tag: str) -> None:
        tweet = self.tweet
        if tweet is not None and tag == "p" and tweet.text_end < 0 and tweet.text_start >= 0:
            tweet.text_end = self.out.size
            self.block_break()
            tweet.byline_start = self.out.size
        if tag == "blockquote":
            if tweet is not None and tweet.depth == self.blockquotes:
                self.finish_tweet(tweet)
                self.tweet = None
            self.blockquotes = max(0, self.blockquotes - 1)
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.block_break()

    def finish_tweet(self, tweet: TweetEmbed) -> None:
        if tweet.text_start < 0 or tweet.text_end <= tweet.text_start or tweet.byline_start < 0:
            return
        byline = self.out.tail(tweet.byline_start)
        m = BYLINE.search(byline)
        if m is None:
            return
        start, end = tweet.text_start, tweet.text_end
        name = m.group("name").strip()
        name_start = tweet.byline_start + m.start("name")
        self.embeds.append(
            Embed(
                start=start,
                end=end,
                author=name or None,
                handle=m.group("handle"),
                author_start=name_start if name else tweet.byline_start + m.start("handle"),
                author_end=name_start + len(name) if name else tweet.byline_start + m.end("handle"),
                url=tweet.url,
            )
        )

    def block_break(self) -> None:
        if not self.out.tail_is_break():
            self.out.add("\n\n", self.here())

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self.here()
        # Collapse layout whitespace as a browser does, keeping offsets of kept chars.
        for m in re.finditer(r"\S+|\s+", data):
            if m.group().isspace():
                if self.out.parts and not self.out.parts[-1][-1:].isspace():
                    self.out.add(" ", start + m.start())
            else:
                self.out.keep(self.raw, start + m.start(), start + m.end())

    def handle_entityref(self, name: str) -> None:
        if not self.hidden:
            self.out.add(html.unescape(f"&{name};"), self.here())

    def handle_charref(self, name: str) -> None:
        if not self.hidden:
            self.out.add(html.unescape(f"&#{name};"), self.here())


BYLINE = re.compile(r"\A[\s—–-]*(?P<name>[^()\n]{0,80}?)\s*\((?P<handle>@\w{1,30})\)")


def html_prose(raw: str) -> tuple[str, array]:  # type: ignore[type-arg]
    """The visible text of an HTML article, paragraphs separated by blank lines."""
    text, offsets, _ = html_prose_with_embeds(raw)
    return text, offsets


def html_prose_with_embeds(raw: str) -> tuple[str, array, list[Embed]]:  # type: ignore[type-arg]
    """The visible text, its offset map, and the embedded posts found in it."""
    parser = ProseParser(raw)
    parser.feed(raw)
    parser.close()
    text, offsets = parser.out.result()
    return text, offsets, parser.embeds
