"""Prose out of Markdown, with every character mapped back to the file.

Markdown parsers (markdown-it and friends) give line ranges for blocks but no character
offsets for inline text; a quote checker must point at the exact column, so the mapping is
kept here while the syntax is stripped. Code is never prose: fenced and indented code
blocks are left out, and inline code keeps its words but not its quote marks. Every
pattern here is linear in the length of the line it reads (a line of 100,000 ``[`` or
``<!--`` is read in one pass).
"""

from __future__ import annotations

import re
from array import array

from quotecheck.article.prose import ProseBuilder, prose_end, prose_start
from quotecheck.extract import lexicon as lx
from quotecheck.extract.mentions import person_noun, speech_noun_verb
from quotecheck.extract.sentences import words
from quotecheck.model import Embed

FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
INDENTED_CODE = re.compile(r"^(?: {4}|[ \t]{0,3}\t)")
LIST_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
LINE_PREFIX = re.compile(
    r"^(?:[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)+"
)
LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
FOOTNOTE_DEFINITION = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]+\]:")
BLOCK_START = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t]|`{3,}|~{3,})")
HEADING_CLOSER = re.compile(r"[ \t]+#+[ \t]*$")
SETEXT_OR_RULE = re.compile(r"^[ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$")
TARGET = r"\((?:[^()]|\([^()]*+\))*+\)"
INLINE = re.compile(
    r"(?P<footnote>\[\^[^\]\[\s]++\])"
    rf"|(?P<image>!\[[^\]\[]*+\]{TARGET})"
    rf"|(?P<link>\[(?P<label>[^\]\[]*+)\](?:{TARGET}|\[[^\]\[]*+\]))"
    r"|(?P<autolink><(?:https?|mailto):[^>\s]*+>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>)"
    r"|(?P<emph>(?<![\w\\])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\w]))"
    r"|(?P<escape>\\(?=[!-/:-@\[-`{-~]))"
)
BACKTICKS = re.compile(r"(?<!\\)`+")
BLOCKQUOTE_LINE = re.compile(r"^[ \t]{0,3}>")
NESTED_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?>")
QUOTE_CHARS = frozenset('“”"«»„')  # apostrophes (’) are no marks: "Let’s" stays a block's own word
NOT_PROSE_LINE = re.compile(
    r"^[ \t]{0,3}>[ \t]?(?:[-*+][ \t]|\d{1,9}[.)][ \t]|.*\||[*_]*[A-Z][\w’' ]{0,24}[*_]*:(?:[ \t]|$))"
)
"""A line of a list, a table or a field ("From: …", "Yes: 412", "May 3: the vote"): data, not prose."""
SIGNATURE_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?(?:—|–|--)")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
SENTENCE_STOP = re.compile(r"[.!?][ \t]+(?=[A-Z])")
SUBJECT_ENDS = lx.SUBJECT_TAIL_PREPS | lx.BOUNDING_FORMS | lx.PRODUCING_FORMS | lx.BLOCK_CUE_FORMS
"""Words that end a colon line's subject (see ``subject_head``): a preposition, a verb of words."""


def cue_line(line: str) -> bool:
    """Whether a line ending in a colon introduces its subject's own words: the verb of its
    last sentence that puts out words ("The director wrote:", "Lee said in a statement:", "In
    a letter, the mayor told residents:"), with a subject before it, not in the passive ("was
    asked about a letter:") and no clause of its own after it ("responded to the post, which
    read:"); or a noun of speech its verb puts out ("The treasurer issued a warning:"). A
    heading, a note ("Editor's note:") or a list's lead ("Here is the timeline:", "residents
    should:") has none."""
    if line.lstrip().startswith("#"):
        return False
    last = 0
    for m in SENTENCE_STOP.finditer(line):
        last = m.end()
    words = WORD.findall(line, last)
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w in lx.BLOCK_CUE_FORMS:
            if words[i - 1].lower() in lx.BE_FORMS:
                return False
            if any(x.lower() in lx.BLOCK_CUE_BREAKS for x in words[i + 1 :]):
                return False
            return subject_head(line, last, w) not in lx.TEXT_SUBJECTS
    return produced(line, last)


def subject_head(line: str, start: int, verb: str) -> str:
    """The head of the subject of the colon line's last sentence (from ``start``), read
    forwards to the first preposition, the verb ``verb`` or a verb of producing or bounding
    words: "song" in "The song opens with …", "motion" in "The motion before the council
    stated:", "anthem" in "The club's anthem ends …", "song" in "Her best-known song,
    “Harbour Lights”, opens …" (an aside after a comma is not read). A fronted phrase set off by a comma ("In a letter, the mayor
    wrote:") is skipped. Lower case; "" when there is none."""
    text = line[start:]
    first = WORD.match(text.lstrip(" \t*_>"))
    if first is not None and first.group().lower() in lx.FRONT_PREPS and "," in text:
        text = text[text.index(",") + 1 :]
    head = ""
    for w in WORD.findall(text.split(",")[0]):  # an aside set off after the head is not it
        low = w.lower()
        if w == verb or low in SUBJECT_ENDS:
            break
        if low not in lx.DETERMINERS:
            head = low
    return head.split("’")[0].split("'")[0] if head.endswith(("’s", "'s")) else head


def produced(line: str, last: int) -> bool:
    """Whether the colon line's last sentence (from ``last``) closes on a noun of speech its
    subject puts out (``mentions.speech_noun_verb``: "The treasurer issued a warning:"), a
    subject that is no text; one of bounding words ("Lee closed with a plea:") only by a
    person, a role or a body, never "The song opens with the lines:"."""
    tokens = words(line, last, len(line.rstrip()))
    v = speech_noun_verb(tokens)
    head = subject_head(line, last, "")
    if v < 0 or head in lx.TEXT_SUBJECTS:
        return False
    if tokens[v].lower in lx.BOUNDING_FORMS:
        return head in lx.SPEAKING_SUBJECTS or (v > 0 and tokens[v - 1].is_cap) or person_noun(head)
    return True


def unmarked_block_end(raw: str, pos: int) -> int:
    """Where the text of the blockquote opening at ``pos`` ends (its last line with words),
    when no quote mark stands in it: a letter or a statement set as a blockquote after a
    line that puts out its subject's words ("The director wrote:" / "> We have reached …"),
    which an editor leaves unmarked because the block shows it is quoted. The block ends
    before a nested reply (">>", another's words) or a signature ("> — Ann Lee"). -1 when the
    block has marks of its own, no words, or is a list, a table or fields, not prose."""
    end = -1
    while pos < len(raw):
        nl = raw.find("\n", pos)
        line_end = len(raw) if nl == -1 else nl
        line = raw[pos:line_end]
        if not BLOCKQUOTE_LINE.match(line) or NESTED_LINE.match(line) or SIGNATURE_LINE.match(line):
            break
        if not QUOTE_CHARS.isdisjoint(line) or NOT_PROSE_LINE.match(line):
            return -1
        if any(c.isalpha() for c in line):
            end = line_end
        pos = line_end + 1
    return end


def markdown_prose(raw: str) -> tuple[str, array]:  # type: ignore[type-arg]
    """The prose of a Markdown file: syntax and code dropped, words kept where they are."""
    out = ProseBuilder()
    pos = 0
    front = FRONT_MATTER.match(raw)
    if front:
        pos = front.end()
        out.add("\n" * raw.count("\n", 0, pos), pos)
    comment_spans = html_comments(raw, pos)
    ci = 0
    fence = ""  # the marker of the open fenced code block ("```", "~~~~"), "" when none
    blank_before = True  # the previous line was blank (an indented line may open code)
    in_code = False  # inside an indented code block
    in_list = False  # inside a list: indented lines continue an item, they are not code
    in_footnote = False  # inside a footnote definition: a note, not the article's body
    colon_before = False  # the last line with words ended with a colon ("Lee wrote:")
    wrap_end = -1  # where an unmarked blockquote after such a line ends (marks put around it)
    wrap_opens = False  # the next line with words opens a paragraph of that blockquote
    while pos < len(raw):
        nl = raw.find("\n", pos)
        line_end = len(raw) if nl == -1 else nl
        next_pos = line_end + 1 if nl != -1 else len(raw)
        while ci < len(comment_spans) and comment_spans[ci][1] <= pos:
            ci += 1
        if ci < len(comment_spans) and comment_spans[ci][0] < line_end:
            c0, c1 = comment_spans[ci]
            if c0 > pos and not fence:
                inline_prose(raw, pos, c0, out)
            if c1 > line_end:  # a comment spanning lines: skip to its end
                newlines = raw.count("\n", max(c0, pos), c1)
                out.add("\n" * newlines, c0)
            pos = c1
            continue
        line = raw[pos:line_end]
        blank_line = not line.strip()
        if in_footnote and not blank_line:
            # indented lines continue the note; so does a lazy line right after its text
            in_footnote = bool(INDENTED_CODE.match(line)) or not (blank_before or BLOCK_START.match(line))
        if FOOTNOTE_DEFINITION.match(line) and not fence:
            in_footnote = True
        if in_footnote:
            pass  # footnotes hold sources and asides (“Title,” Paper, 2025): not checked
        elif fence:
            if line.lstrip(" ").startswith(fence) and not line.strip(" \t" + fence[0]):
                fence = ""  # the closing fence: as long as the opening one, or longer
        elif opening := FENCE.match(line):
            fence = opening.group(1)
        elif not blank_line and (blank_before or in_code) and not in_list and INDENTED_CODE.match(line):
            in_code = True  # an indented code block (after a blank line, outside a list)
        elif not LINK_DEFINITION.match(line) and not SETEXT_OR_RULE.match(line):
            if not blank_line:
                in_code = False
                if LIST_ITEM.match(line):
                    in_list = True
                elif blank_before and not line[:1].isspace():
                    in_list = False  # a paragraph at the margin after a blank line ends the list
            start = pos
            prefix = LINE_PREFIX.match(line)
            if prefix:
                start += prefix.end()
            end = line_end
            closer = HEADING_CLOSER.search(raw, start, line_end)
            if closer and line.lstrip().startswith("#"):
                end = closer.start()
            quoted = BLOCKQUOTE_LINE.match(line) is not None
            if quoted and colon_before and wrap_end < 0:
                wrap_end = unmarked_block_end(raw, pos)  # read once per block: the flag drops
                wrap_opens = True
                colon_before = False
            words = not blank_line and any(c.isalpha() for c in line)
            if wrap_end >= 0 and words and wrap_opens:
                out.add("“", start)  # each paragraph opens with a mark, the run-on convention
                wrap_opens = False
            inline_prose(raw, start, end, out)
            if wrap_end >= 0 and quoted and not words:
                wrap_opens = True  # a blank ">" line: the next words open a new paragraph
            if wrap_end >= 0 and line_end >= wrap_end:
                out.add("”", end)  # the last paragraph alone closes
                wrap_end = -1
            if words:
                colon_before = not quoted and line.rstrip().endswith(":") and cue_line(line)
        blank_before = blank_line
        if nl != -1:
            out.keep(raw, line_end, line_end + 1)
        pos = next_pos
    return out.result()


def html_comments(raw: str, start: int) -> list[tuple[int, int]]:
    """Where each closed ``<!-- … -->`` is. An unclosed one is text, as CommonMark reads it
    inline, and then no later one can close either: the search stops there."""
    spans: list[tuple[int, int]] = []
    at = raw.find("<!--", start)
    while at != -1:
        end = raw.find("-->", at + 4)
        if end == -1:
            break
        spans.append((at, end + 3))
        at = raw.find("<!--", end + 3)
    return spans


def inline_prose(raw: str, start: int, end: int, out: ProseBuilder) -> None:
    """One line's inline syntax: code spans first (nothing inside them is syntax), then
    links, images, tags, emphasis and escapes around them."""
    pos = start
    for c0, c1, d in code_spans(raw, start, end):
        inline_syntax(raw, pos, c0, out)
        out.keep_code(raw, c0 + d, c1 - d)
        pos = c1
    inline_syntax(raw, pos, end, out)


def code_spans(raw: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Code spans in ``raw[start:end]``: (start, end, backtick run length). A run of
    backticks opens a span closed by the next run of the same length (CommonMark); a run
    with no such closer is literal text (`` `Hello,' he said `` stays a quote)."""
    runs = [(m.start(), m.end() - m.start()) for m in BACKTICKS.finditer(raw, start, end)]
    if len(runs) < 2:
        return []
    next_same = [-1] * len(runs)
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        next_same[i] = last.get(runs[i][1], -1)
        last[runs[i][1]] = i
    spans: list[tuple[int, int, int]] = []
    i = 0
    while i < len(runs):
        j = next_same[i]
        if j < 0:
            i += 1
            continue
        at, length = runs[i]
        spans.append((at, runs[j][0] + length, length))
        i = j + 1
    return spans


def inline_syntax(raw: str, start: int, end: int, out: ProseBuilder) -> None:
    pos = start
    for m in INLINE.finditer(raw, start, end):
        out.keep(raw, pos, m.start())
        if m.group("link") is not None:
            inline_syntax(raw, m.start("label"), m.end("label"), out)
        pos = m.end()
    out.keep(raw, pos, end)


BLOCKQUOTE_OPEN = re.compile(r"<blockquote\b[^<>]*+>", re.I)
POST_CLASS = re.compile(r"tweet|twitter", re.I)


def markdown_embeds(raw: str, offsets: array) -> list[Embed]:  # type: ignore[type-arg]
    """Embedded posts pasted into Markdown as raw HTML: each block read as a page, its
    post's words mapped back into the Markdown prose."""
    if "<blockquote" not in raw and "<BLOCKQUOTE" not in raw:
        return []
    from quotecheck.article.html import page_prose

    lowered = raw.lower()
    embeds: list[Embed] = []
    done = 0
    for m in BLOCKQUOTE_OPEN.finditer(raw):
        if m.start() < done or not POST_CLASS.search(m.group()):
            continue
        close = lowered.find("</blockquote>", m.end())
        if close < 0:
            break  # no later block can be closed either
        done = close + len("</blockquote>")
        page = page_prose(raw[m.start() : done])
        base = m.start()
        for e in page.posts():
            if e.end <= e.start or e.end > len(page.offsets) or e.author_end > len(page.offsets):
                continue
            to_raw = page.offsets
            embeds.append(
                Embed(
                    start=prose_start(offsets, base + int(to_raw[e.start])),
                    end=prose_end(offsets, base + int(to_raw[e.end - 1])),
                    author=e.author,
                    handle=e.handle,
                    author_start=prose_start(offsets, base + int(to_raw[e.author_start])),
                    author_end=prose_end(offsets, base + int(to_raw[max(e.author_start, e.author_end - 1)])),
                    url=e.url,
                )
            )
    return embeds
