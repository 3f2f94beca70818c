"""The evidence pieces the table and the HTML report draw: changed words marked on both
sides, the source passage widened to whole words, one passage per place a stitched quote
was taken from."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import quotecheck
from quotecheck.model import DiffOp, Match, Source, Span
from quotecheck.report.evidence import ADDED, DROPPED, SAME, passages, quote_pieces, widen, word_diff
from quotecheck.report.html import HtmlFormat


def test_an_omission_marked_by_an_ellipsis(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "MAYOR ALICE GRANT: The harbour will stay open all winter. We have found the money for "
        "the repairs. The fleet will not move to the mainland.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Mayor Alice Grant said: “The harbour will stay open all winter … The fleet will not move to the mainland.”\n",
        encoding="utf-8",
    )
    [result] = quotecheck.check([draft], sources=[sources]).results()
    assert result.verdict is not None and result.verdict.value == "edited"
    assert [(p.mark, p.text) for p in quote_pieces(result) if p.mark != SAME] == [(ADDED, "…")]
    [passage] = passages(result.match)  # type: ignore[arg-type]
    assert [p.text for p in passage.pieces if p.mark == DROPPED] == [
        "We have found the money for the repairs"
    ]
    assert "".join(p.text for p in passage.pieces if p.matched).startswith("The harbour will stay open")
    dropped = [p.text for p in word_diff(result.match) if p.mark == DROPPED]  # type: ignore[arg-type]
    assert dropped == ["We have found the money for the repairs"]


def test_pieces_from_two_sources_show_as_two_passages() -> None:
    first = Source(
        "a.txt", "transcript", "GRANT: The harbour will stay open all winter. Later items followed."
    )
    second = Source(
        "b.txt",
        "transcript",
        "GRANT: Earlier items on the agenda came first, then tourism. The ferries were full.",
    )
    s1, s2 = first.text.index("The harbour"), second.text.index("The ferries")
    full = second.text.index("full")
    ops = (
        DiffOp("equal", ("the", "harbour"), ("the", "harbour"), "The harbour", "The harbour",
               Span(0, 11), Span(s1, s1 + 11)),
        DiffOp("replace", ("packed",), ("full",), "packed", "full", Span(30, 36), Span(full, full + 4)),
    )  # fmt: skip
    pieces = (Span(s1, s1 + 38), Span(s2, len(second.text)))
    match = Match(first, s1, s1 + 38, 80.0, pieces, ops, piece_sources=(first, second))
    shown = passages(match, context=10)
    assert [p.source.locator for p in shown] == ["a.txt", "b.txt"]
    assert [p.text for p in shown[1].pieces if p.mark == DROPPED] == ["full"]
    assert not any(p.mark == DROPPED for p in shown[0].pieces)
    assert "".join(p.text for p in shown[0].pieces if p.matched) == first.text[s1 : s1 + 38]
    assert not shown[0].cut_before and shown[0].cut_after and shown[1].cut_before and not shown[1].cut_after


def test_widen_cuts_at_whole_words() -> None:
    text = "one two three four five six seven eight nine ten"
    start, end = widen(text, Span(text.index("five"), text.index("five") + 4), 9)
    assert text[start:end] == "four five six"


def test_a_report_without_the_article_text_still_renders(harbour: tuple[Path, Path]) -> None:
    article, sources = harbour
    report = quotecheck.check([article], sources=[sources])
    bare = replace(report, articles=tuple(replace(a, text=None) for a in report.articles))
    page = HtmlFormat().render(bare)
    assert 'class="article-text"' not in page and page.count('<article class="quote v-exact"') == 2
