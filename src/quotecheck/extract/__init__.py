"""Extraction: quotation spans in an article and who each is attributed to."""

from __future__ import annotations

from dataclasses import replace

from quotecheck.article import Document, Embed
from quotecheck.extract.attribution import Attributed, attribute
from quotecheck.extract.collector import collector_paused
from quotecheck.extract.spans import QuoteSpan, find_spans
from quotecheck.extract.transcripts import TranscriptTurn, find_turns
from quotecheck.model import Quote


@collector_paused
def extract_quotes(doc: Document, disabled: frozenset[str] = frozenset()) -> list[Quote]:
    """Every quotation in ``doc``, in order, with offsets, line:column and speaker.
    ``disabled``: names of attribution sieves to switch off (to measure what each does)."""
    turns = find_turns(doc.text)
    bare = [t for t in turns if t.bare]
    if bare:
        turns = [t for t in turns if not t.bare]
    spans = find_spans(doc.text, frozenset(t.mark for t in turns))
    if turns:
        spans = with_turns(doc.text, spans, turns)
    embeds = [a for a in (embed_quote(doc, e) for e in doc.embeds) if a is not None]
    if embeds:
        spans = [s for s in spans if not any(e.start <= s.start < e.end for e in embeds)]
    attributed = attribute(doc.text, spans, disabled)
    if embeds:
        attributed = merge(attributed, embeds)
    if turns:
        by_start = {t.mark + 1: t for t in turns}
        turn_group: dict[int, int] = {}  # a turn going on in the next paragraph: one utterance
        out: list[Attributed] = []
        for a in attributed:
            t = by_start.get(a.start)
            if t is None or a.group is None:
                out.append(a)
                continue
            group = a.group if t.label_start is None else turn_group.setdefault(t.label_start, a.group)
            out.append(replace(turn_entry(t), group=group))
        attributed = out
    if bare:  # the quotes inside a bare turn stay quotes, attributed by their own cue or the label
        attributed = merge(attributed, [bare_entry(t) for t in bare])
    quotes: list[Quote] = []
    for n, a in enumerate(attributed, start=1):
        start, end = doc.to_raw(a.start), doc.to_raw_end(a.end)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(max(start, end - 1))
        quotes.append(
            Quote(
                id=f"{doc.path}#{n}",
                text=doc.text[a.start : a.end],
                start=start,
                end=end,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column + 1,
                kind=a.kind,
                speaker=a.speaker,
                speaker_start=None if a.speaker_start is None else doc.to_raw(a.speaker_start),
                speaker_end=None if a.speaker_end is None else doc.to_raw_end(a.speaker_end),
                cue=a.cue,
                group=a.group,
                attributed_by=a.attributed_by or None,
            )
        )
    return quotes


def embed_quote(doc: Document, embed: Embed) -> Attributed | None:
    """An embedded post as a quote by the account shown in its byline."""
    text = doc.text
    start, end = embed.start, embed.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    speaker = embed.author or embed.handle
    return Attributed(
        start, end, "quote", speaker, embed.author_start, embed.author_end, "tweeted", None, "embed"
    )


def with_turns(text: str, spans: list[QuoteSpan], turns: list[TranscriptTurn]) -> list[QuoteSpan]:
    """The spans with each transcript turn as one more span (from its opening mark to its
    end, so the attribution reads its words as quoted, not as narrative), and without the
    quotes inside a turn: they are part of the label's person's words."""
    out: list[QuoteSpan] = []
    k = 0
    for t in turns:
        while k < len(spans) and spans[k].start < t.mark:
            out.append(spans[k])
            k += 1
        while k < len(spans) and spans[k].start < t.end:
            k += 1  # inside the turn
        out.append(QuoteSpan(t.mark + 1, t.end, text[t.mark], ""))
    out.extend(spans[k:])
    return out


def turn_entry(turn: TranscriptTurn) -> Attributed:
    """A transcript turn, reported with kind "transcript" (not checked) and its label's person."""
    return Attributed(
        turn.start,
        turn.end,
        "transcript",
        turn.speaker,
        turn.label_start,
        turn.label_end,
        None if turn.speaker is None or turn.label_end is None else ":",
        None,
        "transcript",
    )


def bare_entry(turn: TranscriptTurn) -> Attributed:
    """A turn of a transcript set without quote marks: a turn going on shares its label's
    group, an unlabelled answer's paragraphs share their first's (``mark``; a negative key,
    which ``merge`` renumbers in document order)."""
    key = turn.mark if turn.label_start is None else turn.label_start
    return replace(turn_entry(turn), group=-1 - key)


def merge(attributed: list[Attributed], embeds: list[Attributed]) -> list[Attributed]:
    """Both lists in document order, with group numbers renumbered in that order (an entry
    without a group is a group of its own)."""
    both = sorted([*attributed, *embeds], key=lambda a: a.start)
    out: list[Attributed] = []
    groups: dict[object, int] = {}
    for a in both:
        key: object = ("embed", a.start) if a.group is None else a.group
        out.append(replace(a, group=groups.setdefault(key, len(groups) + 1)))
    return out
