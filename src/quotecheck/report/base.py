"""The interface of an output format, and the row data the tabular formats share."""

from __future__ import annotations

import os
import shutil
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TextIO

from quotecheck.model import QuoteResult, Report


@dataclass(frozen=True)
class Terminal:
    """Where a report is shown: how wide (None: no limit, for a file or a pipe, where
    wrapping would only break lines apart), and whether colour is wanted there."""

    width: int | None = None
    color: bool = False

    @classmethod
    def detect(cls, stream: TextIO) -> Terminal:
        """The terminal ``stream`` writes to: its width, and colour unless ``NO_COLOR`` is
        set (no-color.org) or ``TERM`` is dumb. Not a terminal: no limit, no colour."""
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if not tty:
            return cls()
        width = shutil.get_terminal_size((80, 24)).columns
        color = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        return cls(width=max(40, width), color=color)


class Formatter(ABC):
    """Turns a report into the text of one format. ``terminal`` says where it will be
    shown, for the formats that adapt to it (the table); the others ignore it."""

    def __init__(self, terminal: Terminal | None = None) -> None:
        self.terminal = terminal or Terminal()

    @abstractmethod
    def render(self, report: Report) -> str: ...


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def where_found(result: QuoteResult) -> str:
    match = result.match
    if match is None:
        return ""
    who = match.said_by
    return f"{match.source.locator}" + (f" ({who})" if who else "")


def summary_line(report: Report) -> str:
    counts = report.summary()
    parts = [f"{counts[k]} {k.replace('_', ' ')}" for k in counts if k != "quotes" and counts[k]]
    articles = len(report.articles)
    head = f"{counts['quotes']} quote{'s' if counts['quotes'] != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
    return head + (": " + ", ".join(parts) if parts else "")
