"""Session 35: a page that quotes with single marks (‘…’, British style) quotes someone else's
words as surely as one with double marks. ``in_quotation`` counted only “ ” and straight ", so a
faithful quote from a British page read as the byline's own words and was called misattributed
to the page's writer. The quote spans now come from the extractor's span finder, which tells
the closing ’ from the apostrophe (won’t, the growers’ union, rock ’n’ roll, singin’) and
nests “inner” quotes inside ‘outer’ ones. Neighbours: a paragraph whose only marks are
apostrophes stays the writer's own; a column's writer quoted in her own voice stays hers.
People, towns and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import QuoteResult, Verdict
from tests.test_sweepv635 import checked as checked_with

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
INTRO = "Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.\n\n"
WORDS = "We will reopen the lower weir before the spring floods"


def checked(tmp_path: Path, draft: str, source: str) -> QuoteResult:
    return checked_with(tmp_path, draft, "page.html", source)


def page(*paragraphs: str, byline: str = "Fenna Diaz") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><title>Weir | Lornbury Courier</title></head><body><article><h1>Weir</h1>"
        f'<p class="byline">By {byline}</p><p>LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke '
        f"on Tuesday.</p>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        f"‘{WORDS},’ Varga said.",  # the whole quote in single marks
        f"Varga told the meeting: ‘{WORDS}.’",  # a colon before, closed at the end
        f"‘The growers’ union won’t wait for us. {WORDS},’ said Varga.",  # apostrophes before the words
        f"‘It’s been rock ’n’ roll since May. {WORDS},’ Varga, who took the chair in May, said.",
        f"‘We’ve been talkin’ to growers. {WORDS},’ Varga told the meeting.",  # a dropped g
        f"‘Some call it “the dry year”. {WORDS},’ Varga said.",  # British nesting: ‘outer “inner”’
        f"The board’s chair was plain. ‘{WORDS},’ she said, ‘and we will not wait.’",  # aside, pronoun
    ],
)
def test_words_in_single_marks_are_quoted(tmp_path: Path, paragraph: str) -> None:
    result = checked(tmp_path, INTRO + f"Varga said: “{WORDS}.”", page(paragraph))
    assert result.verdict in OK, result


def test_page_mixing_both_styles(tmp_path: Path) -> None:
    """An American paragraph before a British one: each quote read in its own marks."""
    source = page(
        "“The pumps are old,” said Tobiah Wrenn, the board’s engineer.",
        f"Varga disagreed. ‘{WORDS},’ she said.",
    )
    result = checked(tmp_path, INTRO + f"Varga said: “{WORDS}.”", source)
    assert result.verdict in OK, result


def test_apostrophes_only_stay_the_writers(tmp_path: Path) -> None:
    """A paragraph with apostrophes and no quote: the words are the byline's, as before."""
    source = page(f"The growers’ union won’t say so, but {WORDS.lower()}, the board’s papers show.")
    result = checked(tmp_path, INTRO + f"Varga said: “{WORDS}.”", source)
    assert result.verdict is Verdict.MISATTRIBUTED, result


def test_column_writer_in_her_own_voice(tmp_path: Path) -> None:
    """A column by Varga that quotes another in single marks: her own sentence stays hers."""
    source = page(
        "‘The pumps are old,’ Tobiah Wrenn, the board’s engineer, told me last week.",
        f"He is right, and the growers’ union knows it. {WORDS}.",
        byline="Ilse Varga",
    )
    result = checked(tmp_path, INTRO + f"Varga wrote: “{WORDS}.”", source)
    assert result.verdict in OK, result


def test_quote_of_another_read_as_in_double_marks(tmp_path: Path) -> None:
    """The page quotes Wrenn in single marks, the draft gives his words to Varga: read as the
    same page with double marks is (the byline no longer claims them either way)."""
    verdicts = []
    for open_mark, close_mark in (("“", "”"), ("‘", "’")):
        source = page(f"{open_mark}{WORDS},{close_mark} said Tobiah Wrenn, the board’s engineer.")
        folder = tmp_path / open_mark.encode().hex()
        folder.mkdir()
        verdicts.append(checked(folder, INTRO + f"Varga said: “{WORDS}.”", source).verdict)
    assert verdicts[0] is verdicts[1], verdicts
