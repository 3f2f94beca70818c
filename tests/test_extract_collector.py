"""Extraction holds the cyclic garbage collector off while it runs and leaves it as it was,
also when it fails and when several threads extract at once."""

from __future__ import annotations

import gc
import threading
from dataclasses import fields
from typing import ClassVar

import pytest

from quotecheck.article import Document, document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.collector import collector_paused

ARTICLE = (
    "“We will reopen the pier by June,” harbour master Ida Quist said on Monday.\n\n"
    "Quist added: “The crane is fixed.”\n"
)


def speakers() -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(ARTICLE, "pier.txt"))]


class Watched(Document):
    """A document that notes whether the collector is on each time extraction asks where
    a quote stands (a subclass, not a patched module function: compiled with mypyc, the
    extract package calls its own functions directly, past any patch)."""

    seen: ClassVar[list[bool]] = []

    def line_col(self, raw_index: int) -> tuple[int, int]:
        Watched.seen.append(gc.isenabled())
        return super().line_col(raw_index)


def test_collector_is_off_during_extraction_and_on_after() -> None:
    doc = document_from_text(ARTICLE, "pier.txt")
    watched = Watched(**{f.name: getattr(doc, f.name) for f in fields(doc)})
    Watched.seen.clear()
    assert gc.isenabled()
    assert [q.speaker for q in extract_quotes(watched)] == ["Ida Quist", "Ida Quist"]
    assert len(Watched.seen) >= 2
    assert not any(Watched.seen)
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        assert speakers() == ["Ida Quist", "Ida Quist"]
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_on_after_an_exception() -> None:
    @collector_paused
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("the article could not be read")

    with pytest.raises(ValueError, match="could not be read"):
        fails()
    assert gc.isenabled()


def test_overlapping_calls_on_threads_share_one_pause() -> None:
    """Two calls overlap in every order: the collector is off while either runs, and on
    when both have ended (a check-then-set per call could leave it off for good)."""
    inside = threading.Barrier(2)
    first_done = threading.Event()
    seen: list[bool] = []

    @collector_paused
    def first() -> None:
        inside.wait(timeout=5)
        seen.append(gc.isenabled())

    @collector_paused
    def second() -> None:
        inside.wait(timeout=5)
        first_done.wait(timeout=5)
        seen.append(gc.isenabled())  # the first call has ended: still off while this runs

    def run_first() -> None:
        first()
        first_done.set()

    threads = [threading.Thread(target=run_first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert seen == [False, False]
    assert gc.isenabled()
