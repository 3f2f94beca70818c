"""Extraction: quotation spans in an article and who each is attributed to."""

from __future__ import annotations

from quotecheck.documents import Document
from quotecheck.extract.attribution import attribute
from quotecheck.extract.spans import find_spans
from quotecheck.model import Quote


def extract_quotes(doc: Document) -> list[Quote]:
    """Every quotation in ``doc``, in order, with offsets, line:column and speaker."""
    spans = find_spans(doc.text)
    attributed = attribute(doc.text, spans)
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
            )
        )
    return quotes
