"""Session 35: a release's words may be given to the body's press voice whoever the release
names as saying them. Two descriptions of that voice were not read as one: a post of the shape
"head of communications at <body>" (the field after "of", the body after "at": read as
"communications head"), and a body named with a plural possessive and "Guild" ("the Dunmere
Nurses’ Guild"), which no word marked as a body's. Neighbours: a head of finance is no press
voice, and a spokesman for another guild is someone else's. People, towns and bodies are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import QuoteResult, Verdict

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
WORDS = "The cold store will double its capacity by August"


def release(body: str) -> str:
    return (
        f"---\nkind: release\nauthor: {body}\ndate: 2026-06-14\n---\nFOR IMMEDIATE RELEASE\n\n"
        f"Dunmere, 2026-06-14 — {body} today set out its plan for the coming months.\n\n"
        f"“{WORDS},” said Lorcan Teague, president of {body}.\n\n"
        f"About {body}\n{body} serves Dunmere and the villages around it.\n"
    )


def checked(tmp_path: Path, body: str, described: str) -> QuoteResult:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "release.md").write_text(release(body), encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text(
        f"---\ntitle: Store\ndate: 2026-06-14\n---\n# Store\n\n{body} set out its plan on Tuesday.\n\n"
        f"“{WORDS},” said Maren Yoel, {described}.\n",
        encoding="utf-8",
    )
    report = check([article], sources=[folder], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("body", "described"),
    [
        ("the Dunmere Growers’ Co-operative", "head of communications at the Dunmere Growers’ Co-operative"),
        ("the Harlow Water Board", "director of communications at the Harlow Water Board"),
        ("the Harlow Water Board", "the head of media for the Harlow Water Board"),
        ("the Dunmere Nurses’ Guild", "a spokeswoman for the Dunmere Nurses’ Guild"),
        ("the Kelby Bakers’ Guild", "the press officer of the Kelby Bakers’ Guild"),
        ("the Kelby Bakers' Guild", "a spokesperson for the Kelby Bakers' Guild"),
    ],
)
def test_press_voice_takes_the_release(tmp_path: Path, body: str, described: str) -> None:
    assert checked(tmp_path, body, described).verdict in OK


@pytest.mark.parametrize(
    ("body", "described"),
    [
        ("the Harlow Water Board", "head of finance at the Harlow Water Board"),
        ("the Dunmere Nurses’ Guild", "a spokeswoman for the Kelby Bakers’ Guild"),
        ("the Harlow Water Board", "head of communications at the Kelby Bakers’ Guild"),
    ],
)
def test_others_stay_misattributed(tmp_path: Path, body: str, described: str) -> None:
    assert checked(tmp_path, body, described).verdict is Verdict.MISATTRIBUTED
