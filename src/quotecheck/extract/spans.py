"""Quotation spans: pairs of quote marks within a paragraph.

Works in one left-to-right pass so hostile input (a million marks, no newlines) stays
linear; an unclosed mark never runs past the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“", "``": "''"}
MARK = re.compile(r"``|''|[“”\"«»„]|\n[ \t]*\n")


@dataclass(frozen=True)
class QuoteSpan:
    """The words between a pair of marks (marks excluded)."""

    start: int
    end: int
    open_mark: str
    close_mark: str


def find_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_mark = ""
    for m in MARK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            open_at = None  # a paragraph break ends any unclosed quote
            continue
        if open_at is None:
            if mark in OPENERS and not is_inch_mark(text, m.start(), mark):
                open_at, open_mark = m.end(), mark
            continue
        if mark == OPENERS[open_mark] or (mark in '”"»“' and open_mark in '“"«„'):
            if m.start() > open_at and text[open_at : m.start()].strip():
                spans.append(QuoteSpan(open_at, m.start(), open_mark, mark))
            open_at = None
    return spans


def is_inch_mark(text: str, pos: int, mark: str) -> bool:
    """A straight double quote right after a digit (6'2") is a measurement, not a quote."""
    return mark == '"' and pos > 0 and text[pos - 1].isdigit()
