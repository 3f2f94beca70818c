"""Prose out of an HTML page, with every character mapped back to the file.

lxml (libxml2's HTML parser) reads the page in linear time whatever it holds (200,000
unclosed ``<!--`` or ``<a`` take a blink; the standard library's parser took minutes). lxml
gives no character offsets, so the text it reports is laid back onto the file as it comes:
a run the file holds verbatim maps one to one, an entity maps its characters to its ``&``,
and markup between runs is stepped over. Paragraphs are recorded with what the markup
says about them (page furniture, a heading, an embedded post, a lone link), for
``quotecheck.article.body`` to tell the article from the page around it.
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import dataclass, field
from html.entities import html5

from quotecheck.article.markers import embed_kind, embed_part, is_furniture, name_words
from quotecheck.article.prose import ProseBuilder
from quotecheck.model import Embed

HIDDEN = frozenset(
    {"script", "style", "head", "noscript", "template", "svg", "iframe", "title", "object", "math"}
)
BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "table", "section", "article", "header", "footer", "aside", "figure",
        "figcaption", "pre", "hr", "dd", "dt", "dl", "main", "nav", "form", "address",
        "details", "summary", "dialog", "fieldset", "legend", "caption", "td", "th", "body",
    }
)  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CODE = frozenset({"code", "kbd", "samp"})
ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
MARKUP = re.compile(
    r"<!--(?:-?>|.*?--!?>|.*\Z)"  # a comment: abrupt (<!-->), closed, or running to the end
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?/][^>]*+>?"  # doctype, processing instruction, end tag
    r"|<[A-Za-z][^\s/>]*+(?:[^>\"']++|\"[^\"]*+\"|'[^']*+'|[\"'])*+>?",  # a start tag, quoted values whole
    re.S,
)
WORDS_OR_SPACE = re.compile(r"\S+|\s+")
POST_URL = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?P<handle>\w{1,15})/status(?:es)?/\d+", re.I
)
BYLINE = re.compile(r"\A[\s—–-]*(?P<name>[^()\n]{0,80}?)\s*\((?P<handle>@\w{1,30})\)")
HANDLE = re.compile(r"@\w{1,30}")


@dataclass(frozen=True)
class Paragraph:
    """A run of prose between two block breaks, and what its markup says about it."""

    start: int
    end: int
    furniture: int | None
    """The innermost page-furniture element (``PageProse.furniture``) it sits in: an outer
    one holds more of the page, so it is furniture whenever this one is."""
    heading: str | None
    """``h1``…``h6`` when it is a heading."""
    embed: int | None
    """The embed (``PageProse.embeds``) it belongs to."""
    lone_link: bool
    """All its words are one link's words (a teaser dropped into the article)."""
    caption: bool = False
    """It is (in) a ``<figcaption>``: a photo's caption, which a main-text extractor leaves
    out with the image, though its words are the article's."""


@dataclass
class Region:
    """An element's stretch of the prose."""

    start: int
    end: int = -1


@dataclass
class EmbedRegion(Region):
    """An embedded post (``kind`` "post") or another embed ("other") and its parts."""

    kind: str = "other"
    parts: dict[str, Region] = field(default_factory=dict)
    texts: list[Region] = field(default_factory=list)
    """Every element named for the post's text: the longest holds the words (a byline or
    an "attribution text" can be named so too)."""
    url: str | None = None
    embed: Embed | None = None


@dataclass(frozen=True)
class PageProse:
    text: str
    offsets: array  # type: ignore[type-arg]
    paragraphs: list[Paragraph]
    furniture: list[Region]
    embeds: list[EmbedRegion]

    def posts(self) -> list[Embed]:
        return [e.embed for e in self.embeds if e.embed is not None]


@dataclass
class Open:
    tag: str
    furniture: int | None = None
    embed: int | None = None
    part: Region | None = None
    link: bool = False


def entity_at(raw: str, at: int) -> tuple[str, int] | None:
    """The characters of the entity at ``raw[at]`` and where it ends, read as browsers read
    it: ``&copy0`` is "©" then a literal "0" (a legacy name needs no ";")."""
    m = ENTITY.match(raw, at)
    if m is None:
        return None
    written = m.group()
    if written[1] == "#":
        decoded = html.unescape(written)
        return (decoded, m.end()) if decoded != written else None
    name = written[1:]
    if name in html5:
        return html5[name], m.end()
    for size in range(len(name) - 1, 1, -1):
        if name[:size] in html5:
            return html5[name[:size]], at + 1 + size
    return None


class PageWalker:
    """An lxml parser target: builds the prose while the parser walks the page."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.cursor = 0  # where in ``raw`` the next text is looked for
        self.out = ProseBuilder()
        self.stack: list[Open] = []
        self.hidden = 0
        self.code = 0
        self.links = 0
        self.furniture: list[Region] = []
        self.open_furniture: list[int] = []
        self.headings: list[str] = []
        self.captions = 0  # open <figcaption> elements
        self.embeds: list[EmbedRegion] = []
        self.embed_at: int | None = None  # the embed being read (the outermost one)
        self.paragraphs: list[Paragraph] = []
        self.para_first = -1  # prose index of the current paragraph's first word
        self.para_context: tuple[int | None, str | None, int | None, bool] = (None, None, None, False)
        self.para_words = 0
        self.para_link_words = 0
        self.para_link_ids: set[int] = set()
        self.link_count = 0

    # --- parser target events -----------------------------------------------------------

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        entry = Open(tag)
        words = name_words(attrib)
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.block_break()
        if tag in CODE:
            self.code += 1
        if tag in HEADINGS:
            self.headings.append(tag)
        if tag == "figcaption":
            self.captions += 1
        kind = embed_kind(tag, attrib, words) if self.embed_at is None else None
        if kind is None and is_furniture(tag, attrib, words):  # an embed's names describe the embed
            entry.furniture = len(self.furniture)
            self.open_furniture.append(entry.furniture)
            self.furniture.append(Region(self.out.size))
        if kind is not None:
            entry.embed = self.embed_at = len(self.embeds)
            self.embeds.append(EmbedRegion(self.out.size, kind=kind))
        elif self.embed_at is not None and self.embeds[self.embed_at].kind == "post":
            self.embed_tag(self.embeds[self.embed_at], tag, attrib, words, entry)
        if tag == "a":
            entry.link = True
            self.links += 1
            self.link_count += 1
        self.stack.append(entry)

    def end(self, tag: str) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        at = len(self.stack) - 1
        while at >= 0 and self.stack[at].tag != tag:
            at -= 1
        if at < 0:
            return
        while len(self.stack) > at:
            self.close_element(self.stack.pop())

    def close_element(self, entry: Open) -> None:
        tag = entry.tag
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.block_break()
        if tag in CODE:
            self.code = max(0, self.code - 1)
        if entry.link:
            self.links = max(0, self.links - 1)
        if entry.part is not None:
            entry.part.end = self.out.size
        if tag in HEADINGS and self.headings:
            self.headings.pop()
        if tag == "figcaption":
            self.captions = max(0, self.captions - 1)
        if entry.furniture is not None:
            self.furniture[entry.furniture].end = self.out.size
            self.open_furniture.pop()
        if entry.embed is not None:
            self.block_break()
            self.embed_at = None
            region = self.embeds[entry.embed]
            region.end = self.out.size
            if region.kind == "post":
                region.embed = self.finish_post(region)

    def data(self, data: str) -> None:
        pieces = self.lay(data)
        if self.hidden:
            return
        out = self.out
        for text, at, verbatim in pieces:
            if not verbatim:
                if not text.isspace():
                    self.word_start()
                out.add(text, at)
                continue
            for m in WORDS_OR_SPACE.finditer(text):
                if m.group().isspace():
                    if out.parts and not out.last_char().isspace():
                        out.add(" ", at + m.start())
                    continue
                self.word_start()
                if self.code:
                    out.keep_code(self.raw, at + m.start(), at + m.end())
                else:
                    out.keep(self.raw, at + m.start(), at + m.end())

    def comment(self, text: str) -> None:
        """Comments are stepped over in the file when the next text is laid."""

    def close(self) -> PageProse:
        """The end of the page (lxml calls this last)."""
        while self.stack:
            self.close_element(self.stack.pop())
        self.block_break()
        for region in self.furniture:
            if region.end < 0:
                region.end = self.out.size
        text, offsets = self.out.result()
        return PageProse(text, offsets, self.paragraphs, self.furniture, self.embeds)

    # --- laying the parser's text onto the file -----------------------------------------

    def lay(self, data: str) -> list[tuple[str, int, bool]]:
        """``data`` as pieces ``(text, raw offset, verbatim)``: a verbatim piece is
        ``raw[offset:offset + len(text)]``; any other piece (an entity's characters, or
        what the parser changed) stands at ``offset``. Moves the cursor past the text."""
        raw, n = self.raw, len(self.raw)
        p = self.cursor
        pieces: list[tuple[str, int, bool]] = []
        i, size = 0, len(data)
        while i < size:
            if p >= n:
                pieces.append((data[i:], max(0, n - 1), False))
                break
            r = raw[p]
            if r == "&":
                entity = entity_at(raw, p)
                if entity is not None and data.startswith(entity[0], i):
                    pieces.append((entity[0], p, False))
                    i += len(entity[0])
                    p = entity[1]
                    continue
            if r == "<":
                m = MARKUP.match(raw, p)
                if m is not None and not data.startswith(m.group(), i):
                    p = m.end()  # a tag or comment, unless the text holds it verbatim (a script's)
                    continue
            rest = data[i:] if i else data
            if raw.startswith(rest, p):
                pieces.append((rest, p, True))
                p += len(rest)
                break
            c = data[i]
            if r == c:
                k = 1
                while i + k < size and p + k < n and data[i + k] == raw[p + k] and raw[p + k] != "&":
                    k += 1
                pieces.append((data[i : i + k], p, True))
                i += k
                p += k
                continue
            if r.isspace():
                p += 1  # whitespace the parser dropped
            elif c.isspace():
                pieces.append((c, p, False))  # whitespace the parser added
                i += 1
            else:  # a character the parser replaced (NUL became U+FFFD): one for one
                pieces.append((c, p, False))
                i += 1
                p += 1
        self.cursor = p
        return pieces

    # --- paragraphs -----------------------------------------------------------------------

    def word_start(self) -> None:
        """A word is about to be added: note the paragraph's context at its first word."""
        if self.para_first < 0:
            self.para_first = self.out.size
            self.para_context = self.context()
        self.para_words += 1
        if self.links:
            self.para_link_words += 1
            self.para_link_ids.add(self.link_count)

    def context(self) -> tuple[int | None, str | None, int | None, bool]:
        furniture = self.open_furniture[-1] if self.open_furniture else None
        return furniture, self.headings[-1] if self.headings else None, self.embed_at, self.captions > 0

    def block_break(self) -> None:
        if self.para_first >= 0:
            furniture, heading, embed, caption = self.para_context
            self.paragraphs.append(
                Paragraph(
                    self.para_first,
                    self.out.size,
                    furniture,
                    heading,
                    embed,
                    self.para_words == self.para_link_words and len(self.para_link_ids) == 1,
                    caption,
                )
            )
            self.para_first = -1
            self.para_words = self.para_link_words = 0
            self.para_link_ids = set()
        if not self.out.tail_is_break():
            self.out.add("\n\n", self.cursor)

    # --- embedded posts -------------------------------------------------------------------

    def embed_tag(
        self, embed: EmbedRegion, tag: str, attrib: dict[str, str], words: list[str], entry: Open
    ) -> None:
        if tag == "a" and embed.url is None and POST_URL.match(attrib.get("href") or ""):
            embed.url = attrib.get("href")
        part = embed_part(words)
        if part is None and tag == "p":
            part = "paragraph"
        if part == "text":
            entry.part = Region(self.out.size)
            embed.texts.append(entry.part)
        elif part is not None and part not in embed.parts:
            entry.part = embed.parts[part] = Region(self.out.size)

    def finish_post(self, embed: EmbedRegion) -> Embed | None:
        """The embed as a post: its words, and the account from its byline, its name and
        handle elements, or its status link."""
        texts = [r for r in embed.texts if r.end > r.start]
        text_region = max(texts, key=lambda r: r.end - r.start) if texts else None
        if text_region is None:
            text_region = next(
                (
                    embed.parts[k]
                    for k in ("paragraph", "content")
                    if k in embed.parts and embed.parts[k].end > 0
                ),
                None,
            )
        if text_region is None:
            return None
        prose = self.out.tail(embed.start)
        base = embed.start

        def span_of(region: Region) -> tuple[int, int] | None:
            text = prose[region.start - base : region.end - base]
            stripped = text.strip()
            if not stripped:
                return None
            start = region.start + text.index(stripped)
            return start, start + len(stripped)

        words = span_of(text_region)
        if words is None:
            return None
        handle, name, name_span = None, None, None
        if "handle" in embed.parts:
            found = span_of(embed.parts["handle"])
            if found is not None:
                handle_text = prose[found[0] - base : found[1] - base]
                m = HANDLE.search(handle_text)
                handle = m.group() if m else None
                name_span = found
        if "name" in embed.parts:
            found = span_of(embed.parts["name"])
            if found is not None:
                name_text = prose[found[0] - base : found[1] - base].split("@", 1)[0].strip()
                if name_text:
                    name, name_span = name_text, (found[0], found[0] + len(name_text))
        if name is None and handle is None:
            after = prose[text_region.end - base :]
            m = BYLINE.search(after)
            if m is not None:
                handle = m.group("handle")
                name = m.group("name").strip() or None
                at = text_region.end + (m.start("name") if name else m.start("handle"))
                name_span = (at, at + len(name or handle))
        if handle is None and embed.url:
            m = POST_URL.match(embed.url)
            handle = "@" + m.group("handle") if m else None
        if name is None and handle is None:
            return None
        if name_span is None:
            name_span = words[0], words[0]
        return Embed(words[0], words[1], name, handle, name_span[0], name_span[1], embed.url)


def page_prose(raw: str) -> PageProse:
    """Read an HTML page into its prose, paragraphs, furniture and embeds."""
    from lxml import etree

    walker = PageWalker(raw)
    parser = etree.HTMLParser(target=walker, encoding="utf-8", huge_tree=True, recover=True, no_network=True)
    try:
        parser.feed(raw.encode("utf-8", "surrogatepass"))
        result = parser.close()
    except etree.Error:  # libxml2 gave up on a broken page: what was read so far is what it holds
        result = walker.close()
    return result if isinstance(result, PageProse) else walker.close()
