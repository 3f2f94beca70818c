"""Extraction holds the cyclic garbage collector off while it runs and leaves it as it was."""

from __future__ import annotations

import gc

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes

ARTICLE = (
    "“We will reopen the pier by June,” harbour master Ida Quist said on Monday.\n\n"
    "Quist added: “The crane is fixed.”\n"
)


def speakers() -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(ARTICLE, "pier.txt"))]


def test_collector_back_on_after_extraction() -> None:
    assert gc.isenabled()
    assert speakers() == ["Ida Quist", "Ida Quist"]
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        assert speakers() == ["Ida Quist", "Ida Quist"]
        assert not gc.isenabled()
    finally:
        gc.enable()
