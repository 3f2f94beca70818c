"""Transcript excerpts quoted in an article: turns, not quotations by one speaker.

News sites paste a transcript as a block of paragraphs that each open with a quote mark
and a speaker label in capitals, following the run-on convention (no closing mark until
the last paragraph):

    "HOST: Will she be there tomorrow?
    "SENATOR: She will not. …
    "But the point is …            (the same turn goes on)
    "(CROSSTALK)

Read as ordinary quotes, every paragraph would be credited to whoever the narrative named
last, and the marks inside a turn (“Dock Talk.”) would pair with the paragraph's opening
mark. So such a block is read as turns: each paragraph's opening mark is no quote mark, and
the paragraph is reported with kind "transcript" (not checked: the words belong to the
label's person, whom the article does not attribute in prose). A block needs two labelled
paragraphs and a paragraph left open (the run-on convention), so one quote that opens
"BREAKING: …", two closed “NOTE: …” “PS: …” lines, or a labelled quote followed by its own
cue (“UPDATE: …,” the agency tweeted) stay quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.lexicon import (
    MEDIA_LABELS,
    TITLES,
)

OPENING_MARKS = '“"«„”'
"""The marks a transcript line may open with: most lines open with a letter and are skipped
without a match."""
OPENING = re.compile(rf"[ \t\u00a0]*([{OPENING_MARKS}])(?=\S)")
LINE_OPENING = re.compile(rf"\n{OPENING.pattern}")
"""A line after the first that OPENING matches: found by a regex search that skips to each
newline (ten times as fast as reading the text line by line, most of whose lines open with
a letter)."""
NON_BLANK = re.compile(r"\S")
LABEL = re.compile(
    r"(?:[A-Z][A-Z’'.\-]*[A-Z.](?:[ \u00a0][A-Z][A-Z’'.\-]*[A-Z.]?){0,3}:"  # WALLACE:, SEN. TIM KAINE:
    r"|\([A-Z][A-Z ,.’'\-]*[A-Z.]\)\.?)"  # (CROSSTALK.), (APPLAUSE)
)
CLOSING = '"”»“'
CLOSER_OF = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
CUE_AFTER = r"[ \t\u00a0]+[^\W\d_]"
"""Words right after a closed quote on its line: its attribution (“…,” the agency tweeted),
so the line is an ordinary quote, not a transcript turn."""
CLOSED_WITH_CUE = {
    closer: re.compile("(?<=[,.!?…—])" + re.escape(closer) + CUE_AFTER)
    for closer in {*CLOSER_OF.values(), "”"}
}
"""For each opener's closer: that closer after the words' last mark, then a cue."""


@dataclass(frozen=True)
class TranscriptTurn:
    """One paragraph of a quoted transcript.

    ``start``/``end``: the words after the label (marks excluded); ``mark``: offset of the
    paragraph's opening mark; ``label_start``/``label_end``: the label naming who speaks
    (the label of the turn it continues, for an unlabelled paragraph); ``speaker``: that
    label as a name ("WALLACE" -> "Wallace"), None for stage directions."""

    start: int
    end: int
    mark: int
    speaker: str | None
    label_start: int | None
    label_end: int | None


@dataclass
class _Line:
    start: int
    end: int
    mark: int
    label: re.Match[str] | None
    closed: bool


def find_turns(text: str) -> list[TranscriptTurn]:
    """Every transcript turn in ``text``, in order (one linear pass over its lines)."""
    turns: list[TranscriptTurn] = []
    block: list[_Line] = []
    n = len(text)
    read = 0  # the text before this offset has been read
    # the lines a mark may open (only those can be turns): the first, and each LINE_OPENING finds
    first = [0] if OPENING.match(text) else []
    for pos in (*first, *(m.start() + 1 for m in LINE_OPENING.finditer(text))):
        if block and NON_BLANK.search(text, read, pos):
            flush(text, block, turns)  # a narrative line (not blank, opening with no mark) ends the block
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = read_line(text, pos, end)
        if line is None:
            flush(text, block, turns)  # a quote with its cue: a narrative line too
        else:
            if block and block[-1].closed and line.label is None:
                flush(text, block, turns)  # a closed turn ends the run-on block
            block.append(line)
        read = end
    flush(text, block, turns)
    return turns


def read_line(text: str, start: int, end: int) -> _Line | None:
    """A line that opens with a quote mark, with its speaker label if it has one."""
    m = OPENING.match(text, start, end)
    if m is None:
        return None
    label = LABEL.match(text, m.end(), end)  # OPENING ends where the words start
    if label is not None and label.group().endswith(":") and sum(c.isupper() for c in label.group()) < 2:
        label = None
    tail = text[start:end].rstrip()
    body_text = text[m.end() : start + len(tail)]
    closer = CLOSER_OF.get(text[m.start(1)], "”")
    # the opener's own closer after the words' last mark, then a cue; marks of another style
    # (“Dock Talk.” inside a straight-quoted turn) are nested, not closers
    if CLOSED_WITH_CUE[closer].search(text, m.end(), end):
        return None  # "“UPDATE: The bridge is open,” the agency tweeted.": a quote with its cue
    straight = body_text.count('"') % 2 == 1
    curly = body_text.count("”") + body_text.count("»") > body_text.count("“") + body_text.count("«")
    closed = tail[-1:] in CLOSING and len(tail) > m.end() - start and (straight or curly)
    return _Line(start, end, m.start(1), label, closed)


def flush(text: str, block: list[_Line], turns: list[TranscriptTurn]) -> None:
    """Turn a finished block into transcript turns when it has two labelled paragraphs."""
    labelled = [k for k, line in enumerate(block) if line.label is not None]
    run_on = any(not line.closed for line in block[labelled[0] :]) if labelled else False
    if len(labelled) >= 2 and run_on:  # two closed “NOTE: …” “PS: …” lines are two quotes
        speaker: str | None = None
        label_at: tuple[int | None, int | None] = (None, None)
        names: dict[str, str] = {}
        for line in block[labelled[0] :]:
            start = line.mark + 1
            if line.label is not None:
                raw = line.label.group()
                speaker, label_at = None, (None, None)  # (CROSSTALK): a stage direction, kept whole
                if raw.endswith(":"):
                    start = line.label.end()
                if raw.endswith(":") and raw[:-1].strip(" .") not in MEDIA_LABELS:  # "VIDEO:": nobody speaks
                    label_name = name_of(raw[:-1])
                    if label_name not in names:
                        names[label_name] = full_name(text, label_name, block[0].start)
                    speaker = names[label_name]
                    label_at = (line.label.start(), line.label.end() - 1)
            end = start + len(text[start : line.end].rstrip()) - line.closed  # less its closing mark
            words = text[start:end]
            start, end = start + len(words) - len(words.lstrip()), start + len(words.rstrip())
            if end > start:
                turns.append(TranscriptTurn(start, end, line.mark, speaker, *label_at))
    block.clear()


def name_of(label: str) -> str:
    """HOLM -> Holm, SEN. ANN LEE -> Ann Lee: a label as a name, its title dropped
    as titles are dropped from every speaker."""
    return untitled(" ".join(w[:1] + w[1:].lower() for w in label.split()))


def untitled(name: str) -> str:
    """ "Governor Ada Lind" -> "Ada Lind"."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


NAMED_BEFORE = 5000  # how far before the block the article may introduce the label's person


def full_name(text: str, label_name: str, block_start: int) -> str:
    """ "Holt" -> "Sam Holt" when the article named him so shortly before the transcript
    (a bounded look-back: a block of a thousand labels stays linear)."""
    if " " in label_name:
        return label_name
    found = None
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    for m in re.finditer(r"\b((?:[A-Z][\w’'\-]*[a-z]\.? ){1,2})" + re.escape(label_name) + r"\b", window):
        found = m.group(1) + label_name
    return untitled(found) if found else label_name
